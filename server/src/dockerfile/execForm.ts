/** The exec (JSON) form of an instruction's arguments: `["executable", "arg"]`, as BuildKit's parser reads it. */
import type { Arg } from './ast';
import type { LogicalLine } from './logicalLines';
import { isSpaceAt, LazyArg } from './shellWords';

/**
 * The elements of the JSON array of strings from `start` to `end`; `notStrings` when it is a JSON
 * array with something else in it (BuildKit fails the build), `undefined` when it is not JSON at all
 * (BuildKit runs it as a shell command).
 */
export function parseExecForm(logical: LogicalLine, start: number, end: number): Arg[] | 'notStrings' | undefined {
  const args = jsonStrings(logical, start, end);
  if (args) return args;
  try {
    return Array.isArray(JSON.parse(logical.text.slice(start, end))) ? 'notStrings' : undefined;
  } catch {
    return undefined;
  }
}

/** The elements of a JSON array of strings starting at `start`, or undefined when it is not one. */
function jsonStrings(logical: LogicalLine, start: number, end: number): Arg[] | undefined {
  const text = logical.text;
  const args: Arg[] = [];
  let p = start + 1;
  const skipSpace = () => {
    while (p < end && isSpaceAt(text, p)) p++;
  };
  skipSpace();
  if (text[p] === ']') {
    p++;
    skipSpace();
    return p === end ? args : undefined;
  }
  for (;;) {
    skipSpace();
    if (text[p] !== '"') return undefined;
    let q = p + 1;
    while (q < end && text[q] !== '"') q += text[q] === '\\' ? 2 : 1;
    if (q >= end) return undefined;
    const raw = text.slice(p, q + 1);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof value !== 'string') return undefined;
    args.push(new LazyArg(raw, value, logical, p));
    p = q + 1;
    skipSpace();
    if (text[p] === ',') {
      p++;
      continue;
    }
    if (text[p] !== ']') return undefined;
    p++;
    skipSpace();
    return p === end ? args : undefined;
  }
}
