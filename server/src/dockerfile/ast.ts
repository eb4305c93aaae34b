/**
 * The syntax tree of a Dockerfile: what one error-tolerant parse per document
 * version produces and every Dockerfile feature reads. Ranges are LSP ranges
 * (zero-based line, UTF-16 character); the parser never throws.
 *
 * Instructions, arguments, flags and variable references are class instances whose ranges (and an
 * instruction's arguments) are made on first use and then kept: a large file has tens of thousands
 * of them, and most requests read a few. Read their fields; do not copy them with `{ ...x }`, which
 * leaves the getters behind. A parse may share instructions with the same document's previous parse
 * (incremental re-parsing); treat every parse as read-only.
 */
import type { Position, Range } from 'vscode-languageserver';

export interface DockerfileAst {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** Offset of each line's first character, for O(log n) position ↔ offset lookups. */
  readonly lineStarts: readonly number[];
  /** `\` unless an `# escape=` directive says backtick. */
  readonly escapeChar: '\\' | '`';
  /** Parser directives at the top of the file (`# syntax=`, `# escape=`, `# check=`). */
  readonly directives: readonly Directive[];
  /** Every comment line that is not a directive, including those inside continuations. */
  readonly comments: readonly Comment[];
  /** Instructions in source order (an ONBUILD's trigger is nested in its `trigger`). */
  readonly instructions: readonly Instruction[];
  /** Build stages, one per FROM, in order. ARGs before the first FROM are in `globalArgs`. */
  readonly stages: readonly Stage[];
  readonly globalArgs: readonly Instruction[];
}

export interface Directive {
  /** Lower-cased name: `syntax`, `escape`, `check`. */
  readonly name: string;
  readonly value: string;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range;
}

export interface Comment {
  readonly text: string;
  readonly range: Range;
}

export interface Instruction {
  /** The keyword as written (`run`, `EXPOSEE`). */
  readonly keyword: string;
  /** Upper-cased keyword. */
  readonly name: string;
  readonly keywordRange: Range;
  /** From the keyword to the end of the last continuation line or heredoc. */
  readonly range: Range;
  /** `--name=value` flags between the keyword and the arguments. */
  readonly flags: readonly Flag[];
  /** Whitespace-separated arguments after the flags (shell form), continuations joined, quotes kept in `raw`. */
  readonly args: readonly Arg[];
  /** `args.length`, without making the arguments. */
  readonly argCount: number;
  /**
   * `args[index]?.value`, without making the arguments: for checks that read every instruction of
   * a kind and report on few, so that a large file's run does not keep an object per word.
   */
  argValue(index: number): string | undefined;
  /** `args[index]?.range`, likewise without making the arguments. */
  argRange(index: number): Range | undefined;
  /** Everything after the flags, continuations removed, as one string. */
  readonly argsText: string;
  readonly argsRange: Range | undefined;
  /** `exec` when the arguments are a JSON array (`["node", "server.js"]`). */
  readonly form: 'exec' | 'shell' | 'none';
  /** The parsed JSON array elements, when `form` is `exec` and it parses. */
  readonly execArgs?: readonly Arg[];
  /** True when `form` looked like JSON (`[` …) but is not JSON: BuildKit runs it as a shell command. */
  readonly malformedExec?: boolean;
  /** True when the arguments are a JSON array holding something other than strings: BuildKit fails the build. */
  readonly execNotStrings?: boolean;
  readonly heredocs: readonly Heredoc[];
  /** `$VAR` / `${VAR…}` references in the arguments and flag values. */
  readonly variables: readonly VariableRef[];
  /** For ONBUILD: the instruction it wraps. */
  readonly trigger?: Instruction;
  /** Index into `stages`, or -1 before the first FROM. */
  readonly stageIndex: number;
  /** Blank lines inside the instruction's continuation (BuildKit's NoEmptyContinuation). */
  readonly emptyContinuationLines: readonly number[];
}

export interface Flag {
  /** Without dashes: `from`, `mount`. */
  readonly name: string;
  /** `undefined` for a bare `--link`. */
  readonly value: string | undefined;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | undefined;
}

export interface Arg {
  /** The text with quotes removed and escapes resolved. */
  readonly value: string;
  /** The text as written. */
  readonly raw: string;
  readonly range: Range;
}

export interface Heredoc {
  readonly delimiter: string;
  /** `<<-EOF`: leading tabs stripped. */
  readonly stripTabs: boolean;
  /** `<<"EOF"` / `<<'EOF'`: no expansion inside. */
  readonly quoted: boolean;
  /** The `<<EOF` marker. */
  readonly markerRange: Range;
  /** The body lines, without the terminator. */
  readonly contentRange: Range;
  /** The terminator line; `undefined` when the heredoc is never closed. */
  readonly terminatorRange: Range | undefined;
}

export interface VariableRef {
  readonly name: string;
  /** The reference as written (continuations removed), `$V` or `${V:-d}`. */
  readonly text: string;
  /** The whole reference, `$V` or `${V:-d}`. */
  readonly range: Range;
  readonly nameRange: Range;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/`, `//`, or undefined. */
  readonly operator?: string;
  readonly word?: string;
  /** True for `${` that is never closed, or a modifier Docker rejects. */
  readonly malformed?: boolean;
}

export interface Stage {
  readonly index: number;
  readonly from: Instruction;
  /** The image reference as written (may contain `$VAR`): the FROM's first argument. */
  readonly image: Arg | undefined;
  /** `image?.value`, without making the FROM's arguments (which `image` does, once). */
  readonly imageName: string | undefined;
  /** The `AS name`, lower-cased as Docker compares them. */
  readonly name: string | undefined;
  /** Where the `AS name` is written; made afresh on each read. */
  readonly nameRange: Range | undefined;
  readonly instructions: readonly Instruction[];
  /** From the FROM line to the line before the next FROM. */
  readonly range: Range;
}

/** Helpers every feature may import are in ./positions.ts (offsetAt, positionAt, instructionAt). */
export type { Position, Range };
