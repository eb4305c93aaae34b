/** Shell syntax read only as far as needed to find words and where commands end: quotes, escapes, `$(…)`, operators. */
import type { Word } from './parse';

export type Piece =
  | { readonly kind: 'word'; readonly word: Word }
  /** Ends a simple command: `;` `&&` `||` `|` `&` newline, and the edges of `(…)`, `$(…)`, backticks. */
  | { readonly kind: 'break'; readonly text: string };

const operatorChars = new Set([';', '&', '|', '(', ')', '`', '<', '>']);

export function* shellPieces(text: string, start: number, end: number): Generator<Piece> {
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
