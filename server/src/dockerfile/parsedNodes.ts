/**
 * The classes a parse is made of: instructions, flags and stages whose text and ranges come from
 * their logical line when first asked for, so a large file's parse keeps little more than offsets.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { Arg, Flag, Heredoc, Instruction, Stage, VariableRef } from './ast';
import type { LogicalLine } from './logicalLines';
import type { WordTable } from './shellWords';

/** Shared by every instruction without flags, heredocs, empty continuation lines or variables (most of them). */
export const none: readonly never[] = Object.freeze([]);

/**
 * A list built by pushing, at its exact size (a pushed-to array keeps room for 16 more), or the
 * shared empty list: a large file's parse holds tens of thousands of these.
 */
export function exactSize<T>(items: T[]): readonly T[] {
  return items.length > 0 ? items.slice() : none;
}

/** What few instructions have, kept apart so that the others do not carry a field for each. */
export class RareParts {
  heredocs: readonly Heredoc[] = none;
  /** Where the last heredoc ends, when there is one. */
  heredocEnd: Position | undefined = undefined;

  constructor(
    readonly execArgs: readonly Arg[] | undefined,
    readonly malformedExec: boolean | undefined,
    readonly execNotStrings: boolean | undefined,
    readonly trigger: ParsedInstruction | undefined,
  ) {}
}

/**
 * An instruction: its arguments are made from the parse's word table when first read and kept,
 * its text and ranges come from its logical line when asked for (only the whole range, which
 * position lookups read again and again, is kept once made), and what few instructions have is in
 * one `RareParts`.
 */
export class ParsedInstruction implements Instruction {
  private computedRange: Range | undefined = undefined;
  private madeArgs: readonly Arg[] | undefined = undefined;
  private rare: RareParts | undefined;

  constructor(
    readonly keyword: string,
    readonly name: string,
    private readonly keywordStart: number,
    readonly flags: readonly Flag[],
    private readonly words: WordTable,
    private readonly firstWord: number,
    readonly argCount: number,
    readonly form: 'exec' | 'shell' | 'none',
    readonly variables: readonly VariableRef[],
    readonly stageIndex: number,
    private readonly logical: LogicalLine,
    /** Where the arguments start and end in the logical line. */
    private readonly argsStart: number,
    private readonly argsEnd: number,
    rare: RareParts | undefined,
  ) {
    this.rare = rare;
  }

  get args(): readonly Arg[] {
    return (this.madeArgs ??= this.argCount === 0 ? none : this.words.args(this.logical, this.firstWord, this.argCount));
  }

  argValue(index: number): string | undefined {
    if (this.madeArgs) return this.madeArgs[index]?.value;
    return index >= 0 && index < this.argCount ? this.words.value(this.logical, this.firstWord + index) : undefined;
  }

  argRange(index: number): Range | undefined {
    if (this.madeArgs) return this.madeArgs[index]?.range;
    return index >= 0 && index < this.argCount ? this.words.range(this.logical, this.firstWord + index) : undefined;
  }

  /** `args[index].raw` for an index below `argCount`, without making the arguments. */
  argRaw(index: number): string {
    return this.words.raw(this.logical, this.firstWord + index);
  }

  get argsText(): string {
    return this.logical.text.slice(this.argsStart, this.argsEnd);
  }

  get execArgs(): readonly Arg[] | undefined {
    return this.rare?.execArgs;
  }

  get malformedExec(): boolean | undefined {
    return this.rare?.malformedExec;
  }

  get execNotStrings(): boolean | undefined {
    return this.rare?.execNotStrings;
  }

  get trigger(): ParsedInstruction | undefined {
    return this.rare?.trigger;
  }

  get heredocs(): readonly Heredoc[] {
    return this.rare?.heredocs ?? none;
  }

  /** While the instruction is still the parser's alone: its heredocs, and where the last one ends. */
  setHeredocs(heredocs: readonly Heredoc[], end: Position): void {
    this.rare ??= new RareParts(undefined, undefined, undefined, undefined);
    this.rare.heredocs = heredocs;
    this.rare.heredocEnd = end;
  }

  get emptyContinuationLines(): readonly number[] {
    return this.logical.emptyContinuationLines ?? none;
  }

  get keywordRange(): Range {
    return this.logical.range(this.keywordStart, this.keywordStart + this.keyword.length);
  }

  get range(): Range {
    return (this.computedRange ??= { start: this.keywordRange.start, end: this.rare?.heredocEnd ?? this.logical.endPosition() });
  }

  /** The line the keyword is on, without making its range. */
  get keywordLine(): number {
    return this.logical.lineAt(this.keywordStart);
  }

  get argsRange(): Range | undefined {
    return this.argsEnd > this.argsStart ? this.logical.range(this.argsStart, this.argsEnd) : undefined;
  }
}

/** A `--name=value` flag whose ranges are worked out when first asked for. */
export class LazyFlag implements Flag {
  private computed: { range: Range; nameRange: Range; valueRange: Range | undefined } | undefined = undefined;

  constructor(
    readonly name: string,
    readonly value: string | undefined,
    private readonly logical: LogicalLine,
    private readonly start: number,
    private readonly end: number,
    /** -1 for a bare `--link`. */
    private readonly valueStart: number,
  ) {}

  get range(): Range {
    return this.ranges().range;
  }

  get nameRange(): Range {
    return this.ranges().nameRange;
  }

  get valueRange(): Range | undefined {
    return this.ranges().valueRange;
  }

  private ranges() {
    return (this.computed ??= {
      range: this.logical.range(this.start, this.end),
      nameRange: this.logical.range(this.start, this.start + 2 + this.name.length),
      valueRange: this.valueStart < 0 ? undefined : this.logical.range(this.valueStart, this.end),
    });
  }
}

/**
 * A build stage. Made when its FROM is read and closed once the parse knows where it ends, so that
 * every stage has the same shape (features reading stages stay monomorphic). It reads its image
 * and name from the FROM without making the FROM's arguments: most readers want only the names.
 */
export class ParsedStage implements Stage {
  instructions: readonly Instruction[] = none;
  range: Range;
  readonly imageName: string | undefined;
  readonly name: string | undefined;

  constructor(
    readonly index: number,
    readonly from: Instruction,
  ) {
    this.range = from.range;
    this.imageName = from.argValue(0);
    this.name = from.argCount >= 3 && from.argValue(1)!.toLowerCase() === 'as' ? from.argValue(2)!.toLowerCase() : undefined;
  }

  get image(): Arg | undefined {
    return this.from.args[0];
  }

  get nameRange(): Range | undefined {
    return this.name === undefined ? undefined : this.from.argRange(2);
  }

  close(instructions: readonly Instruction[], range: Range): void {
    this.instructions = instructions;
    this.range = range;
  }
}
