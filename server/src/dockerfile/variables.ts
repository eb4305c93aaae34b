/** `$VAR` and `${VAR…}` references in an instruction's arguments and flag values, as BuildKit's shell lexer reads them. */
import type { Range } from 'vscode-languageserver';
import type { VariableRef } from './ast';
import type { LogicalLine } from './logicalLines';

const variableOperators = [':-', ':+', ':?', '##', '%%', '//', '-', '+', '?', '#', '%', '/'];

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/** Collects the references between `start` and `end` of a logical line, outside single quotes. */
export function scanVariables(logical: LogicalLine, start: number, end: number, escapeChar: string, into: VariableRef[]): void {
  const text = logical.text;
  // Most arguments have no `$` at all: one native search rules them out.
  const dollar = text.indexOf('$', start);
  if (dollar < 0 || dollar >= end) return;
  let inSingle = false;
  let inDouble = false;
  for (let p = start; p < end; p++) {
    const ch = text[p];
    if (inSingle) {
      if (ch === "'") inSingle = false;
      continue;
    }
    if (ch === escapeChar) {
      p++;
      continue;
    }
    if (ch === "'" && !inDouble) inSingle = true;
    else if (ch === '"') inDouble = !inDouble;
    else if (ch === '$') {
      const ref = readVariable(logical, p, end);
      if (ref) {
        into.push(ref.variable);
        p = ref.end - 1;
      }
    }
  }
}

/** A variable reference whose ranges are worked out when first asked for. */
class LazyVariable implements VariableRef {
  private computedRange: Range | undefined = undefined;
  private computedNameRange: Range | undefined = undefined;

  constructor(
    readonly name: string,
    private readonly logical: LogicalLine,
    private readonly start: number,
    private readonly end: number,
    private readonly nameStart: number,
    readonly operator: string | undefined,
    readonly word: string | undefined,
    readonly malformed: boolean | undefined,
  ) {}

  get text(): string {
    return this.logical.text.slice(this.start, this.end);
  }

  get range(): Range {
    return (this.computedRange ??= this.logical.range(this.start, this.end));
  }

  get nameRange(): Range {
    return (this.computedNameRange ??= this.logical.range(this.nameStart, this.nameStart + this.name.length));
  }
}

/** Reads the variable reference at `p` (a `$`) and returns it with the offset after it; undefined for a lone `$`. */
function readVariable(logical: LogicalLine, p: number, end: number): { variable: VariableRef; end: number } | undefined {
  const text = logical.text;
  if (text[p + 1] !== '{') {
    let q = p + 1;
    if (q >= end || !isNameStart(text.charCodeAt(q))) return undefined;
    while (q < end && isNameChar(text.charCodeAt(q))) q++;
    return { variable: new LazyVariable(text.slice(p + 1, q), logical, p, q, p + 1, undefined, undefined, undefined), end: q };
  }
  const nameStart = p + 2;
  let q = nameStart;
  while (q < end && isNameChar(text.charCodeAt(q))) q++;
  const name = text.slice(nameStart, q);
  // The closing brace, skipping nested `${…}` in the modifier's word.
  let depth = 1;
  let close = -1;
  for (let r = q; r < end; r++) {
    if (text[r] === '$' && text[r + 1] === '{') {
      depth++;
      r++;
    } else if (text[r] === '}' && --depth === 0) {
      close = r;
      break;
    }
  }
  const reference = (refEnd: number, operator?: string, word?: string, malformed?: boolean) =>
    ({ variable: new LazyVariable(name, logical, p, refEnd, nameStart, operator, word, malformed), end: refEnd });
  if (close < 0) return reference(end, undefined, undefined, true);
  if (name.length === 0 || !isNameStart(name.charCodeAt(0))) return reference(close + 1, undefined, undefined, true);
  if (q === close) return reference(close + 1);
  const operator = variableOperators.find((op) => text.startsWith(op, q));
  if (!operator) return reference(close + 1, undefined, undefined, true);
  return reference(close + 1, operator, text.slice(q + operator.length, close));
}
