/**
 * Documentation shared by the Dockerfile features: knowledge-base entries in
 * the reader's language, with the catalogue's one-line description when an
 * entry is missing, and the features' own short texts in Korean and English.
 */
import type { MarkupContent } from 'vscode-languageserver';
import { instructionsByName } from '../../dockerfile/catalogue';
import { directiveEntry, getEntry, instructionEntry, instructionFlagEntry } from '../../knowledge/index';
import { renderFull, renderHover, RenderOptions } from '../../knowledge/render';
import type { KnowledgeEntry } from '../../knowledge/types';
import type { DocsLanguage } from '../settings';

export interface Localized {
  readonly en: string;
  readonly ko: string;
}

/** A feature's own paragraph in the reader's language (`both`: the Korean paragraph, then the English one). */
export function say(language: DocsLanguage, text: Localized): string {
  return language === 'both' ? `${text.ko}\n\n${text.en}` : text[language];
}

/** A short label inside a line (a detail, a table cell, a heading): `both` gives `한국어 / English`. */
export function inline(language: DocsLanguage, text: Localized): string {
  return language === 'both' ? `${text.ko} / ${text.en}` : text[language];
}

export function markdown(value: string): MarkupContent {
  return { kind: 'markdown', value };
}

/** The knowledge entry of the thing a feature points at; `undefined` when the base has none yet. */
export type EntryRef =
  | { readonly kind: 'instruction'; readonly name: string }
  | { readonly kind: 'flag'; readonly instruction: string; readonly flag: string; readonly value?: string }
  | { readonly kind: 'directive'; readonly name: string }
  | { readonly kind: 'concept'; readonly id: string };

export function entryOf(ref: EntryRef): KnowledgeEntry | undefined {
  switch (ref.kind) {
    case 'instruction':
      return instructionEntry(ref.name);
    case 'flag':
      return instructionFlagEntry(ref.instruction, ref.flag);
    case 'directive':
      return directiveEntry(ref.name);
    case 'concept':
      return getEntry(ref.id);
  }
}

/** Short documentation (hover, completion item) for an entry, or `fallback` in bold-title form. */
export function shortDocs(ref: EntryRef, language: DocsLanguage, fallback: { title: string; text: string } | undefined): string | undefined {
  const entry = entryOf(ref);
  const options: RenderOptions = ref.kind === 'flag' && ref.value !== undefined ? { value: ref.value } : {};
  if (entry) return renderHover(entry, language, options);
  return fallback && `**${fallback.title}**\n\n${fallback.text}`;
}

export function fullDocs(ref: EntryRef, language: DocsLanguage): { title: string; markdown: string } | undefined {
  const entry = entryOf(ref);
  return entry && { title: entry.title, markdown: renderFull(entry, language) };
}

/** The catalogue's description of an instruction, for when the knowledge base has no entry. */
export function instructionFallback(name: string): { title: string; text: string } | undefined {
  const spec = instructionsByName.get(name);
  return spec && { title: name, text: `${spec.description}\n\n\`\`\`dockerfile\n${spec.syntax.join('\n')}\n\`\`\`` };
}

export function flagFallback(instruction: string, flag: string): { title: string; text: string } | undefined {
  const spec = instructionsByName.get(instruction)?.flags.find((f) => f.name === flag);
  return spec && { title: `${instruction} --${flag}`, text: spec.description };
}
