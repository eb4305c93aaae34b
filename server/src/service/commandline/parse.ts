/**
 * Finds `docker` command lines in shell scripts, Makefiles, Markdown code
 * blocks and plain-text notes, and reads each into its command path, flags
 * (with their values) and arguments. Shell syntax is read only as far as
 * needed to find where commands start and end: quotes, `\` continuations,
 * `&&`/`||`/`;`/`|` chains, `$(…)` substitutions, comments, redirections,
 * `sudo` and `VAR=value` prefixes. Nothing is ever executed. Where commands can
 * be is regions.ts, shell words shellWords.ts, reading a command dockerCommands.ts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommandSpec, FlagSpec } from './commands';
import { scanRegion } from './dockerCommands';
import { markdownRegions, plaintextRegions } from './regions';

/** A shell word: `text` is its value with quotes removed; `start`/`end` are document offsets of what is written. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Written without quotes or escapes, so offsets inside `text` map one to one onto the document. */
  readonly plain: boolean;
}

export type FlagProblem = 'single-dash-long-flag' | 'double-dash-short-flags' | 'unknown-flag';

export interface FlagUse {
  /** As written: `-p`, `--publish`, `-i` (out of `-it`), `-rm`, `--it`. */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  readonly spec?: FlagSpec;
  readonly value?: Word;
  readonly problem?: FlagProblem;
  /** What to write instead, when there is a problem with a clear fix. */
  readonly replacement?: string;
  /** The one-dash word it was written in with other one-letter flags (`-it`, `-dp`), shared by all of them. */
  readonly cluster?: FlagCluster;
}

export interface FlagCluster {
  /** The letters as written, dash included: `-dp` (a value glued on after them is not part of it). */
  readonly written: string;
  readonly start: number;
  readonly end: number;
}

export interface DockerCommand {
  /** `docker`, a misspelling of it, or `docker-compose`. */
  readonly docker: Word;
  readonly misspelt: boolean;
  /** The words naming the command: `run`; `image`, `ls`; `compose`, `up`. */
  readonly path: readonly Word[];
  /** The canonical command path (`container ls` → `ps`), or the path as written when we don't know it. */
  readonly pathText: string;
  readonly spec?: CommandSpec;
  /** A word where a command was expected that isn't one, with the likeliest intended command. */
  readonly unknown?: { readonly word: Word; readonly suggestion?: string };
  readonly globalFlags: readonly FlagUse[];
  readonly flags: readonly FlagUse[];
  readonly args: readonly Word[];
  readonly start: number;
  readonly end: number;
}

export interface CommandLineDocument {
  readonly document: TextDocument;
  readonly commands: readonly DockerCommand[];
}

export type Dialect = 'shell' | 'makefile';

export function parseCommandLines(document: TextDocument): CommandLineDocument {
  const text = document.getText();
  const commands: DockerCommand[] = [];
  const scan = (start: number, end: number, dialect: Dialect = 'shell') => commands.push(...scanRegion(text, start, end, dialect));
  switch (document.languageId) {
    case 'markdown':
      for (const region of markdownRegions(text)) scan(region.start, region.end);
      break;
    case 'plaintext':
      for (const region of plaintextRegions(text)) scan(region.start, region.end);
      break;
    case 'makefile':
      scan(0, text.length, 'makefile');
      break;
    default:
      scan(0, text.length);
  }
  return { document, commands };
}
