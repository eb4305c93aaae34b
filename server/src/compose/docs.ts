/**
 * Documentation of Compose keys for hovers and completion items: the
 * knowledge-base entry in the reader's language when there is one, else the
 * catalogue's own short description, so there is always something to show.
 */
import { getEntry } from '../knowledge/index';
import { englishPageLabel, renderHover, RenderOptions } from '../knowledge/render';
import { say } from '../service/localized';
import type { DocsLanguage } from '../service/settings';
import { docsUrl, KeySpec, knowledgeId, PathSegment, specAt } from './catalogue';

/**
 * Markdown for the key at `path`; `value` picks out one value's meaning (`restart: always`).
 * `extras` are what only a hover adds ("More…", the line about the notes).
 */
export function keyDocs(path: readonly PathSegment[], language: DocsLanguage, value?: string, extras: Pick<RenderOptions, 'more' | 'introduceNotes'> = {}): string | undefined {
  const entry = getEntry(knowledgeId(path));
  if (entry) return renderHover(entry, language, { value, ...extras });
  const spec = specAt(path);
  return spec && catalogueDocs(path, spec, language);
}

function catalogueDocs(path: readonly PathSegment[], spec: KeySpec, language: DocsLanguage): string {
  const key = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
  const parts = [`**${key}**`, say(language, spec)];
  if (spec.values) parts.push(spec.values.map((value) => `\`${value}\``).join(' · '));
  if (spec.deprecated) parts.push(`⚠️ ${say(language, spec.deprecated)}`);
  const lang = language === 'en' ? 'en' : 'ko';
  parts.push(`[${englishPageLabel(lang === 'en' ? 'Docker reference' : 'Docker 문서', lang)}](${docsUrl(path)})`);
  return parts.join('\n\n');
}
