/** The Compose language mode: wires the Compose parse to every Compose feature. */
import type { LanguageMode } from '../mode';

const composeName = /(^|[\\/])(docker-)?compose(\.[^\\/]*)?\.ya?ml$/i;

export const composeMode: LanguageMode<unknown> = {
  id: 'compose',
  matches: (languageId, uri) => languageId === 'dockercompose' || composeName.test(uri),
  parse: (document) => document,
};
