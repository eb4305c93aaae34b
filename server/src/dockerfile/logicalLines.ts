/**
 * The Dockerfile's lines: where each physical line starts and ends, and an instruction's
 * physical lines joined into one logical line the way BuildKit joins them (the continuation
 * character removed), with a map back from offsets in the logical line to document positions.
 */
import type { Position, Range } from 'vscode-languageserver';

/** The lines of a text: where each starts and where its content ends (before `\n`, `\r\n` or `\r`). */
function splitLines(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  // The next \n and the next \r, each found by a native search and looked for again only once passed.
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  let from = 0;
  for (;;) {
    if (lineFeed >= 0 && lineFeed < from) lineFeed = text.indexOf('\n', from);
    if (carriageReturn >= 0 && carriageReturn < from) carriageReturn = text.indexOf('\r', from);
    const end = lineFeed < 0 ? carriageReturn : carriageReturn < 0 ? lineFeed : Math.min(lineFeed, carriageReturn);
    if (end < 0) break;
    ends.push(end);
    from = end + (end === carriageReturn && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    starts.push(from);
  }
  ends.push(text.length);
  return { starts, ends };
}

/** A text's physical lines. */
export class DocumentLines {
  readonly starts: number[];
  private readonly ends: number[];

  constructor(private readonly source: string) {
    const { starts, ends } = splitLines(source);
    this.starts = starts;
    this.ends = ends;
  }

  get count(): number {
    return this.starts.length;
  }

  /** A line's content, without its line break. */
  text(line: number): string {
    return this.source.slice(this.starts[line], this.ends[line]);
  }

  length(line: number): number {
    return this.ends[line] - this.starts[line];
  }

  /** A line from `from` to its end. */
  range(line: number, from = 0): Range {
    return { start: { line, character: from }, end: { line, character: this.length(line) } };
  }
}

/** The line holding `offset`. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where one piece of a logical line (one physical line, continuation removed) came from. */
interface Segment {
  /** Offset of the piece in the joined logical line. */
  readonly joinedStart: number;
  readonly line: number;
  readonly character: number;
}

/** An instruction's physical lines joined the way BuildKit joins them. */
export class LogicalLine {
  text = '';
  emptyContinuationLines: number[] | undefined = undefined;
  /** Where the last physical line ends, as numbers: the tree keeps one logical line per instruction. */
  endLine = 0;
  endCharacter = 0;
  private started = false;
  /** Where the pieces after the first (one per continuation line) come from; most instructions have none. */
  private continuations: Segment[] | undefined = undefined;

  /** The first piece starts at (`firstLine`, `firstCharacter`). */
  constructor(
    private readonly firstLine: number,
    private readonly firstCharacter: number,
  ) {}

  append(piece: string, line: number, character: number): void {
    if (this.started) (this.continuations ??= []).push({ joinedStart: this.text.length, line, character });
    this.started = true;
    this.text += piece;
  }

  endPosition(): Position {
    return { line: this.endLine, character: this.endCharacter };
  }

  /** The document position of a joined offset, at the start of the piece that holds it. */
  positionAt(offset: number): Position {
    return this.position(offset, false);
  }

  /** Like positionAt, but an offset at a piece boundary stays at the end of the earlier piece. */
  endPositionAt(offset: number): Position {
    return this.position(offset, true);
  }

  /** The line of a joined offset, without making a position (most logical lines are one line). */
  lineAt(offset: number): number {
    return this.continuations ? this.positionAt(offset).line : this.firstLine;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: end > start ? this.endPositionAt(end) : this.positionAt(start) };
  }

  private position(offset: number, preferEarlier: boolean): Position {
    const pieces = this.continuations;
    let found = -1;
    if (pieces) {
      let low = 0;
      let high = pieces.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const start = pieces[mid].joinedStart;
        if (start < offset || (!preferEarlier && start === offset)) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
    }
    if (found < 0) return { line: this.firstLine, character: this.firstCharacter + offset };
    const piece = pieces![found];
    return { line: piece.line, character: piece.character + offset - piece.joinedStart };
  }
}
