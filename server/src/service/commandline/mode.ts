/**
 * `docker` command lines wherever people write them: shell scripts,
 * Makefiles, Markdown code blocks and plain-text notes (the study notes
 * themselves are .txt). Hover explains commands and flags, completion offers
 * them, diagnostics catch the typical slips, quick fixes correct them.
 */
import type { LanguageMode } from '../mode';
import { codeActions } from './codeActions';
import { completion } from './completion';
import { diagnostics } from './diagnostics';
import { explain } from './explain';
import { hover } from './hover';
import { CommandLineDocument, parseCommandLines } from './parse';

const commandLineLanguages = new Set(['shellscript', 'makefile', 'markdown', 'plaintext']);

export const commandLineMode: LanguageMode<CommandLineDocument> = {
  id: 'commandline',
  matches: (languageId) => commandLineLanguages.has(languageId),
  parse: parseCommandLines,
  hover,
  completion,
  completionTriggerCharacters: ['-'],
  diagnostics,
  codeActions,
  explain,
};
