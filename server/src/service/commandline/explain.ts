/** "Dockside: Explain" on a `docker` command line: the full entry of the command or flag under the cursor. */
import { renderFull, titleOf } from '../../knowledge/render';
import type { ServiceContext } from '../mode';
import type { CommandLineDocument } from './parse';
import { symbolAt } from './lookup';

export function explain(
  parsed: CommandLineDocument,
  position: { line: number; character: number },
  ctx: ServiceContext,
): { title: string; markdown: string } | null {
  const symbol = symbolAt(parsed, parsed.document.offsetAt(position));
  if (!symbol) return null;
  return { title: titleOf(symbol.entry, ctx.docsLanguage === 'en' ? 'en' : 'ko'), markdown: renderFull(symbol.entry, ctx.docsLanguage) };
}
