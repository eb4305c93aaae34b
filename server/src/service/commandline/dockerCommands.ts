/** A region's simple commands, and the `docker` ones among them read into command path, flags and arguments. */
import { commandSpec, composeGlobalFlags, globalFlags, groupSubcommands, topLevelCommands, uncheckedGroups } from './commands';
import type { CommandSpec, FlagSpec } from './commands';
import type { Dialect, DockerCommand, FlagCluster, FlagUse, Word } from './parse';
import { shellPieces } from './shellWords';
import { closest, isDockerMisspelling } from './spelling';

/** Words that run the command after them: `sudo docker …`, `time docker …`, `if docker …`. */
const commandPrefixes = new Set(['sudo', 'time', 'nohup', 'exec', 'command', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'env']);
const sudoOptionsWithValue = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']);

export function scanRegion(text: string, start: number, end: number, dialect: Dialect): DockerCommand[] {
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
