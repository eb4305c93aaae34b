/** Document highlight: the symbol under the cursor wherever it occurs, declarations marked as writes. */
import { DocumentHighlight, DocumentHighlightKind, Position } from '../../lsp';
import type { DockerfileAst } from '../../dockerfile/ast';
import { symbolAt } from './declarations';

export function documentHighlights(ast: DockerfileAst, position: Position): DocumentHighlight[] {
  const symbol = symbolAt(ast, position);
  if (!symbol) return [];
  return [
    ...symbol.declarations.map((range) => ({ range, kind: DocumentHighlightKind.Write })),
    ...symbol.references.map((range) => ({ range, kind: DocumentHighlightKind.Read })),
  ];
}
