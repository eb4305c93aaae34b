/** The Compose language mode: wires the Compose parse to every Compose feature. */
import { ComposeDocument, parseCompose } from '../../compose/model';
import type { LanguageMode } from '../mode';
import { composeCodeActions } from './codeActions';
import { composeCodeLenses } from './codeLens';
import { composeCompletion, composeCompletionTriggers } from './completion';
import { composeDefinition } from './definition';
import { composeDiagnostics } from './diagnostics';
import { composeFoldingRanges } from './folding';
import { composeExplain, composeHover } from './hover';
import { composeDocumentLinks } from './links';
import { composeDocumentHighlights, composeReferences } from './references';
import { composePrepareRename, composeRename } from './rename';
import { composeDocumentSymbols } from './symbols';

const composeName = /(^|[\\/])(docker-)?compose(\.[^\\/]*)?\.ya?ml$/i;

export const composeMode: LanguageMode<ComposeDocument> = {
  id: 'compose',
  matches: (languageId, uri) => languageId === 'dockercompose' || composeName.test(uri),
  parse: (document, previous) => parseCompose(document, previous),
  diagnostics: composeDiagnostics,
  completion: composeCompletion,
  completionTriggerCharacters: composeCompletionTriggers,
  hover: composeHover,
  explain: composeExplain,
  codeActions: composeCodeActions,
  codeLenses: composeCodeLenses,
  documentSymbols: composeDocumentSymbols,
  foldingRanges: composeFoldingRanges,
  definition: composeDefinition,
  references: composeReferences,
  documentHighlights: composeDocumentHighlights,
  prepareRename: composePrepareRename,
  rename: composeRename,
  documentLinks: composeDocumentLinks,
};
