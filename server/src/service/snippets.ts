/**
 * The snippets of `snippets/*.json` (VS Code's snippet format, with the Korean
 * text beside the English), offered by the language server as completion
 * items, and only where they fit: each mode decides where that is. VS Code is
 * not given them directly, since it would offer them everywhere (after
 * `RUN --`, in a `restart:` value).
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupContent, Range, TextEdit } from '../lsp';
import composeSnippets from '../../../snippets/compose.json';
import dockerfileSnippets from '../../../snippets/dockerfile.json';
import { inline, type Localized, say } from './localized';
import type { DocsLanguage } from './settings';

/** One entry of a snippets file: VS Code's fields, and `ko` with the Korean name, description and comment lines. */
interface SnippetSource {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
  readonly ko: { readonly name: string; readonly description: string; readonly lines?: Readonly<Record<string, string>> };
}

export interface Snippet {
  readonly prefixes: readonly string[];
  readonly name: Localized;
  readonly description: Localized;
  /** The body's lines in English; `lines` gives the Korean for comment lines. */
  readonly body: readonly string[];
  readonly koreanLines: Readonly<Record<string, string>>;
}

function load(file: Readonly<Record<string, SnippetSource>>): readonly Snippet[] {
  return Object.entries(file).map(([name, source]) => ({
    prefixes: typeof source.prefix === 'string' ? [source.prefix] : source.prefix,
    name: { en: name, ko: source.ko.name },
    description: { en: source.description, ko: source.ko.description },
    body: typeof source.body === 'string' ? source.body.split('\n') : source.body,
    koreanLines: source.ko.lines ?? {},
  }));
}

export const dockerfileSnippetList: readonly Snippet[] = load(dockerfileSnippets);
export const composeSnippetList: readonly Snippet[] = load(composeSnippets);

/** The body in the reader's language: its comment lines translated (Korean for `both`). */
export function snippetBody(snippet: Snippet, language: DocsLanguage): string[] {
  return snippet.body.map((line) => (language === 'en' ? line : (snippet.koreanLines[line] ?? line)));
}

/** A placeholder (`${1:node}`, `${2|a,b|}`, `${3}`, `$0`) with its number and what it holds by default. */
const placeholder = /\$\{(\d+):([^{}]*)\}|\$\{(\d+)\|([^|]*)\|\}|\$\{(\d+)\}|\$(\d+)/g;

/**
 * The snippet text with the placeholders numbered in `which` (all when
 * omitted) turned into their default text: `${1:node}` → `node`, a choice →
 * its first option, a mirror → the default given elsewhere, `$0` → nothing.
 */
export function withDefaults(text: string, which?: ReadonlySet<string>): string {
  // Innermost first: `${5:curl http://localhost:${6:8080}/}` needs two rounds.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    const defaults = new Map<string, string>();
    for (const match of text.matchAll(placeholder)) {
      const index = match[1] ?? match[3];
      if (index !== undefined && !defaults.has(index)) defaults.set(index, match[2] ?? match[4].split(',')[0]);
    }
    text = text.replace(placeholder, (whole, ...groups: (string | undefined)[]) => {
      const index = groups[0] ?? groups[2] ?? groups[4] ?? groups[5]!;
      if (which && !which.has(index)) return whole;
      return defaults.get(index) ?? '';
    });
  }
  return text;
}

/** A snippet's documentation, by language and text: previews are the same from request to request. */
const documentationMemo = new Map<string, MarkupContent>();
const documentationMemoLimit = 200;

function documentation(snippet: Snippet, language: DocsLanguage, newText: string, previewLanguage: string): MarkupContent {
  const key = `${language}\u0000${previewLanguage}\u0000${newText}`;
  let docs = documentationMemo.get(key);
  if (!docs) {
    if (documentationMemo.size >= documentationMemoLimit) documentationMemo.clear();
    docs = { kind: 'markdown', value: `${say(language, snippet.description)}\n\n\`\`\`${previewLanguage}\n${withDefaults(newText).trimEnd()}\n\`\`\`` };
    documentationMemo.set(key, docs);
  }
  return docs;
}

/** A completion item for a snippet: the first prefix as label, any prefix found by typing, the body previewed with its defaults. */
export function snippetItem(
  snippet: Snippet,
  language: DocsLanguage,
  range: Range,
  newText: string,
  previewLanguage: 'dockerfile' | 'yaml',
  additionalTextEdits?: TextEdit[],
): CompletionItem {
  return {
    label: snippet.prefixes[0],
    kind: CompletionItemKind.Snippet,
    detail: inline(language, snippet.name),
    documentation: documentation(snippet, language, newText, previewLanguage),
    filterText: snippet.prefixes.join(' '),
    // After the keywords and keys they start with: typing `healthcheck` still offers HEALTHCHECK first.
    sortText: `~${snippet.prefixes[0]}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText },
    ...(additionalTextEdits?.length ? { additionalTextEdits } : {}),
  };
}
