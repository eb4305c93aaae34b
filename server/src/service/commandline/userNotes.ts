/** The "From your notes" part of a command-line hover: the user's own notes about the command or flag. */
import { configureNotes, notesExcerpts, NoteExcerpt } from '../../notes/index';
import type { ServiceContext } from '../mode';
import type { CommandLineSymbol } from './lookup';

export function notesSection(symbol: CommandLineSymbol, ctx: ServiceContext): string | undefined {
  if (ctx.settings.notes.folders.length === 0) return undefined;
  configureNotes(ctx.settings.notes.folders);
  const excerpts = termsFor(symbol).map((term) => notesExcerpts(term)).find((found) => found.length > 0) ?? [];
  if (excerpts.length === 0) return undefined;
  const title = ctx.docsLanguage === 'en' ? 'From your notes' : ctx.docsLanguage === 'ko' ? '내 노트에서' : '내 노트에서 · From your notes';
  return [`**${title}**`, ...excerpts.map(formatExcerpt)].join('\n\n');
}

/** A command is searched by its name; a flag by its long form, then its short one. */
function termsFor(symbol: CommandLineSymbol): string[] {
  const { entry } = symbol;
  if (entry.kind === 'cli-flag') return [entry.title.split(', ').pop()!, ...(entry.aliases ?? [])];
  return [entry.title, ...(entry.aliases ?? [])];
}

export function formatExcerpt(excerpt: NoteExcerpt): string {
  const file = decodeURIComponent(excerpt.uri.slice(excerpt.uri.lastIndexOf('/') + 1));
  const link = `[${file}:${excerpt.line}](${excerpt.uri}#L${excerpt.line})`;
  if (excerpt.kind === 'code') {
    const longestRun = Math.max(0, ...(excerpt.excerpt.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${link}\n${fence}${excerpt.language ?? ''}\n${excerpt.excerpt}\n${fence}`;
  }
  return `${link}\n${excerpt.excerpt.split('\n').map((line) => `> ${line}`).join('\n')}`;
}
