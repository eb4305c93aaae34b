/** Go to definition: a stage name to its `AS`, a variable to its ARG/ENV, a heredoc terminator to its `<<EOF`. */
import type { Definition, Position } from 'vscode-languageserver';
import type { DockerfileAst } from '../../dockerfile/ast';
import { comparePositions } from '../../dockerfile/positions';
import { symbolAt } from './declarations';

export function definition(ast: DockerfileAst, position: Position): Definition | null {
  const symbol = symbolAt(ast, position);
  if (!symbol || symbol.declarations.length === 0) return null;
  // A variable is defined by the last declaration before its use (a redefinition shadows the first).
  const earlier = symbol.declarations.filter((range) => comparePositions(range.start, symbol.at.start) <= 0);
  const target = symbol.kind === 'variable' && earlier.length > 0 ? earlier[earlier.length - 1] : symbol.declarations[0];
  return { uri: ast.uri, range: target };
}
