/**
 * Compose snippets where they fit. Each snippet is a whole file (`services:`
 * plus the volumes, networks and secrets it declares), so:
 *
 * - at a top-level key, it is offered whole when the file has none of its
 *   top-level keys yet (a second `services:` would be a duplicate key);
 * - at a service's name under `services:`, its services are inserted at the
 *   cursor, and the sections they need are merged into the file's own (or
 *   added at its end) as extra edits. The names those sections share with the
 *   services are written out rather than left as tab stops, since an extra edit
 *   cannot follow what is typed into one.
 */
import type { CompletionItem, Range, TextEdit } from 'vscode-languageserver';
import { ComposeDocument, getValue, topLevel } from '../../compose/model';
import type { ServiceContext } from '../mode';
import { composeSnippetList, Snippet, snippetBody, snippetItem, withDefaults } from '../snippets';

/** Where compose completion is: a key of the mapping at `path`, at `column`, on a list item or not. */
export interface KeyPlace {
  readonly path: readonly (string | number)[];
  readonly column: number;
  readonly listItem: boolean;
}

interface Section {
  readonly key: string;
  /** The lines under the key, indented as in the snippet (two spaces a level). */
  readonly lines: readonly string[];
}

export function composeSnippetItems(compose: ComposeDocument, place: KeyPlace, range: Range, unit: string, ctx: ServiceContext): CompletionItem[] {
  if (place.listItem) return [];
  const atTop = place.path.length === 0 && place.column === 0;
  const atService = place.path.length === 1 && place.path[0] === 'services';
  if (!atTop && !atService) return [];
  const items: CompletionItem[] = [];
  for (const snippet of composeSnippetList) {
    const sections = sectionsOf(snippetBody(snippet, ctx.docsLanguage));
    if (atTop) {
      if (sections.some((section) => hasTopLevel(compose, section.key))) continue;
      items.push(item(snippet, ctx, range, `${sections.map((section) => sectionText(section, unit)).join('\n\n')}\n$0`));
    } else {
      const services = sections.find((section) => section.key === 'services');
      if (services) items.push(serviceItem(compose, snippet, services, sections, place.column, range, unit, ctx));
    }
  }
  return items;
}

function serviceItem(
  compose: ComposeDocument,
  snippet: Snippet,
  services: Section,
  sections: readonly Section[],
  column: number,
  range: Range,
  unit: string,
  ctx: ServiceContext,
): CompletionItem {
  const others = sections.filter((section) => section !== services);
  // With nothing after the cursor, new sections go right after the services, in the snippet itself.
  const nothingAfter = compose.document.getText().slice(compose.document.offsetAt(range.end)).trim() === '';
  const appended = nothingAfter ? others.filter((section) => !hasTopLevel(compose, section.key)) : [];
  const merged = others.filter((section) => !appended.includes(section));
  const shared = new Set(merged.flatMap((section) => [...section.lines.join('\n').matchAll(/\$\{?(\d+)/g)].map((match) => match[1])));
  const indent = ' '.repeat(column);
  const body = services.lines
    .map((line) => reindent(line.replace(/^ {2}/, ''), unit, indent))
    .map((line, index) => (index === 0 ? line.trimStart() : line))
    .join('\n');
  const after = appended.map((section) => `\n\n${sectionText(section, unit)}`).join('');
  const edits = merged.flatMap((section) => sectionEdits(compose, section, unit));
  return item(snippet, ctx, range, withDefaults(`${body.trimEnd()}\n${indent}$0${after}`, shared), edits);
}

function item(snippet: Snippet, ctx: ServiceContext, range: Range, newText: string, edits?: TextEdit[]): CompletionItem {
  return snippetItem(snippet, ctx.docsLanguage, range, newText, 'yaml', edits);
}

/** The snippet's top-level keys with the lines under each; `$0` and blank lines at the ends left out. */
function sectionsOf(body: readonly string[]): Section[] {
  const sections: { key: string; lines: string[] }[] = [];
  for (const line of body) {
    const key = /^([A-Za-z_][\w-]*):\s*$/.exec(line);
    if (key) sections.push({ key: key[1], lines: [] });
    else if (sections.length > 0 && line.trim() !== '$0') sections[sections.length - 1].lines.push(line);
  }
  for (const section of sections) while (section.lines.length > 0 && section.lines[section.lines.length - 1].trim() === '') section.lines.pop();
  return sections;
}

function sectionText(section: Section, unit: string): string {
  return [`${section.key}:`, ...section.lines].map((line) => reindent(line, unit, '')).join('\n');
}

function hasTopLevel(compose: ComposeDocument, key: string): boolean {
  return getValue(compose, compose.yaml.contents, key) !== undefined;
}

/** A snippet line (two spaces a level) in the file's own indentation, after `prefix`. */
function reindent(line: string, unit: string, prefix: string): string {
  if (line.trim() === '') return '';
  const depth = Math.floor(/^ */.exec(line)![0].length / 2);
  return prefix + unit.repeat(depth) + line.trimStart();
}

/**
 * The edits that give the file a section's entries: under its own key when it
 * has one (entries it already has are left out), or as a new section at the end.
 */
function sectionEdits(compose: ComposeDocument, section: Section, unit: string): TextEdit[] {
  const lines = compose.lines();
  const eol = compose.document.getText().includes('\r\n') ? '\r\n' : '\n';
  const text = (entryLines: readonly string[]) => withDefaults(entryLines.map((line) => reindent(line, unit, '')).join(eol));
  const existing = topLevel(compose, section.key);
  const keyLine = lines.findIndex((line) => new RegExp(`^${section.key}\\s*:`).test(line));
  if (keyLine < 0) {
    const last = lines.length - 1;
    const end = { line: last, character: lines[last].length };
    const separator = lines[last].trim() === '' ? eol : eol + eol;
    return [{ range: { start: end, end }, newText: `${separator}${section.key}:${eol}${text(section.lines)}${eol}` }];
  }
  const entries = entriesOf(section.lines).filter((entry) => getValue(compose, existing, withDefaults(entry.name)) === undefined);
  if (entries.length === 0) return [];
  let last = keyLine;
  for (let index = keyLine + 1; index < lines.length && !/^[^\s#]/.test(lines[index]); index++) if (lines[index].trim() !== '') last = index;
  const end = { line: last, character: lines[last].length };
  return [{ range: { start: end, end }, newText: eol + text(entries.flatMap((entry) => entry.lines)) }];
}

/** A section's entries: a name at the first level and the lines under it. */
function entriesOf(lines: readonly string[]): { name: string; lines: string[] }[] {
  const entries: { name: string; lines: string[] }[] = [];
  for (const line of lines) {
    const name = /^ {2}([^\s:][^:]*):/.exec(line);
    if (name) entries.push({ name: name[1], lines: [line] });
    else if (entries.length > 0 && line.trim() !== '') entries[entries.length - 1].lines.push(line);
  }
  return entries;
}
