/** Folding: stages, instructions over several lines, heredoc bodies, and blocks of comments. */
import { FoldingRange, FoldingRangeKind } from '../../lsp';
import type { Comment, DockerfileAst } from '../../dockerfile/ast';

/** The last line of a stage that is not blank, so a fold does not swallow the gap before the next FROM. */
function lastContentLine(ast: DockerfileAst, startLine: number, endLine: number): number {
  for (let line = endLine; line > startLine; line--) {
    const start = ast.lineStarts[line];
    const end = line + 1 < ast.lineStarts.length ? ast.lineStarts[line + 1] : ast.text.length;
    if (ast.text.slice(start, end).trim().length > 0) return line;
  }
  return startLine;
}

function commentBlocks(comments: readonly Comment[], into: FoldingRange[]): void {
  let blockStart = 0;
  for (let i = 1; i <= comments.length; i++) {
    const continues = i < comments.length && comments[i].range.start.line === comments[i - 1].range.start.line + 1;
    if (continues) continue;
    const first = comments[blockStart].range.start.line;
    const last = comments[i - 1].range.start.line;
    if (last > first) into.push({ startLine: first, endLine: last, kind: FoldingRangeKind.Comment });
    blockStart = i;
  }
}

export function foldingRanges(ast: DockerfileAst): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const stage of ast.stages) {
    const start = stage.range.start.line;
    const end = lastContentLine(ast, start, stage.range.end.line);
    if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  }
  for (const instruction of ast.instructions) {
    const { start, end } = instruction.range;
    if (end.line > start.line) ranges.push({ startLine: start.line, endLine: end.line });
    for (const heredoc of instruction.heredocs) {
      const bodyEnd = heredoc.terminatorRange?.start.line ?? heredoc.contentRange.end.line;
      // From the line that opens the heredoc to its terminator: folded, the `<<EOF` stays visible.
      const opener = heredoc.markerRange.start.line;
      if (bodyEnd > opener && (opener !== start.line || bodyEnd !== end.line)) ranges.push({ startLine: opener, endLine: bodyEnd });
    }
  }
  if (ast.comments.length > 0) commentBlocks(ast.comments, ranges);
  if (ast.directives.length > 1) {
    ranges.push({ startLine: ast.directives[0].range.start.line, endLine: ast.directives[ast.directives.length - 1].range.start.line, kind: FoldingRangeKind.Imports });
  }
  return ranges;
}
