/** The Compose language mode: wires the Compose parse to every Compose feature. */
import { ComposeDocument, parseCompose } from '../../compose/model';
import type { LanguageMode } from '../mode';
import { composeCompletion, composeCompletionTriggers } from './completion';
import { composeDiagnostics } from './diagnostics';
import { composeExplain, composeHover } from './hover';

const composeName = /(^|[\\/])(docker-)?compose(\.[^\\/]*)?\.ya?ml$/i;

export const composeMode: LanguageMode<ComposeDocument> = {
  id: 'compose',
  matches: (languageId, uri) => languageId === 'dockercompose' || composeName.test(uri),
  parse: parseCompose,
  diagnostics: composeDiagnostics,
  completion: composeCompletion,
  completionTriggerCharacters: composeCompletionTriggers,
  hover: composeHover,
  explain: composeExplain,
};
