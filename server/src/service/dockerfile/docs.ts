/**
 * Documentation shared by the Dockerfile features: knowledge-base entries in
 * the reader's language, with the catalogue's one-line description when an
 * entry is missing, and the features' own short texts in Korean and English.
 */
import type { MarkupContent } from 'vscode-languageserver';
import { FlagSpec, instructionsByName, mountTypes, parserDirectives } from '../../dockerfile/catalogue';
import { directiveEntry, getEntry, instructionEntry, instructionFlagEntry } from '../../knowledge/index';
import { renderFull, renderHover, RenderOptions } from '../../knowledge/render';
import type { KnowledgeEntry } from '../../knowledge/types';
import { say, type Localized } from '../localized';
import type { DocsLanguage } from '../settings';

export { inline, say, type Localized } from '../localized';

/** An image size as the explorer and `docker images` round it: `12.3 MB`, `456 MB`. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes >= 10_000_000 ? 0 : 1)} MB`;
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

/** What a hover adds to an entry: "More…" and, once, what the notes are. Completion items add neither. */
export type HoverExtras = Pick<RenderOptions, 'more' | 'introduceNotes'>;

/** Short documentation (hover, completion item) for what `ref` points at; the catalogue's own line when the base has no entry. */
export function shortDocs(ref: EntryRef, language: DocsLanguage, extras: HoverExtras = {}): string | undefined {
  const entry = entryOf(ref);
  const syntax = syntaxOf(ref, language);
  if (entry) return renderHover(entry, language, { value: ref.kind === 'flag' ? ref.value : undefined, syntax, ...extras });
  const fallback = catalogueText(ref);
  return fallback && [`**${fallback.title}**`, say(language, fallback.text), ...(syntax ? [`\`\`\`dockerfile\n${syntax.join('\n')}\n\`\`\``] : [])].join('\n\n');
}

export function fullDocs(ref: EntryRef, language: DocsLanguage): { title: string; markdown: string } | undefined {
  const entry = entryOf(ref);
  return entry && { title: entry.title, markdown: renderFull(entry, language) };
}

/** The catalogue's own description, for what the knowledge base has no entry on. */
function catalogueText(ref: EntryRef): { title: string; text: Localized } | undefined {
  switch (ref.kind) {
    case 'instruction': {
      const spec = instructionsByName.get(ref.name);
      return spec && { title: ref.name, text: spec.description };
    }
    case 'flag': {
      const spec = flagSpec(ref.instruction, ref.flag);
      return spec && { title: `${ref.instruction} --${ref.flag}`, text: spec.description };
    }
    case 'directive': {
      const directive = parserDirectives.find((d) => d.name === ref.name);
      return directive && { title: directive.name, text: directive.description };
    }
    default:
      return undefined;
  }
}

function flagSpec(instruction: string, flag: string): FlagSpec | undefined {
  return instructionsByName.get(instruction)?.flags.find((f) => f.name === flag);
}

/** How it is written: an instruction's syntax lines, a flag's `--name=<value>`, a directive's example. */
function syntaxOf(ref: EntryRef, language: DocsLanguage): string[] | undefined {
  switch (ref.kind) {
    case 'instruction':
      return instructionsByName.get(ref.name)?.syntax.map((syntax) => localizedSyntax(syntax, language));
    case 'flag': {
      const spec = flagSpec(ref.instruction, ref.flag);
      return spec && [flagSyntax(spec, language)];
    }
    case 'directive': {
      const directive = parserDirectives.find((d) => d.name === ref.name);
      return directive && [directive.example];
    }
    default:
      return undefined;
  }
}

/** The words Docker's syntax lines use as placeholders, in Korean. */
const placeholders: Readonly<Record<string, string>> = {
  name: '이름', 'default value': '기본값', src: '원본', dest: '대상', image: '이미지', tag: '태그', digest: '다이제스트',
  platform: '플랫폼', key: '키', value: '값', port: '포트', protocol: '프로토콜', user: '사용자', group: '그룹',
  command: '명령', INSTRUCTION: '명령어', executable: '실행 파일', param1: '인자1', param2: '인자2', parameters: '인자',
  OPTIONS: '옵션', signal: '시그널', type: '타입', duration: '시간', number: '정수', permissions: '권한', stage: '스테이지', pattern: '패턴',
};

/**
 * A syntax line with its placeholders in the reader's language (Korean for
 * `both`: one line, not two): `ARG <name>[=<default value>]` → `ARG <이름>[=<기본값>]`.
 * Keywords and flag names stay as Docker writes them.
 */
export function localizedSyntax(syntax: string, language: DocsLanguage): string {
  if (language === 'en') return syntax;
  return syntax.replace(/<([^<>|]+)>|"([A-Za-z]+\d?)"|\b(OPTIONS|command|param[12]|signal)\b/g, (whole, angled?: string, quoted?: string, bare?: string) => {
    const word = angled ?? quoted ?? bare!;
    const korean = placeholders[word];
    if (korean === undefined) return whole;
    return angled !== undefined ? `<${korean}>` : quoted !== undefined ? `"${korean}"` : korean;
  });
}

/** `--network=<default|none|host>`, `--link`, `--interval=<duration>`. */
function flagSyntax(spec: FlagSpec, language: DocsLanguage): string {
  const placeholder = ({ duration: 'duration', integer: 'number', chmod: 'permissions', stage: 'stage', pattern: 'pattern', platform: 'platform' } as Partial<Record<FlagSpec['kind'], string>>)[spec.kind] ?? 'value';
  const form = (() => {
    switch (spec.kind) {
      case 'boolean':
        return `--${spec.name}`;
      case 'enum':
        return `--${spec.name}=<${spec.values?.join('|')}>`;
      case 'mount':
        return `--mount=type=<${mountTypes.map((type) => type.type).join('|')}>[,<key>=<value>...]`;
      case 'chown':
        return `--chown=<user>[:<group>]`;
      case 'checksum':
        return `--checksum=sha256:<digest>`;
      default:
        return `--${spec.name}=<${placeholder}>`;
    }
  })();
  return localizedSyntax(form, language);
}
