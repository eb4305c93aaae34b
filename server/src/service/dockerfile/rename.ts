/** Rename a stage name, an ARG/ENV variable or a heredoc delimiter everywhere it is the same symbol. */
import { Position, Range, TextEdit, WorkspaceEdit } from '../../lsp';
import type { DockerfileAst } from '../../dockerfile/ast';
import { symbolAt } from './declarations';

/** What Docker accepts for each kind of name; a rename to anything else would break the build. */
const validNames = {
  variable: /^[A-Za-z_][A-Za-z0-9_]*$/,
  stage: /^[A-Za-z][A-Za-z0-9_.-]*$/,
  heredoc: /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/,
} as const;

export function prepareRename(ast: DockerfileAst, position: Position): Range | null {
  return symbolAt(ast, position)?.at ?? null;
}

export function rename(ast: DockerfileAst, position: Position, newName: string): WorkspaceEdit | null {
  const symbol = symbolAt(ast, position);
  if (!symbol || !validNames[symbol.kind].test(newName)) return null;
  const edits = [...symbol.declarations, ...symbol.references].map((range) => TextEdit.replace(range, newName));
  return { changes: { [ast.uri]: edits } };
}
