/** Hover on a `docker` command line: the command or flag from the knowledge base, and what this use of it does. */
import type { Hover } from 'vscode-languageserver';
import { renderHover } from '../../knowledge/render';
import type { ServiceContext } from '../mode';
import type { CommandLineDocument } from './parse';
import { symbolAt } from './lookup';
import { notesSection } from './userNotes';

export function hover(parsed: CommandLineDocument, position: { line: number; character: number }, ctx: ServiceContext): Hover | null {
  const { document } = parsed;
  const symbol = symbolAt(parsed, document.offsetAt(position));
  if (!symbol) return null;
  const languages = ctx.docsLanguage === 'both' ? (['ko', 'en'] as const) : [ctx.docsLanguage];
  const blocks: string[] = [];
  if (symbol.usage) blocks.push(languages.map((lang) => symbol.usage![lang]).join('  \n'), '---');
  blocks.push(renderHover(symbol.entry, ctx.docsLanguage, { value: symbol.value }));
  const notes = notesSection(symbol, ctx);
  if (notes) blocks.push('---', notes);
  return {
    contents: { kind: 'markdown', value: blocks.join('\n\n') },
    range: { start: document.positionAt(symbol.start), end: document.positionAt(symbol.end) },
  };
}
