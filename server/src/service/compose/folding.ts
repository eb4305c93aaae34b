/** Folding for Compose files: every mapping entry or list item that spans lines, and runs of comment lines. */
import { FoldingRange, FoldingRangeKind } from '../../lsp';
import { isMap, isPair, isSeq, Node } from 'yaml';
import type { ComposeDocument } from '../../compose/model';

export function composeFoldingRanges(compose: ComposeDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number) => compose.document.positionAt(offset).line;
  const add = (start: number, end: number) => {
    const startLine = lineOf(start);
    const endLine = lineOf(end);
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const value = pair.value as Node | null;
        if (value?.range && (isMap(value) || isSeq(value))) add((pair.key as Node | null)?.range?.[0] ?? value.range[0], value.range[1]);
        visit(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const range = (item as Node | null)?.range;
        if (range && (isMap(item) || isSeq(item))) add(range[0], range[1]);
        visit(item);
      }
    }
  };
  visit(compose.yaml.contents);
  ranges.push(...commentBlocks(compose.lines()));
  return ranges;
}

function commentBlocks(lines: readonly string[]): FoldingRange[] {
  const blocks: FoldingRange[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    const isComment = /^\s*#/.test(line);
    if (isComment && start < 0) start = index;
    if (!isComment && start >= 0) {
      if (index - 1 > start) blocks.push({ startLine: start, endLine: index - 1, kind: FoldingRangeKind.Comment });
      start = -1;
    }
  });
  if (start >= 0 && lines.length - 1 > start) blocks.push({ startLine: start, endLine: lines.length - 1, kind: FoldingRangeKind.Comment });
  return blocks;
}
