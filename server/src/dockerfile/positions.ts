/** Position helpers over a parsed Dockerfile, each O(log n) in lines or instructions. */
import type { Position, Range } from 'vscode-languageserver';
import type { DockerfileAst, Instruction, Stage } from './ast';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `position` is inside `range`, both ends included (a cursor right after a word is on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** The offset of a position, clamped to the document and to the end of its line. */
export function offsetAt(ast: DockerfileAst, position: Position): number {
  const { lineStarts, text } = ast;
  if (position.line < 0) return 0;
  if (position.line >= lineStarts.length) return text.length;
  const start = lineStarts[position.line];
  let end = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.min(start + Math.max(position.character, 0), end);
}

export function positionAt(ast: DockerfileAst, offset: number): Position {
  const { lineStarts } = ast;
  const clamped = Math.max(0, Math.min(offset, ast.text.length));
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: clamped - lineStarts[low] };
}

/** Index of the last element whose range starts at or before `position`, or -1. */
function lastStartingAtOrBefore<T>(items: readonly T[], rangeOf: (item: T) => Range, position: Position): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (comparePositions(rangeOf(items[mid]).start, position) <= 0) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The top-level instruction whose range (continuations and heredocs included) holds `position`. */
export function instructionAt(ast: DockerfileAst, position: Position): Instruction | undefined {
  const index = lastStartingAtOrBefore(ast.instructions, (i) => i.range, position);
  const instruction = index >= 0 ? ast.instructions[index] : undefined;
  return instruction && rangeContains(instruction.range, position) ? instruction : undefined;
}

/** The last top-level instruction that starts at or before `position` (the context of a blank line). */
export function instructionBefore(ast: DockerfileAst, position: Position): Instruction | undefined {
  const index = lastStartingAtOrBefore(ast.instructions, (i) => i.range, position);
  return index >= 0 ? ast.instructions[index] : undefined;
}

/** The stage `position` is in, or undefined before the first FROM. */
export function stageAt(ast: DockerfileAst, position: Position): Stage | undefined {
  const index = lastStartingAtOrBefore(ast.stages, (s) => s.range, position);
  return index >= 0 ? ast.stages[index] : undefined;
}
