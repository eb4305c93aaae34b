/**
 * Shell words and quotes: where a word ends (blanks outside quotes, the escape character), a
 * word with its quotes removed, and the arguments an instruction's words become.
 */
import type { Range } from 'vscode-languageserver';
import type { Arg } from './ast';
import type { LogicalLine } from './logicalLines';

/** A blank at `index` of `text` (space, tab, \n, \v, \f, \r); false past the end. */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 32 || (code >= 9 && code <= 13);
}

/** The end of the shell word at `p`: the first blank outside quotes. */
export function wordEnd(text: string, p: number, escapeChar: string): number {
  const escape = escapeChar.charCodeAt(0);
  /** The open quote's code (`"` 34, `'` 39), or 0 outside quotes. */
  let quote = 0;
  while (p < text.length) {
    const code = text.charCodeAt(p);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      else if (code === escape && quote === 34) p++;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === escape) p++;
    else if (isSpaceAt(text, p)) break;
    p++;
  }
  return Math.min(p, text.length);
}

/** A shell word without its quotes, with escapes resolved. */
export function unquote(raw: string, escapeChar: string): string {
  // Most words have no quote or escape: one pass to find the first, and the word itself when there is none.
  const escapeCode = escapeChar.charCodeAt(0);
  let plain = 0;
  while (plain < raw.length) {
    const code = raw.charCodeAt(plain);
    if (code === 34 || code === 39 || code === escapeCode) break;
    plain++;
  }
  if (plain === raw.length) return raw;
  let value = raw.slice(0, plain);
  let quote: string | undefined;
  for (let i = plain; i < raw.length; i++) {
    const ch = raw[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && ch === escapeChar && i + 1 < raw.length && '"$`\\'.includes(raw[i + 1])) value += raw[++i];
      else value += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === escapeChar && i + 1 < raw.length) value += raw[++i];
    else value += ch;
  }
  return value;
}

/** An argument (a shell word, or an exec-form element) whose range is worked out when first asked for. */
export class LazyArg implements Arg {
  private computed: Range | undefined = undefined;

  constructor(
    readonly raw: string,
    readonly value: string,
    private readonly logical: LogicalLine,
    /** Where `raw` starts in the logical line (it ends `raw.length` later). */
    private readonly start: number,
  ) {}

  get range(): Range {
    return (this.computed ??= this.logical.range(this.start, this.start + this.raw.length));
  }
}

/**
 * Where the shell words of a parse's instructions are, as pairs of offsets into their logical
 * lines, in one typed array: an instruction makes its arguments from here when they are first
 * asked for, so the instructions nothing reads the arguments of (most of a large file, for most
 * requests) never hold an object per word.
 */
export class WordTable {
  private used = 0;
  private offsets: Int32Array;

  /** Room for `expectedWords` at first, doubled whenever there are more. */
  constructor(readonly escapeChar: '\\' | '`', expectedWords: number) {
    this.offsets = new Int32Array(2 * Math.max(32, expectedWords));
  }

  add(start: number, end: number): void {
    if (this.used + 2 > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.used++] = start;
    this.offsets[this.used++] = end;
  }

  get count(): number {
    return this.used / 2;
  }

  /**
   * Gives back the room the words did not use. A parse after an edit re-reads a few lines, and the
   * instructions it takes over keep the tables of the parses that read them: each must be its words' size.
   */
  trim(): void {
    if (this.used < this.offsets.length) this.offsets = this.offsets.slice(0, this.used);
  }

  end(index: number): number {
    return this.offsets[2 * index + 1];
  }

  /** A word as written, without making its argument. */
  raw(logical: LogicalLine, index: number): string {
    return logical.text.slice(this.offsets[2 * index], this.offsets[2 * index + 1]);
  }

  /** Where a word is in the document, without making its argument. */
  range(logical: LogicalLine, index: number): Range {
    return logical.range(this.offsets[2 * index], this.offsets[2 * index + 1]);
  }

  /** A word's value (quotes removed, escapes resolved), without making its argument. */
  value(logical: LogicalLine, index: number): string {
    return unquote(logical.text.slice(this.offsets[2 * index], this.offsets[2 * index + 1]), this.escapeChar);
  }

  /** The words `first` to `first + count - 1` of a logical line, as arguments. */
  args(logical: LogicalLine, first: number, count: number): readonly Arg[] {
    const args: Arg[] = [];
    const text = logical.text;
    for (let i = first; i < first + count; i++) {
      const start = this.offsets[2 * i];
      const raw = text.slice(start, this.offsets[2 * i + 1]);
      args.push(new LazyArg(raw, unquote(raw, this.escapeChar), logical, start));
    }
    return args;
  }
}
