/** "Dockside: Explain": the whole knowledge-base entry for the instruction, flag, directive or `AS` at a position. */
import type { Position } from 'vscode-languageserver';
import type { DockerfileAst } from '../../dockerfile/ast';
import type { ServiceContext } from '../mode';
import { fullDocs } from './docs';
import { docTargetAt } from './docTargets';

export function explain(ast: DockerfileAst, position: Position, ctx: ServiceContext): { title: string; markdown: string } | null {
  const target = docTargetAt(ast, position);
  if (target?.kind !== 'entry') return null;
  // A flag value (`type=cache`) explains its flag as a whole.
  const ref = target.ref.kind === 'flag' ? { ...target.ref, value: undefined } : target.ref;
  return fullDocs(ref, ctx.docsLanguage) ?? null;
}
