/**
 * The "From your notes" / "내 노트에서" block any hover appends: the best
 * excerpts of the user's notes about the first term that has any, each with
 * a link to its file and line.
 */
import type { DocsLanguage } from '../service/settings';
import type { NoteExcerpt, NotesLookup } from './index';

/** `terms` in order of preference: `['docker run']`, `['--publish', '-p']`, `['RUN']`. `undefined` when the notes say nothing. */
export function notesHoverSection(notes: NotesLookup, terms: readonly string[], language: DocsLanguage): string | undefined {
  const excerpts = terms.map((term) => notes.excerpts(term)).find((found) => found.length > 0);
  if (!excerpts) return undefined;
  const title = language === 'en' ? 'From your notes' : language === 'ko' ? '내 노트에서' : '내 노트에서 · From your notes';
  return [`**${title}**`, ...excerpts.map(formatExcerpt)].join('\n\n');
}

function formatExcerpt(excerpt: NoteExcerpt): string {
  const file = decodeURIComponent(excerpt.uri.slice(excerpt.uri.lastIndexOf('/') + 1));
  const link = `[${file}:${excerpt.line}](${excerpt.uri}#L${excerpt.line})`;
  if (excerpt.kind === 'code') {
    const longestRun = Math.max(0, ...(excerpt.excerpt.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${link}\n${fence}${excerpt.language ?? ''}\n${excerpt.excerpt}\n${fence}`;
  }
  return `${link}\n${excerpt.excerpt.split('\n').map((line) => `> ${line}`).join('\n')}`;
}
