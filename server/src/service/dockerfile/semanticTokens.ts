/**
 * Semantic tokens for Dockerfiles, encoded against the shared legend in
 * ../mode.ts. One pass over the instructions (each sorted on its own, they
 * are already in order) merged with the comments: linear in the file.
 * Heredoc bodies get no tokens, so the grammar's embedded shell shows.
 */
import type { Range } from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { semanticTokenModifiers, semanticTokenTypes } from '../mode';
import { declarationsIn, heredocDelimiters, mountOptions, stageNamed } from './declarations';

type TokenType = (typeof semanticTokenTypes)[number];
type TokenModifier = (typeof semanticTokenModifiers)[number];

interface Token {
  readonly line: number;
  readonly start: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

const typeIndex = new Map<TokenType, number>(semanticTokenTypes.map((type, index) => [type, index]));
const modifierBit = new Map<TokenModifier, number>(semanticTokenModifiers.map((modifier, index) => [modifier, 1 << index]));
const declaration = modifierBit.get('declaration')!;
const deprecated = modifierBit.get('deprecated')!;
const readonly = modifierBit.get('readonly')!;

/**
 * Appends the token of a one-line range to `into`. A large file has tens of thousands of tokens,
 * so modifiers come as a bit set and nothing but the token itself is allocated.
 */
function addToken(into: Token[], range: Range, type: TokenType, modifiers = 0): void {
  if (range.start.line !== range.end.line || range.end.character <= range.start.character) return;
  into.push({ line: range.start.line, start: range.start.character, length: range.end.character - range.start.character, type: typeIndex.get(type)!, modifiers });
}

function byPosition(a: Token, b: Token): number {
  return a.line - b.line || a.start - b.start;
}

/** Longest list sorted by insertion; past it, quadratic time would cost more than Array#sort's allocations. */
const insertionSortLimit = 32;

/**
 * Sorts one instruction's tokens in place. They are few and nearly in order, and Array#sort
 * allocates a work array on every call (6 MB per request on a 12,800-line file, one per instruction).
 */
function sortByPosition(tokens: Token[]): Token[] {
  if (tokens.length > insertionSortLimit) return tokens.sort(byPosition);
  for (let i = 1; i < tokens.length; i++) {
    const current = tokens[i];
    let j = i - 1;
    while (j >= 0 && byPosition(tokens[j], current) > 0) {
      tokens[j + 1] = tokens[j];
      j--;
    }
    tokens[j + 1] = current;
  }
  return tokens;
}

/**
 * Background tokens (strings, image names) with the foreground tokens inside them (variables)
 * cut out, so no two tokens overlap.
 */
function layered(foreground: Token[], background: Token[]): Token[] {
  if (background.length === 0) return sortByPosition(foreground);
  const result = foreground.slice();
  for (const back of background) {
    let cursor = back.start;
    const end = back.start + back.length;
    const inside = sortByPosition(foreground.filter((f) => f.line === back.line && f.start < end && f.start + f.length > back.start));
    for (const front of inside) {
      if (front.start > cursor) result.push({ ...back, start: cursor, length: front.start - cursor });
      cursor = Math.max(cursor, front.start + front.length);
    }
    if (end > cursor) result.push({ ...back, start: cursor, length: end - cursor });
  }
  return sortByPosition(result);
}

function instructionTokens(ast: DockerfileAst, outer: Instruction): Token[] {
  const front: Token[] = [];
  const back: Token[] = [];
  addToken(front, outer.keywordRange, 'keyword', outer.name === 'MAINTAINER' ? deprecated : 0);
  const instruction = outer.trigger ?? outer;
  if (instruction !== outer) addToken(front, instruction.keywordRange, 'keyword', instruction.name === 'MAINTAINER' ? deprecated : 0);
  for (const flag of instruction.flags) {
    addToken(front, flag.nameRange, 'parameter');
    if (!flag.valueRange) continue;
    if (flag.name === 'mount') {
      for (const option of mountOptions(ast, flag)) {
        addToken(front, option.keyRange, 'property');
        if (option.valueRange) addToken(back, option.valueRange, option.key === 'type' ? 'enumMember' : option.key === 'from' && option.value && stageNamed(ast, option.value) ? 'class' : 'string');
      }
    } else if (flag.name === 'from' && flag.value && stageNamed(ast, flag.value)) {
      addToken(front, flag.valueRange, 'class');
    } else {
      addToken(back, flag.valueRange, 'string');
    }
  }
  for (const variable of instruction.variables) addToken(front, variable.range, 'variable');
  for (const declared of declarationsIn(instruction)) addToken(front, declared.nameRange, 'variable', declaration | (declared.kind === 'ARG' ? readonly : 0));
  for (const delimiter of heredocDelimiters(ast, instruction)) {
    addToken(front, delimiter.marker, 'label');
    if (delimiter.terminator) addToken(front, delimiter.terminator, 'label');
  }
  switch (instruction.name) {
    case 'FROM': {
      const [image, as, name] = instruction.args;
      if (image) addToken(back, image.range, 'class');
      if (as && as.value.toLowerCase() === 'as') addToken(front, as.range, 'keyword');
      if (name && as?.value.toLowerCase() === 'as') addToken(front, name.range, 'class', declaration);
      break;
    }
    case 'EXPOSE':
      for (const arg of instruction.args) {
        const port = /^\d+(?:-\d+)?/.exec(arg.raw);
        if (port) addToken(front, { start: arg.range.start, end: { line: arg.range.start.line, character: arg.range.start.character + port[0].length } }, 'number');
      }
      break;
    case 'STOPSIGNAL':
      if (instruction.args[0]) addToken(back, instruction.args[0].range, 'enumMember');
      break;
    case 'HEALTHCHECK': {
      const first = instruction.args[0];
      if (first && /^(CMD|NONE)$/i.test(first.value)) addToken(front, first.range, 'keyword');
      break;
    }
  }
  if (instruction.form === 'exec') for (const arg of instruction.execArgs ?? []) addToken(back, arg.range, 'string');
  return layered(front, back);
}

/** Index of the first item whose end is at or after `line` (items sorted by position). */
function firstEndingAtOrAfter<T>(items: readonly T[], rangeOf: (item: T) => Range, line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rangeOf(items[mid]).end.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function semanticTokens(ast: DockerfileAst, range?: Range): number[] {
  const firstLine = range?.start.line ?? 0;
  const lastLine = range?.end.line ?? Number.MAX_SAFE_INTEGER;
  const tokens: Token[] = [];
  for (const directive of ast.directives) {
    if (directive.range.start.line < firstLine || directive.range.start.line > lastLine) continue;
    addToken(tokens, directive.nameRange, 'macro');
    addToken(tokens, directive.valueRange, 'string');
  }
  const commentTokens: Token[] = [];
  for (let i = firstEndingAtOrAfter(ast.comments, (c) => c.range, firstLine); i < ast.comments.length; i++) {
    const comment = ast.comments[i];
    if (comment.range.start.line > lastLine) break;
    addToken(commentTokens, comment.range, 'comment');
  }
  // Comments sit between and inside instructions: merge the two sorted lists as they come.
  let c = 0;
  for (let i = firstEndingAtOrAfter(ast.instructions, (ins) => ins.range, firstLine); i < ast.instructions.length; i++) {
    const instruction = ast.instructions[i];
    if (instruction.range.start.line > lastLine) break;
    for (const t of instructionTokens(ast, instruction)) {
      if (t.line < firstLine || t.line > lastLine) continue;
      while (c < commentTokens.length && byPosition(commentTokens[c], t) < 0) tokens.push(commentTokens[c++]);
      tokens.push(t);
    }
  }
  while (c < commentTokens.length) tokens.push(commentTokens[c++]);
  return encode(tokens);
}

function encode(tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let start = 0;
  let previousEndLine = -1;
  let previousEndCharacter = 0;
  for (const t of tokens) {
    // Never emit overlapping tokens, whatever the parse produced.
    if (t.line < previousEndLine || (t.line === previousEndLine && t.start < previousEndCharacter)) continue;
    data.push(t.line - line, t.line === line ? t.start - start : t.start, t.length, t.type, t.modifiers);
    line = t.line;
    start = t.start;
    previousEndLine = t.line;
    previousEndCharacter = t.start + t.length;
  }
  return data;
}
