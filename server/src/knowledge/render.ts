/**
 * Renders knowledge entries as Markdown in the reader's language. Every hover
 * and completion documentation of every mode goes through here.
 *
 * Hover (short, never long enough to scroll): heading, summary (or the meaning
 * of the value under the cursor), the syntax, the values by name, at most three
 * pitfalls, related concepts on one line, the Docker reference, "More…" (the
 * Explain view), and the note it comes from.
 * Full ("Dockside: Explain"): everything, details, example and all sources.
 * `both` shows Korean first, then English. Docker's pages are in English only,
 * so a link under a Korean label says so: `베이스 이미지 (영문)`.
 */
import type { DocsLanguage } from '../service/settings';
import type { ExampleLanguage, KnowledgeEntry, KnowledgeKind } from './types';
import { getEntry } from './index';
import { noteFiles } from './notes';

type Language = 'ko' | 'en';

export interface RenderOptions {
  /**
   * A value the cursor is on (`always` in `restart: always`, `cache` in
   * `--mount=type=cache`): its meaning is shown right after the summary and
   * the list of the other values is left out.
   */
  readonly value?: string;
  /** How it is written (an instruction's syntax lines, a flag's form), shown under the summary. */
  readonly syntax?: readonly string[];
  /** A link to the whole entry in the Explain view, for "More…"; none when the editor cannot follow it. */
  readonly more?: string;
  /** Say what the notes are: the first hover of a session that cites them. */
  readonly introduceNotes?: boolean;
}

/** A hover shows this many pitfalls; the rest are behind "More…". */
const hoverPitfalls = 3;

/** The notes' titles, for the "From the notes" line. */
export const noteTitles: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  [noteFiles.work]: { ko: '도커 (업무 노트)', en: 'Docker (work notes)' },
  [noteFiles.course]: { ko: 'Docker (강의 노트)', en: 'Docker (course notes)' },
  [noteFiles.commands]: { ko: '도커 주요 명령 익히기', en: 'Learning the main Docker commands' },
  [noteFiles.blog]: { ko: 'Docker(1) - 도커 개요', en: 'Docker (1): overview (blog)' },
  [noteFiles.inflearn]: { ko: 'Docker (인프런 강의 노트)', en: 'Docker (Inflearn course notes)' },
};

const kindLabels: Readonly<Record<KnowledgeKind, Readonly<Record<Language, string>>>> = {
  instruction: { ko: 'Dockerfile 명령어', en: 'Dockerfile instruction' },
  'instruction-flag': { ko: 'Dockerfile 명령어 플래그', en: 'Dockerfile instruction flag' },
  directive: { ko: 'Dockerfile 파서 지시어', en: 'Dockerfile parser directive' },
  'compose-key': { ko: 'Compose 키', en: 'Compose key' },
  'cli-command': { ko: 'docker 명령', en: 'docker command' },
  'cli-flag': { ko: 'docker 옵션', en: 'docker option' },
  concept: { ko: '개념', en: 'Concept' },
};

const labels = {
  pitfalls: { ko: '주의', en: 'Pitfalls' },
  example: { ko: '예시', en: 'Example' },
  values: { ko: '값', en: 'Values' },
  value: { ko: '값', en: 'Value' },
  meaning: { ko: '의미', en: 'Meaning' },
  related: { ko: '관련 개념', en: 'Related concepts' },
  seeAlso: { ko: '관련', en: 'See also' },
  sources: { ko: '출처', en: 'Sources' },
  reference: { ko: 'Docker 문서', en: 'Docker reference' },
  fromNotes: { ko: '노트', en: 'From the notes' },
  more: { ko: '더 보기… (노트로 설명 보기)', en: 'More… (Explain with the Notes)' },
  aboutNotes: { ko: '노트: Dockside에 함께 들어 있는 한국어 도커 학습 노트 다섯 편', en: 'The notes: five Korean Docker study notes bundled with Dockside' },
} as const;

/** The label of a link to a page that exists only in English (all of Docker's docs): `Docker 문서 (영문)`. */
export function englishPageLabel(label: string, language: Language): string {
  return language === 'ko' ? `${label} (영문)` : label;
}

/** `[더 보기… (노트로 설명 보기)](…)`: "More…", to the Explain view. */
export function moreLink(target: string, language: Language): string {
  return `[${labels.more[language]}](${target})`;
}

/** `[Docker 문서 (영문)](…)`: the entry's page in Docker's reference. */
export function referenceLink(entry: KnowledgeEntry, language: Language): string {
  return `[${englishPageLabel(labels.reference[language], language)}](${entry.reference})`;
}

/** The short form for hovers and completion items. */
export function renderHover(entry: KnowledgeEntry, language: DocsLanguage, options: RenderOptions = {}): string {
  const languages = languagesOf(language);
  const lang = languages[0];
  const value = options.value === undefined ? undefined : findValue(entry, options.value);
  const blocks = [heading(entry, languages, '')];
  for (const each of languages) {
    blocks.push(entry[each].summary);
    if (value) blocks.push(`\`${value.name}\`: ${value.meaning[each]}`);
  }
  if (options.syntax?.length) blocks.push(fenced(options.syntax.join('\n'), exampleLanguageOf(entry)));
  if (entry.values && !value) blocks.push(`${labels.values[lang]}: ${Object.keys(entry.values).map((name) => `\`${name}\``).join(' · ')}`);
  if (entry.pitfalls?.length) for (const each of languages) blocks.push(pitfallList(entry, each, hoverPitfalls));
  const related = relatedEntries(entry);
  if (related.length) {
    blocks.push(`${labels.seeAlso[lang]}: ${related.map((other) => `[${englishPageLabel(titleOf(other, lang), lang)}](${other.reference})`).join(' · ')}`);
  }
  blocks.push(footer(entry, lang, options));
  return blocks.join('\n\n');
}

/** The long form for "Dockside: Explain": every part of the entry. */
export function renderFull(entry: KnowledgeEntry, language: DocsLanguage): string {
  const languages = languagesOf(language);
  const both = (pick: (lang: Language) => string): string => languages.map(pick).join(' / ');
  const blocks = [heading(entry, languages, '# ')];
  for (const lang of languages) blocks.push(`**${entry[lang].summary}**`, entry[lang].details);
  if (entry.example) {
    blocks.push(`## ${both((lang) => labels.example[lang])}`, fenced(entry.example, exampleLanguageOf(entry)));
  }
  if (entry.pitfalls?.length) {
    blocks.push(`## ⚠️ ${both((lang) => labels.pitfalls[lang])}`);
    blocks.push(entry.pitfalls.map((pitfall) => `- ${languages.map((lang) => pitfall[lang]).join('\n\n  ')}`).join('\n'));
  }
  if (entry.values) blocks.push(`## ${both((lang) => labels.values[lang])}`, valuesTable(entry, languages));
  const related = relatedEntries(entry);
  if (related.length) {
    blocks.push(`## ${both((lang) => labels.related[lang])}`);
    blocks.push(
      related
        .map((other) => `- [${both((lang) => englishPageLabel(titleOf(other, lang), lang))}](${other.reference}): ${other[languages[0]].summary}`)
        .join('\n'),
    );
  }
  blocks.push(`## ${both((lang) => labels.sources[lang])}`);
  blocks.push(
    [
      ...entry.sources.map((source) => `- ${both((lang) => sourceText(source.note, source.section, lang))}`),
      `- [${both((lang) => englishPageLabel(labels.reference[lang], lang))}](${entry.reference})`,
    ].join('\n'),
  );
  return blocks.join('\n\n');
}

/** The heading the entry is shown under, in one language (concepts have localized titles). */
export function titleOf(entry: KnowledgeEntry, language: Language): string {
  return entry.localizedTitle?.[language] ?? entry.title;
}

function languagesOf(language: DocsLanguage): Language[] {
  return language === 'both' ? ['ko', 'en'] : [language];
}

function heading(entry: KnowledgeEntry, languages: readonly Language[], prefix: string): string {
  const titles = [...new Set(languages.map((lang) => titleOf(entry, lang)))];
  const title = entry.kind === 'concept' ? titles.join(' / ') : `\`${entry.title}\``;
  const kind = languages.map((lang) => kindLabels[entry.kind][lang]).join(' · ');
  return prefix ? `${prefix}${title}\n\n_${kind}_` : `**${title}** — _${kind}_`;
}

function pitfallList(entry: KnowledgeEntry, lang: Language, most = Infinity): string {
  const items = (entry.pitfalls ?? []).slice(0, most).map((pitfall) => `- ${pitfall[lang]}`);
  return [`**⚠️ ${labels.pitfalls[lang]}**`, '', ...items].join('\n');
}

function valuesTable(entry: KnowledgeEntry, languages: readonly Language[]): string {
  const header = `| ${languages.map((lang) => labels.value[lang]).join(' / ')} | ${languages.map((lang) => labels.meaning[lang]).join(' | ')} |`;
  const rule = `|---|${languages.map(() => '---').join('|')}|`;
  const rows = Object.entries(entry.values ?? {}).map(
    ([name, meaning]) => `| \`${tableCell(name)}\` | ${languages.map((lang) => tableCell(meaning[lang])).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

/** The reference and "More…" on one line; under them the note it comes from, and, once, what the notes are. */
function footer(entry: KnowledgeEntry, lang: Language, options: RenderOptions): string {
  const links = [referenceLink(entry, lang)];
  if (options.more) links.push(moreLink(options.more, lang));
  const source = entry.sources[0];
  const lines = [links.join(' · ')];
  if (source) lines.push(sourceText(source.note, source.section, lang));
  if (source && options.introduceNotes) lines.push(`_${labels.aboutNotes[lang]}_`);
  return lines.join('  \n');
}

function sourceText(note: string, section: string, lang: Language): string {
  return `${labels.fromNotes[lang]}: ${noteTitles[note]?.[lang] ?? note} › ${section}`;
}

function findValue(entry: KnowledgeEntry, value: string): { name: string; meaning: { ko: string; en: string } } | undefined {
  const values = entry.values ?? {};
  const name = Object.keys(values).find((key) => key === value) ?? Object.keys(values).find((key) => key.toLowerCase() === value.toLowerCase());
  return name === undefined ? undefined : { name, meaning: values[name] };
}

function relatedEntries(entry: KnowledgeEntry): KnowledgeEntry[] {
  return (entry.related ?? []).map((id) => getEntry(id)).filter((other): other is KnowledgeEntry => other !== undefined);
}

/** A fence longer than any backtick run inside the code, so the example can never close it early. */
function fenced(code: string, language: ExampleLanguage): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

function exampleLanguageOf(entry: KnowledgeEntry): ExampleLanguage {
  if (entry.exampleLanguage) return entry.exampleLanguage;
  switch (entry.kind) {
    case 'instruction':
    case 'instruction-flag':
    case 'directive':
      return 'dockerfile';
    case 'compose-key':
      return 'yaml';
    case 'cli-command':
    case 'cli-flag':
      return 'shell';
    case 'concept':
      if (/^(?:# syntax=|FROM\s)/im.test(entry.example ?? '')) return 'dockerfile';
      if (/^\s*(?:services|volumes|networks):\s*$/m.test(entry.example ?? '')) return 'yaml';
      return 'shell';
  }
}

/** Table cells can't hold raw pipes or line breaks. */
function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
