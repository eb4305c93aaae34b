/** Semantic token deltas: the edit that turns the previous encoded token array into the next. */
import type { SemanticTokensEdit } from 'vscode-languageserver';

/**
 * One edit covering everything between the common prefix and common suffix.
 * Typing touches a few tokens, so this single edit is small in practice.
 */
export function semanticTokensEdits(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  let start = 0;
  const shorter = Math.min(previous.length, next.length);
  while (start < shorter && previous[start] === next[start]) start++;
  let previousEnd = previous.length;
  let nextEnd = next.length;
  while (previousEnd > start && nextEnd > start && previous[previousEnd - 1] === next[nextEnd - 1]) {
    previousEnd--;
    nextEnd--;
  }
  if (start === previousEnd && start === nextEnd) return [];
  return [{ start, deleteCount: previousEnd - start, data: next.slice(start, nextEnd) }];
}
