/** `docker` command lines in shell scripts, Makefiles and Markdown code blocks (the notes themselves). */
import type { LanguageMode } from '../mode';

const commandLineLanguages = new Set(['shellscript', 'makefile', 'markdown', 'plaintext']);

export const commandLineMode: LanguageMode<unknown> = {
  id: 'commandline',
  matches: (languageId) => commandLineLanguages.has(languageId),
  parse: (document) => document,
};
