/** The Dockerfile language mode: wires the Dockerfile parse to every Dockerfile feature. */
import type { DockerfileAst } from '../../dockerfile/ast';
import { parseDockerfile } from '../../dockerfile/parser';
import type { LanguageMode } from '../mode';
import { dockerfileCodeActions } from './codeActions';
import { dockerfileDiagnostics } from './diagnostics';

const dockerfileName = /(^|[\\/])(Dockerfile|Containerfile)(\.[^\\/]*)?$|\.(dockerfile|containerfile)$/i;

export const dockerfileMode: LanguageMode<DockerfileAst> = {
  id: 'dockerfile',
  matches: (languageId, uri) => languageId === 'dockerfile' || dockerfileName.test(uri),
  parse: (document) => parseDockerfile(document.getText(), document.uri, document.version),
  diagnostics: dockerfileDiagnostics,
  codeActions: dockerfileCodeActions,
};
