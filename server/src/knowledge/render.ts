/**
 * Renders knowledge entries as Markdown in the reader's language. Every hover
 * and completion documentation of every mode goes through here.
 */
import type { DocsLanguage } from '../service/settings';
import type { KnowledgeEntry } from './types';

/** The short form for hovers and completion items: summary, details, pitfalls, reference link. */
export function renderHover(entry: KnowledgeEntry, language: DocsLanguage): string {
  const languages: ('ko' | 'en')[] = language === 'both' ? ['ko', 'en'] : [language];
  const parts = [`**${entry.title}**`];
  for (const lang of languages) {
    parts.push(`${entry[lang].summary}\n\n${entry[lang].details}`);
    for (const pitfall of entry.pitfalls ?? []) parts.push(`⚠️ ${pitfall[lang]}`);
  }
  parts.push(`[${languages[0] === 'ko' ? 'Docker 문서' : 'Docker reference'}](${entry.reference})`);
  return parts.join('\n\n');
}

/** The long form for "Dockside: Explain": everything in the entry, example included. */
export function renderFull(entry: KnowledgeEntry, language: DocsLanguage): string {
  const example = entry.example ? `\n\n\`\`\`\n${entry.example}\n\`\`\`` : '';
  return renderHover(entry, language) + example;
}
