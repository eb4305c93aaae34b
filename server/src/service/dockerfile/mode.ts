/** The Dockerfile language mode: wires the Dockerfile parse to every Dockerfile feature. */
import type { DockerfileAst } from '../../dockerfile/ast';
import { parseDockerfile, reparseDockerfile } from '../../dockerfile/parser';
import type { LanguageMode } from '../mode';
import { dockerfileCodeActions } from './codeActions';
import { completion, completionTriggerCharacters } from './completion';
import { definition } from './definition';
import { dockerfileDiagnostics } from './diagnostics';
import { explain } from './explain';
import { foldingRanges } from './folding';
import { formatting, onTypeFormatting, onTypeFormattingTriggerCharacters } from './formatting';
import { documentHighlights } from './highlights';
import { hover } from './hover';
import { documentLinks } from './links';
import { references } from './references';
import { prepareRename, rename } from './rename';
import { semanticTokens } from './semanticTokens';
import { signatureHelp, signatureHelpTriggerCharacters } from './signatureHelp';
import { documentSymbols } from './symbols';

const dockerfileName = /(^|[\\/])(Dockerfile|Containerfile)(\.[^\\/]*)?$|\.(dockerfile|containerfile)$/i;

export const dockerfileMode: LanguageMode<DockerfileAst> = {
  id: 'dockerfile',
  matches: (languageId, uri) => languageId === 'dockerfile' || dockerfileName.test(uri),
  // Re-reads only what an edit changed, from the document's previous parse.
  parse: (document, previous) => (previous ? reparseDockerfile(previous, document.getText(), document.version) : parseDockerfile(document.getText(), document.uri, document.version)),
  diagnostics: dockerfileDiagnostics,
  codeActions: dockerfileCodeActions,
  completion,
  completionTriggerCharacters,
  hover,
  explain,
  signatureHelp,
  signatureHelpTriggerCharacters,
  documentSymbols,
  foldingRanges,
  definition,
  references,
  documentHighlights,
  prepareRename,
  rename,
  documentLinks,
  semanticTokens,
  formatting,
  onTypeFormatting,
  onTypeFormattingTriggerCharacters,
};
