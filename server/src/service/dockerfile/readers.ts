/**
 * Readers of an instruction's arguments that several features share (diagnostics, quick fixes,
 * completion, hover): ENV/LABEL pairs, ARG declarations, COPY/ADD sources, and the forms a fix
 * writes (a quoted value, the exec form of a command).
 */
import type { Range } from 'vscode-languageserver';
import type { Arg, Flag, Instruction } from '../../dockerfile/ast';

/**
 * `read`, answering from memory when asked about the same instruction as last time. The
 * diagnostics runner hands one instruction to each of its rules in turn, and several rules read
 * the same thing from it (ENV pairs, RUN mounts, EXPOSE ports), so each is worked out once per
 * instruction and run; one remembered answer is all that takes. Only for readers whose answer
 * depends on the instruction alone (a parse never changes an instruction it made), and answers
 * no one changes.
 */
export function rememberingLast<T>(read: (instruction: Instruction) => T): (instruction: Instruction) => T {
  let lastInstruction: Instruction | undefined = undefined;
  let lastAnswer!: T;
  return (instruction) => {
    if (instruction !== lastInstruction) {
      lastAnswer = read(instruction);
      lastInstruction = instruction;
    }
    return lastAnswer;
  };
}

export interface KeyValuePair {
  readonly key: string;
  readonly value: string;
  readonly range: Range;
}

/** A `key=value` read from one argument; its range is the argument's, made only when asked for. */
class ArgumentPair implements KeyValuePair {
  constructor(
    readonly key: string,
    readonly value: string,
    private readonly instruction: Instruction,
    private readonly index: number,
  ) {}

  get range(): Range {
    return this.instruction.argRange(this.index)!;
  }
}

export interface KeyValueItems {
  readonly pairs: readonly KeyValuePair[];
  /** The old `ENV key value` form: one pair, the value is the rest. */
  readonly legacy: boolean;
  /** The notes' `LABEL KEY = value`, which Docker reads as the value "= value". */
  readonly spacedEquals?: Arg;
  /** An item without `=` among key=value ones. */
  readonly missingEquals?: Arg;
}

/** ENV/LABEL items. Read from the words' values: the arguments are made only for a form that is reported. */
export const keyValuePairs = rememberingLast((instruction: Instruction): KeyValueItems => {
  const count = instruction.argCount;
  if (count === 0) return { pairs: [], legacy: false };
  if (!instruction.argValue(0)!.includes('=')) {
    const args = instruction.args;
    const restStart = instruction.argsText.indexOf(args[0].raw) + args[0].raw.length;
    const value = instruction.argsText.slice(restStart).trim();
    const spacedEquals = args[1] && args[1].value.startsWith('=') ? args[1] : undefined;
    return { pairs: [{ key: args[0].value, value, range: instruction.argsRange ?? args[0].range }], legacy: true, spacedEquals };
  }
  const pairs: KeyValuePair[] = [];
  for (let i = 0; i < count; i++) {
    const value = instruction.argValue(i)!;
    const equals = value.indexOf('=');
    if (equals < 0) {
      const args = instruction.args;
      const previous = args[i - 1];
      return { pairs, legacy: false, ...(previous?.value.endsWith('=') ? { spacedEquals: previous } : { missingEquals: args[i] }) };
    }
    pairs.push(new ArgumentPair(value.slice(0, equals), value.slice(equals + 1), instruction, i));
  }
  return { pairs, legacy: false };
});

/** An ARG's name and default, with the argument's range made only when asked for. */
export class ArgDeclaration {
  constructor(
    readonly name: string,
    readonly defaultValue: string | undefined,
    private readonly instruction: Instruction,
    private readonly index: number,
  ) {}

  get range(): Range {
    return this.instruction.argRange(this.index)!;
  }
}

/** ARG names and defaults: `ARG NAME`, `ARG NAME=default`, several per line. */
export function argDeclarations(instruction: Instruction): ArgDeclaration[] {
  const declarations: ArgDeclaration[] = [];
  for (let i = 0; i < instruction.argCount; i++) {
    const value = instruction.argValue(i)!;
    const equals = value.indexOf('=');
    declarations.push(equals < 0 ? new ArgDeclaration(value, undefined, instruction, i) : new ArgDeclaration(value.slice(0, equals), value.slice(equals + 1), instruction, i));
  }
  return declarations;
}

/** The names an ARG or ENV instruction defines. */
export function definedNames(instruction: Instruction): string[] {
  if (instruction.name === 'ARG') return argDeclarations(instruction).map((d) => d.name);
  if (instruction.name === 'ENV') return keyValuePairs(instruction).pairs.map((p) => p.key);
  return [];
}

/** FROM's `--platform` flag. */
export function platformFlag(from: Instruction): Flag | undefined {
  return from.flags.find((flag) => flag.name === 'platform');
}

/** The source arguments of COPY/ADD (all but the destination; heredoc markers excluded). */
export function sourcesOf(instruction: Instruction): Arg[] {
  const args = instruction.form === 'exec' ? (instruction.execArgs ?? []) : instruction.args;
  return args.slice(0, -1).filter((a) => !a.raw.startsWith('<<'));
}

/** A COPY/ADD from the build context (not `--from` a stage or image). */
export function copiesFromContext(instruction: Instruction): boolean {
  return (instruction.name === 'COPY' || instruction.name === 'ADD') && !instruction.flags.some((f) => f.name === 'from');
}

/** COPY sources that are the whole build context (`.`, `./`, `*`). Read for every instruction on every run: no arrays or arguments made. */
export function copiesWholeContext(instruction: Instruction): boolean {
  if (!copiesFromContext(instruction)) return false;
  const execArgs = instruction.form === 'exec' ? (instruction.execArgs ?? []) : undefined;
  const sources = (execArgs ? execArgs.length : instruction.argCount) - 1;
  for (let i = 0; i < sources; i++) {
    const value = execArgs ? execArgs[i].value : instruction.argValue(i);
    if (value === '.' || value === './' || value === '*') return true;
  }
  return false;
}

/** A RUN that can be merged with its neighbour: no flags (mounts differ) and no heredoc. */
export function mergeable(run: Instruction): boolean {
  return run.name === 'RUN' && run.form === 'shell' && run.flags.length === 0 && run.heredocs.length === 0;
}

/** A value as it may appear after `key=` (quoted when it has blanks or quotes). */
export function quoteValue(value: string): string {
  return /^[^\s"'\\]*$/.test(value) && value !== '' ? value : JSON.stringify(value);
}

/** The exec (JSON) form of a shell-form command: its words when plain, otherwise through /bin/sh -c. */
export function toJsonForm(args: readonly Arg[]): string {
  const text = args.map((a) => a.raw).join(' ');
  const plain = args.every((a) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(a.raw));
  return JSON.stringify(plain ? args.map((a) => a.value) : ['/bin/sh', '-c', text]).replace(/","/g, '", "');
}
