/** The Dockerfile language mode: wires the Dockerfile parse to every Dockerfile feature. */
import type { LanguageMode } from '../mode';

const dockerfileName = /(^|[\\/])(Dockerfile|Containerfile)(\.[^\\/]*)?$|\.(dockerfile|containerfile)$/i;

export const dockerfileMode: LanguageMode<unknown> = {
  id: 'dockerfile',
  matches: (languageId, uri) => languageId === 'dockerfile' || dockerfileName.test(uri),
  parse: (document) => document,
};
