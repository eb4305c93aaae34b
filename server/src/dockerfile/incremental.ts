/**
 * Incremental re-parsing: after an edit that kept the line count, only the lines around it are
 * read again; the instructions before it, and those after it once the parse is back in step, are
 * the previous parse's own (their positions have not moved).
 */
import type { DockerfileAst, Instruction } from './ast';
import { lineOf } from './logicalLines';

/**
 * The first line of the few instructions whose keyword is not on it (a line of only `\` before
 * the keyword): where an incremental parse must restart or take over such an instruction.
 */
const physicalFirstLines = new WeakMap<Instruction, number>();

export function setFirstLine(instruction: Instruction, line: number): void {
  physicalFirstLines.set(instruction, line);
}

export function firstLineOf(instruction: Instruction): number {
  return physicalFirstLines.get(instruction) ?? instruction.range.start.line;
}

export interface IncrementalPlan {
  /** How many of the previous parse's instructions are taken over as they are. */
  readonly reused: number;
  /** Where reading starts again. */
  readonly resumeLine: number;
  /** Past this line the previous parse's instructions may be taken over again. */
  readonly lastChangedLine: number;
}

/**
 * Where an incremental parse restarts: one instruction before the first one the edit may touch
 * (an instruction left open by a continuation reaches into the lines after it), and only when
 * the edit kept the line count and lies past the first instruction (so past the directives).
 */
export function incrementalPlan(previous: DockerfileAst, text: string, lineStarts: readonly number[]): IncrementalPlan | undefined {
  if (previous.lineStarts.length !== lineStarts.length) return undefined;
  const before = previous.text;
  const shorter = Math.min(before.length, text.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const firstChangedLine = lineOf(lineStarts, prefix);
  const lastChangedLine = Math.max(lineOf(lineStarts, text.length - suffix), lineOf(previous.lineStarts, before.length - suffix));
  const instructions = previous.instructions;
  // The first instruction that ends on or after the line before the edit (end lines only grow).
  let low = 0;
  let high = instructions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (instructions[mid].range.end.line >= firstChangedLine - 1) high = mid;
    else low = mid + 1;
  }
  const reused = low - 1;
  if (reused < 1) return undefined;
  return { reused, resumeLine: firstLineOf(instructions[reused]), lastChangedLine };
}

/** The index of the previous parse's instruction that starts on `line`, or -1. */
export function instructionStartingOn(previous: DockerfileAst, line: number): number {
  const instructions = previous.instructions;
  let low = 0;
  let high = instructions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = firstLineOf(instructions[mid]);
    if (start === line) return mid;
    if (start < line) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
