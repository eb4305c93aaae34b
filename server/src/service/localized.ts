/**
 * Text the server writes in both languages, and how it is shown in the
 * reader's language. Every feature's own text goes through `say` or `inline`,
 * so Korean particles after interpolated words are resolved in one place.
 */
import { resolveParticles } from './particles';
import type { DocsLanguage } from './settings';

export interface Localized {
  readonly en: string;
  readonly ko: string;
}

/** The Korean text with its particles chosen (`EXPOSE을(를)` → `EXPOSE를`). */
export function korean(text: Localized): string {
  return resolveParticles(text.ko);
}

/** A feature's own paragraph in the reader's language (`both`: the Korean paragraph, then the English one). */
export function say(language: DocsLanguage, text: Localized): string {
  if (language === 'en') return text.en;
  return language === 'both' ? `${korean(text)}\n\n${text.en}` : korean(text);
}

/** A short label inside a line (a detail, a table cell, a heading): `both` gives `한국어 / English`. */
export function inline(language: DocsLanguage, text: Localized): string {
  if (language === 'en') return text.en;
  return language === 'both' ? `${korean(text)} / ${text.en}` : korean(text);
}
