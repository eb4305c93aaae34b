/**
 * Hover on a `docker` command line: the command or flag from the knowledge
 * base, and what this use of it does. One-letter flags written together
 * (`-it`, `-dp 80:80`) are explained one by one.
 */
import type { Hover } from 'vscode-languageserver';
import { moreLink, referenceLink, renderHover } from '../../knowledge/render';
import { korean, type Localized } from '../localized';
import type { ServiceContext } from '../mode';
import { hoverExtras } from '../session';
import type { DocsLanguage } from '../settings';
import type { CommandLineDocument } from './parse';
import { ClusterFlag, symbolAt } from './lookup';
import { notesSection } from './userNotes';

export function hover(parsed: CommandLineDocument, position: { line: number; character: number }, ctx: ServiceContext): Hover | null {
  const { document } = parsed;
  const symbol = symbolAt(parsed, document.offsetAt(position));
  if (!symbol) return null;
  const language = ctx.docsLanguage;
  const blocks: string[] = [];
  if (symbol.cluster) {
    const more = (flag: ClusterFlag) => ctx.session?.explainLink(document.uri, document.positionAt(flag.start));
    blocks.push(clusterHover(document.getText().slice(symbol.start, symbol.end), symbol.cluster, language, more));
  } else {
    if (symbol.usage) blocks.push(lines(symbol.usage, language), '---');
    blocks.push(renderHover(symbol.entry, language, { value: symbol.value, ...hoverExtras(ctx, document.uri, position) }));
  }
  const notes = notesSection(symbol, ctx);
  if (notes) blocks.push('---', notes);
  return {
    contents: { kind: 'markdown', value: blocks.join('\n\n') },
    range: { start: document.positionAt(symbol.start), end: document.positionAt(symbol.end) },
  };
}

/** A text in the reader's language, Korean above English for `both`. */
function lines(text: Localized, language: DocsLanguage): string {
  if (language === 'en') return text.en;
  return language === 'both' ? `${korean(text)}  \n${text.en}` : korean(text);
}

/**
 * `-dp`: "-d and -p, written together", then each flag's summary, the value
 * spelled out for the one that takes it, and its links ("More…" where `more` gives one).
 */
function clusterHover(written: string, flags: readonly ClusterFlag[], language: DocsLanguage, more: (flag: ClusterFlag) => string | undefined): string {
  const names = flags.map((flag) => `\`${flag.written}\``);
  const intro: Localized = {
    en: `One-letter flags written together: ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}.`,
    ko: `한 글자 옵션 ${names.slice(0, -1).join(', ')}과(와) ${names[names.length - 1]}을(를) 붙여 쓴 것입니다.`,
  };
  const lang = language === 'en' ? 'en' : 'ko';
  const explained = flags.map((flag) => {
    if (!flag.entry) return `**\`${flag.written}\`** — ${lines({ en: 'not a flag of this command', ko: '이 명령에 없는 옵션' }, language)}`;
    const summary = language === 'both' ? `${flag.entry.ko.summary} ${flag.entry.en.summary}` : flag.entry[lang].summary;
    const target = more(flag);
    const links = [referenceLink(flag.entry, lang), ...(target ? [moreLink(target, lang)] : [])].join(' · ');
    return [`**\`${flag.entry.title}\`** — ${summary}`, ...(flag.usage ? [lines(flag.usage, language)] : []), links].join('  \n');
  });
  return [`**\`${written}\`** — ${lines(intro, language)}`, ...explained].join('\n\n');
}
