/** Find all references: every declaration and use of a stage name, ARG/ENV variable or heredoc delimiter. */
import type { Location, Position } from 'vscode-languageserver';
import type { DockerfileAst } from '../../dockerfile/ast';
import { comparePositions } from '../../dockerfile/positions';
import { symbolAt } from './declarations';

export function references(ast: DockerfileAst, position: Position, includeDeclaration: boolean): Location[] {
  const symbol = symbolAt(ast, position);
  if (!symbol) return [];
  const ranges = includeDeclaration ? [...symbol.declarations, ...symbol.references] : [...symbol.references];
  return ranges.sort((a, b) => comparePositions(a.start, b.start)).map((range) => ({ uri: ast.uri, range }));
}
