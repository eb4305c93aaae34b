/**
 * Semantic tokens for Dockerfiles, encoded against the shared legend in
 * ../mode.ts. One pass over the instructions (each sorted on its own, they
 * are already in order) merged with the comments: linear in the file.
 * Heredoc bodies get no tokens, so the grammar's embedded shell shows.
 */
import type { Range } from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { comparePositions } from '../../dockerfile/positions';
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

function token(range: Range, type: TokenType, ...modifiers: TokenModifier[]): Token | undefined {
  if (range.start.line !== range.end.line || range.end.character <= range.start.character) return undefined;
  let bits = 0;
  for (const modifier of modifiers) bits |= modifierBit.get(modifier)!;
  return { line: range.start.line, start: range.start.character, length: range.end.character - range.start.character, type: typeIndex.get(type)!, modifiers: bits };
}

function byPosition(a: Token, b: Token): number {
  return a.line - b.line || a.start - b.start;
}

/**
 * Background tokens (strings, image names) with the foreground tokens inside them (variables)
 * cut out, so no two tokens overlap.
 */
function layered(foreground: Token[], background: Token[]): Token[] {
  if (background.length === 0) return foreground.sort(byPosition);
  const result = [...foreground];
  for (const back of background) {
    let cursor = back.start;
    const end = back.start + back.length;
    const inside = foreground.filter((f) => f.line === back.line && f.start < end && f.start + f.length > back.start).sort(byPosition);
    for (const front of inside) {
      if (front.start > cursor) result.push({ ...back, start: cursor, length: front.start - cursor });
      cursor = Math.max(cursor, front.start + front.length);
    }
    if (end > cursor) result.push({ ...back, start: cursor, length: end - cursor });
  }
  return result.sort(byPosition);
}

function instructionTokens(ast: DockerfileAst, outer: Instruction): Token[] {
  const front: (Token | undefined)[] = [];
  const back: (Token | undefined)[] = [];
  front.push(token(outer.keywordRange, 'keyword', ...(outer.name === 'MAINTAINER' ? (['deprecated'] as const) : [])));
  const instruction = outer.trigger ?? outer;
  if (instruction !== outer) front.push(token(instruction.keywordRange, 'keyword', ...(instruction.name === 'MAINTAINER' ? (['deprecated'] as const) : [])));
  for (const flag of instruction.flags) {
    front.push(token(flag.nameRange, 'parameter'));
    if (!flag.valueRange) continue;
    if (flag.name === 'mount') {
      for (const option of mountOptions(ast, flag)) {
        front.push(token(option.keyRange, 'property'));
        if (option.valueRange) back.push(token(option.valueRange, option.key === 'type' ? 'enumMember' : option.key === 'from' && option.value && stageNamed(ast, option.value) ? 'class' : 'string'));
      }
    } else if (flag.name === 'from' && flag.value && stageNamed(ast, flag.value)) {
      front.push(token(flag.valueRange, 'class'));
    } else {
      back.push(token(flag.valueRange, 'string'));
    }
  }
  for (const variable of instruction.variables) front.push(token(variable.range, 'variable'));
  for (const declaration of declarationsIn(instruction)) front.push(token(declaration.nameRange, 'variable', 'declaration', ...(declaration.kind === 'ARG' ? (['readonly'] as const) : [])));
  for (const delimiter of heredocDelimiters(ast, instruction)) {
    front.push(token(delimiter.marker, 'label'));
    if (delimiter.terminator) front.push(token(delimiter.terminator, 'label'));
  }
  switch (instruction.name) {
    case 'FROM': {
      const [image, as, name] = instruction.args;
      if (image) back.push(token(image.range, 'class'));
      if (as && as.value.toLowerCase() === 'as') front.push(token(as.range, 'keyword'));
      if (name && as?.value.toLowerCase() === 'as') front.push(token(name.range, 'class', 'declaration'));
      break;
    }
    case 'EXPOSE':
      for (const arg of instruction.args) {
        const port = /^\d+(?:-\d+)?/.exec(arg.raw);
        if (port) front.push(token({ start: arg.range.start, end: { line: arg.range.start.line, character: arg.range.start.character + port[0].length } }, 'number'));
      }
      break;
    case 'STOPSIGNAL':
      if (instruction.args[0]) back.push(token(instruction.args[0].range, 'enumMember'));
      break;
    case 'HEALTHCHECK': {
      const first = instruction.args[0];
      if (first && /^(CMD|NONE)$/i.test(first.value)) front.push(token(first.range, 'keyword'));
      break;
    }
  }
  if (instruction.form === 'exec') for (const arg of instruction.execArgs ?? []) back.push(token(arg.range, 'string'));
  const isToken = (t: Token | undefined): t is Token => t !== undefined;
  return layered(front.filter(isToken), back.filter(isToken));
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
    for (const t of [token(directive.nameRange, 'macro'), token(directive.valueRange, 'string')]) if (t) tokens.push(t);
  }
  const commentTokens: Token[] = [];
  for (let i = firstEndingAtOrAfter(ast.comments, (c) => c.range, firstLine); i < ast.comments.length; i++) {
    const comment = ast.comments[i];
    if (comment.range.start.line > lastLine) break;
    const t = token(comment.range, 'comment');
    if (t) commentTokens.push(t);
  }
  const instructionTokenList: Token[] = [];
  for (let i = firstEndingAtOrAfter(ast.instructions, (ins) => ins.range, firstLine); i < ast.instructions.length; i++) {
    const instruction = ast.instructions[i];
    if (instruction.range.start.line > lastLine) break;
    for (const t of instructionTokens(ast, instruction)) if (t.line >= firstLine && t.line <= lastLine) instructionTokenList.push(t);
  }
  // Merge the two sorted lists (comments sit between and inside instructions).
  let c = 0;
  for (const t of instructionTokenList) {
    while (c < commentTokens.length && byPosition(commentTokens[c], t) < 0) tokens.push(commentTokens[c++]);
    tokens.push(t);
  }
  while (c < commentTokens.length) tokens.push(commentTokens[c++]);
  return encode(tokens);
}

function encode(tokens: readonly Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let start = 0;
  let previousEnd = { line: -1, character: 0 };
  for (const t of tokens) {
    // Never emit overlapping tokens, whatever the parse produced.
    if (comparePositions({ line: t.line, character: t.start }, previousEnd) < 0) continue;
    data.push(t.line - line, t.line === line ? t.start - start : t.start, t.length, t.type, t.modifiers);
    line = t.line;
    start = t.start;
    previousEnd = { line: t.line, character: t.start + t.length };
  }
  return data;
}
