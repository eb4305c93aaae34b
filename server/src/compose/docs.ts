/**
 * Documentation of Compose keys for hovers and completion items: the
 * knowledge-base entry in the reader's language when there is one, else the
 * catalogue's own short description, so there is always something to show.
 */
import { getEntry } from '../knowledge/index';
import { renderHover } from '../knowledge/render';
import type { DocsLanguage } from '../service/settings';
import { docsUrl, KeySpec, knowledgeId, PathSegment, specAt } from './catalogue';

export interface Localized {
  readonly en: string;
  readonly ko: string;
}

/** A feature's own text in the reader's language (`both`: Korean, then English). */
export function say(language: DocsLanguage, text: Localized): string {
  return language === 'both' ? `${text.ko}\n\n${text.en}` : text[language];
}

/** Markdown for the key at `path`; `value` picks out one value's meaning (`restart: always`). */
export function keyDocs(path: readonly PathSegment[], language: DocsLanguage, value?: string): string | undefined {
  const entry = getEntry(knowledgeId(path));
  if (entry) return renderHover(entry, language, value === undefined ? {} : { value });
  const spec = specAt(path);
  return spec && catalogueDocs(path, spec, language);
}

function catalogueDocs(path: readonly PathSegment[], spec: KeySpec, language: DocsLanguage): string {
  const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
  const parts = [`**${key}**`, say(language, spec)];
  if (spec.values) parts.push(spec.values.map((value) => `\`${value}\``).join(' · '));
  if (spec.deprecated) parts.push(`⚠️ ${spec.deprecated}`);
  parts.push(`[${language === 'en' ? 'Docker reference' : 'Docker 문서'}](${docsUrl(path)})`);
  return parts.join('\n\n');
}
