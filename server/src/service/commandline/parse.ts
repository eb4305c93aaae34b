/**
 * Finds `docker` command lines in shell scripts, Makefiles, Markdown code
 * blocks and plain-text notes, and reads each into its command path, flags
 * (with their values) and arguments. Shell syntax is read only as far as
 * needed to find where commands start and end: quotes, `\` continuations,
 * `&&`/`||`/`;`/`|` chains, `$(…)` substitutions, comments, redirections,
 * `sudo` and `VAR=value` prefixes. Nothing is ever executed.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandSpec, composeGlobalFlags, globalFlags, groupSubcommands, topLevelCommands, uncheckedGroups } from './commands';
import type { CommandSpec, FlagSpec } from './commands';

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

type Dialect = 'shell' | 'makefile';

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

// ---- Where commands can be -----------------------------------------------------------------------

interface Region {
  readonly start: number;
  readonly end: number;
}

interface Line {
  readonly text: string;
  readonly start: number;
  /** Offset just past the line's text, before its line break. */
  readonly end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

/** Fence info strings whose blocks are shell sessions or scripts. */
const shellFences = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'docker', 'shellsession', 'shell-session']);
const promptLine = /^(\s*)\$\s+/;

/** Markdown: whole shell-like fenced blocks (`console`: prompt lines only), and `$ ` lines in any other block. */
function markdownRegions(text: string): Region[] {
  const regions: Region[] = [];
  let fence: { marker: string; info: string } | undefined;
  for (const line of linesOf(text)) {
    const fenceMatch = /^\s*(`{3,}|~{3,})\s*([^\s`{]*)/.exec(line.text);
    if (!fence) {
      if (fenceMatch) fence = { marker: fenceMatch[1], info: fenceMatch[2].toLowerCase() };
      continue;
    }
    if (fenceMatch && fenceMatch[1][0] === fence.marker[0] && fenceMatch[1].length >= fence.marker.length && fenceMatch[2] === '') {
      fence = undefined;
      continue;
    }
    const prompt = promptLine.exec(line.text);
    if (prompt) regions.push({ start: line.start + prompt[0].length, end: line.end });
    else if (shellFences.has(fence.info) && fence.info !== 'console' && fence.info !== 'shellsession') regions.push({ start: line.start, end: line.end });
  }
  return mergeContinuations(text, regions);
}

/**
 * Plain text (the notes themselves): a line whose first word, after list
 * markers, arrows, `ex)` and a `$`/`#` prompt, is `docker` or a misspelling of it.
 */
const plaintextLead = /^[ \t]*(?:(?:[-+*>\u2022]|\d+[.)]|->|=>|ex\)|\uC608\))[ \t]*)*(?:[$%#][ \t]+)?(?:sudo[ \t]+)?/;

function plaintextRegions(text: string): Region[] {
  const regions: Region[] = [];
  for (const line of linesOf(text)) {
    const lead = plaintextLead.exec(line.text)![0];
    const firstWord = /^[\w-]+/.exec(line.text.slice(lead.length))?.[0];
    if (firstWord && (firstWord === 'docker' || firstWord === 'docker-compose' || isDockerMisspelling(firstWord))) {
      regions.push({ start: line.start + lead.length, end: line.end });
    }
  }
  return mergeContinuations(text, regions);
}

/** A region whose line ends in `\` runs on into the next line. */
function mergeContinuations(text: string, regions: Region[]): Region[] {
  const lines = linesOf(text);
  const lineEndingAt = new Map(lines.map((line, index) => [line.end, index]));
  return regions.map((region) => {
    let end = region.end;
    let index = lineEndingAt.get(end) ?? -1;
    while (index >= 0 && index + 1 < lines.length && /\\\s*$/.test(lines[index].text)) {
      index += 1;
      end = lines[index].end;
    }
    return { start: region.start, end };
  });
}

// ---- Shell words ---------------------------------------------------------------------------------

type Piece =
  | { readonly kind: 'word'; readonly word: Word }
  /** Ends a simple command: `;` `&&` `||` `|` `&` newline, and the edges of `(…)`, `$(…)`, backticks. */
  | { readonly kind: 'break'; readonly text: string };

const operatorChars = new Set([';', '&', '|', '(', ')', '`', '<', '>']);

function* shellPieces(text: string, start: number, end: number): Generator<Piece> {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i += 1;
    } else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
    } else if (c === '\n' || c === '\r') {
      yield { kind: 'break', text: '\n' };
      i += 1;
    } else if (c === '#') {
      while (i < end && text[i] !== '\n' && text[i] !== '\r') i += 1;
    } else if (c === '$' && text[i + 1] === '(' && text[i + 2] !== '(') {
      yield { kind: 'break', text: '$(' };
      i += 2;
    } else if (c === '<' || c === '>') {
      // A redirection: skip the operator and its target; the command goes on.
      i += 1;
      while (i < end && (text[i] === '>' || text[i] === '&' || text[i] === '|')) i += 1;
      if (/\d|-/.test(text[i] ?? '') && text[i - 1] === '&') {
        while (i < end && /[\d-]/.test(text[i])) i += 1;
        continue;
      }
      while (i < end && (text[i] === ' ' || text[i] === '\t')) i += 1;
      i = readWord(text, i, end).next;
    } else if (operatorChars.has(c)) {
      const two = text.slice(i, i + 2);
      const op = two === '&&' || two === '||' ? two : c;
      yield { kind: 'break', text: op };
      i += op.length;
    } else {
      const { word, next } = readWord(text, i, end);
      // `2>file`: a file descriptor number belongs to the redirection that follows it.
      if (!/^\d+$/.test(word.text) || (text[next] !== '>' && text[next] !== '<')) yield { kind: 'word', word };
      i = next;
    }
  }
}

/** Characters that need no thought: not a separator, quote, escape or `$`. */
const plainRun = /[^\s;&|<>`()'"\\$]+/y;

/** Reads one word from `start`: quotes (which never run past the line), escapes, and `$(…)` inside a word. */
function readWord(text: string, start: number, end: number): { word: Word; next: number } {
  let value = '';
  let plain = true;
  let i = start;
  while (i < end) {
    plainRun.lastIndex = i;
    const run = plainRun.exec(text);
    if (run) {
      // Most of a word is ordinary characters: take them in one slice.
      const stop = Math.min(i + run[0].length, end);
      value += text.slice(i, stop);
      i = stop;
      continue;
    }
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';' || c === '&' || c === '|' || c === '<' || c === '>' || c === '`' || c === ')' || c === '(') {
      break;
    }
    if (c === '\\' && i + 1 < end && text[i + 1] !== '\n' && text[i + 1] !== '\r') {
      value += text[i + 1];
      plain = false;
      i += 2;
    } else if (c === "'" || c === '"') {
      const close = findClosingQuote(text, i, end);
      value += c === '"' ? text.slice(i + 1, close).replace(/\\(["\\$`])/g, '$1') : text.slice(i + 1, close);
      plain = false;
      i = Math.min(close + 1, end);
    } else if (c === '$' && text[i + 1] === '(' && i > start) {
      const close = findClosingParen(text, i + 1, end);
      value += text.slice(i, close + 1);
      i = Math.min(close + 1, end);
    } else {
      value += c;
      i += 1;
    }
  }
  return { word: { text: value, start, end: i, plain }, next: i };
}

function findClosingQuote(text: string, open: number, end: number): number {
  const quote = text[open];
  for (let i = open + 1; i < end; i += 1) {
    if (text[i] === '\n' || text[i] === '\r') return i;
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) return i;
  }
  return end;
}

function findClosingParen(text: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return end;
}

// ---- Commands ------------------------------------------------------------------------------------

/** Words that run the command after them: `sudo docker …`, `time docker …`, `if docker …`. */
const commandPrefixes = new Set(['sudo', 'time', 'nohup', 'exec', 'command', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'env']);
const sudoOptionsWithValue = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']);

function scanRegion(text: string, start: number, end: number, dialect: Dialect): DockerCommand[] {
  const commands: DockerCommand[] = [];
  let words: Word[] = [];
  // After `)` or a closing backtick, the words still belong to the command before the substitution.
  let continuesEarlierCommand = false;
  let backticksOpen = false;
  const flush = () => {
    if (!continuesEarlierCommand) {
      const command = simpleCommand(words, dialect);
      if (command) commands.push(command);
    }
    words = [];
  };
  for (const piece of shellPieces(text, start, end)) {
    if (piece.kind === 'word') {
      words.push(piece.word);
      continue;
    }
    flush();
    if (piece.text === '`') backticksOpen = !backticksOpen;
    continuesEarlierCommand = piece.text === ')' || (piece.text === '`' && !backticksOpen);
  }
  flush();
  return commands;
}

function simpleCommand(words: readonly Word[], dialect: Dialect): DockerCommand | undefined {
  let i = 0;
  while (i < words.length) {
    const word = words[i].text;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || commandPrefixes.has(word) || (i === 0 && (word === '$' || word === '%'))) {
      i += 1;
      if (word === 'sudo' || word === 'env') {
        while (i < words.length && words[i].text.startsWith('-')) i += sudoOptionsWithValue.has(words[i].text) ? 2 : 1;
      }
      continue;
    }
    break;
  }
  const first = words[i];
  if (!first) return undefined;
  const name = dialect === 'makefile' ? first.text.replace(/^[@+-]+/, '') : first.text;
  if (name !== 'docker' && name !== 'docker-compose' && !isDockerMisspelling(name)) return undefined;
  const skipped = first.text.length - name.length;
  const docker: Word = { ...first, text: name, start: first.start + skipped };
  return parseDocker(docker, words.slice(i + 1));
}

const identifier = /^[a-z][a-z0-9-]*$/;

function parseDocker(docker: Word, words: readonly Word[]): DockerCommand | undefined {
  const misspelt = docker.text !== 'docker' && docker.text !== 'docker-compose';
  const path: Word[] = [];
  let unknown: DockerCommand['unknown'];
  let i = 0;
  const global: FlagUse[] = [];

  const readLeadingFlags = (specs: readonly FlagSpec[], into: FlagUse[]) => {
    while (i < words.length && words[i].text.startsWith('-') && words[i].text !== '--') {
      const parsed = readFlag(words, i, specs, false);
      into.push(...parsed.uses);
      i = parsed.next;
    }
  };

  let group: string | undefined;
  if (docker.text === 'docker-compose') {
    group = 'compose';
  } else {
    readLeadingFlags(globalFlags, global);
    const first = words[i];
    if (first && identifier.test(first.text)) {
      if (topLevelCommands.has(first.text)) {
        path.push(first);
        if (groupSubcommands[first.text] || uncheckedGroups.has(first.text)) group = first.text;
      } else {
        const suggestion = closest(first.text, topLevelCommands);
        // A misspelt `docker` followed by no command at all is just a word in prose.
        if (misspelt && !suggestion) return undefined;
        unknown = { word: first, suggestion };
      }
      i += 1;
    } else if (misspelt) {
      return undefined;
    }
  }

  if (group) {
    if (group === 'compose') readLeadingFlags(composeGlobalFlags, global);
    const sub = words[i];
    if (sub && identifier.test(sub.text)) {
      const known = groupSubcommands[group];
      if (!known || known.has(sub.text)) path.push(sub);
      else unknown = { word: sub, suggestion: closest(sub.text, known) };
      i += 1;
    }
  }

  const written = [...(docker.text === 'docker-compose' ? ['compose'] : []), ...path.map((word) => word.text)].join(' ');
  const spec = unknown ? undefined : commandSpec(written);
  const { flags, args } = readArguments(words.slice(i), spec);
  const last = words[words.length - 1];
  return {
    docker,
    misspelt,
    path,
    pathText: spec?.path ?? written,
    spec,
    unknown,
    globalFlags: global,
    flags,
    args,
    start: docker.start,
    end: last ? last.end : docker.end,
  };
}

function readArguments(words: readonly Word[], spec: CommandSpec | undefined): { flags: FlagUse[]; args: Word[] } {
  const flags: FlagUse[] = [];
  const args: Word[] = [];
  let flagsEnded = false;
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (flagsEnded || !word.text.startsWith('-') || word.text === '-' || /^-\d/.test(word.text)) {
      args.push(word);
      if (spec && !spec.interspersed) flagsEnded = true;
      i += 1;
    } else if (word.text === '--') {
      flagsEnded = true;
      i += 1;
    } else {
      const parsed = readFlag(words, i, spec?.flags ?? [], spec?.complete ?? false);
      flags.push(...parsed.uses);
      i = parsed.next;
    }
  }
  return { flags, args };
}

/** Reads the flag (or cluster of one-letter flags) at `words[index]`, with its value. */
function readFlag(words: readonly Word[], index: number, specs: readonly FlagSpec[], complete: boolean): { uses: FlagUse[]; next: number } {
  const word = words[index];
  const written = word.text;
  const nextWordValue = (spec: FlagSpec | undefined): { value?: Word; next: number } =>
    spec?.takesValue && index + 1 < words.length ? { value: words[index + 1], next: index + 2 } : { next: index + 1 };
  const inlineValue = (offset: number): Word => ({
    text: written.slice(offset),
    start: word.plain ? word.start + offset : word.start,
    end: word.end,
    plain: word.plain,
  });
  const nameEnd = (from: number) => (written.indexOf('=', from) < 0 ? written.length : written.indexOf('=', from));
  const span = (from: number, to: number) => (word.plain ? { start: word.start + from, end: word.start + to } : { start: word.start, end: word.end });
  const known = specs.length > 0;

  if (written.startsWith('--')) {
    const end = nameEnd(2);
    const name = written.slice(0, end);
    const spec = specs.find((flag) => flag.long === name);
    const attached = end < written.length ? inlineValue(end + 1) : undefined;
    const { value, next } = attached ? { value: attached, next: index + 1 } : nextWordValue(spec);
    const use: FlagUse = { written: name, ...span(0, end), spec, value };
    if (spec || !known) return { uses: [use], next };
    const letters = name.slice(2);
    if (letters.length <= 3 && [...letters].every((letter) => specs.some((flag) => flag.short === `-${letter}`))) {
      return { uses: [{ ...use, problem: 'double-dash-short-flags', replacement: `-${letters}` }], next };
    }
    if (!complete) return { uses: [use], next };
    return { uses: [{ ...use, problem: 'unknown-flag', replacement: closest(name, specs.map((flag) => flag.long)) }], next };
  }

  // One dash: a cluster of one-letter flags (`-it`, `-dp 80:80`), the last of which may take a value.
  const uses: FlagUse[] = [];
  /** The flags read from letters 1 to `end`, each knowing the others when there are several. */
  const clustered = (found: FlagUse[], end: number): FlagUse[] => {
    if (found.length < 2) return found;
    const cluster: FlagCluster = { written: written.slice(0, end), ...span(0, end) };
    return found.map((use) => ({ ...use, cluster }));
  };
  for (let j = 1; j < written.length; j += 1) {
    const spec = specs.find((flag) => flag.short === `-${written[j]}`);
    if (!spec) break;
    uses.push({ written: `-${written[j]}`, ...span(j === 1 ? 0 : j, j + 1), spec });
    if (spec.takesValue) {
      const rest = written.slice(j + 1).replace(/^=/, '');
      const { value, next } = rest !== '' ? { value: inlineValue(written.length - rest.length), next: index + 1 } : nextWordValue(spec);
      return { uses: clustered([...uses.slice(0, -1), { ...uses[uses.length - 1], value }], j + 1), next };
    }
    if (j === written.length - 1) return { uses: clustered(uses, written.length), next: index + 1 };
  }
  // Not a valid cluster. `-rm`: a long flag written with one dash?
  const end = nameEnd(1);
  const longSpec = specs.find((flag) => flag.long === `-${written.slice(0, end)}`);
  if (longSpec && end > 2) {
    const attached = end < written.length ? inlineValue(end + 1) : undefined;
    const { value, next } = attached ? { value: attached, next: index + 1 } : nextWordValue(longSpec);
    return {
      uses: [{ written: written.slice(0, end), ...span(0, end), spec: longSpec, value, problem: 'single-dash-long-flag', replacement: longSpec.long }],
      next,
    };
  }
  const stray = written[uses.length + 1];
  // The notes annotate flags in place (`-d(데몬으로실행)`, `-t{태그추가}`): only a letter is a real flag.
  if (!complete || !/[A-Za-z]/.test(stray ?? '')) {
    return { uses: uses.length > 0 ? uses : [{ written: written.slice(0, 2), ...span(0, 2) }], next: index + 1 };
  }
  const offset = uses.length + 1;
  const unknownUse: FlagUse = { written: `-${stray}`, ...span(offset === 1 ? 0 : offset, offset + 1), problem: 'unknown-flag' };
  return { uses: clustered([...uses, unknownUse], offset + 1), next: index + 1 };
}

// ---- Misspellings --------------------------------------------------------------------------------

/** `docekr`, `docer`, `dokcer`, `dcoker`: one edit (or one swap) away from `docker`. */
export function isDockerMisspelling(word: string): boolean {
  return word !== 'docker' && /^d[a-z]{3,6}$/.test(word) && editDistance(word, 'docker') === 1;
}

/**
 * The candidate nearest to `word` (one edit for words up to five letters, two
 * for longer), if any. Words under four letters are too short to guess at:
 * in prose, `docker is` would otherwise become `docker ps`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const letters = word.replace(/^-+/, '').length;
  if (letters < 4) return undefined;
  const limit = letters <= 5 ? 1 : 2;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance > 0 && distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  // Three rolling rows: the one before last is needed for swaps.
  let previous2 = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], previous2[j - 2] + 1);
    }
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}
