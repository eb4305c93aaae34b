/**
 * Text edits the Compose quick fixes share: declare a name in a top-level
 * section, nest a block under a key, put "CMD" in front of a healthcheck
 * test, remove a key with its value, and write text in a scalar's own quoting.
 */
import type { Range, TextEdit } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, Node, Pair } from 'yaml';
import { ComposeDocument, contentEnd, keyName, topLevel } from '../../compose/model';

/** A title in the reader's language: one line, `both` as `한국어 / English`. */
export type Translate = (en: string, ko: string) => string;

/**
 * Adds `name:` (and `body` lines under it) to the top-level section,
 * creating the section at the end of the file when missing.
 */
export function declareEdit(compose: ComposeDocument, section: string, name: string, body: readonly string[] = []): TextEdit {
  const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(compose);
  const entry = (column: string) => [`${column}${name}:`, ...body.map((line) => `${column}${unit}${line}`)].join(eol);
  const existing = topLevel(compose, section);
  const root = compose.yaml.contents;
  const pair = isMap(root) ? root.items.find((item) => keyName(item) === section) : undefined;
  if (existing && !existing.flow && pair?.value && (pair.value as Node).range) {
    const end = (pair.value as Node).range![1];
    const position = compose.document.positionAt(end);
    // After the section's last entry, at its indentation.
    const column = /^(\s*)/.exec(compose.lines()[compose.document.positionAt((existing.items[0]?.key as Node | undefined)?.range?.[0] ?? end).line])![1];
    const atLineStart = position.character === 0;
    return { range: { start: position, end: position }, newText: atLineStart ? `${entry(column)}${eol}` : `${eol}${entry(column)}` };
  }
  if (pair && isScalar(pair.value) && pair.value.value === null) {
    const colon = compose.text.indexOf(':', (pair.key as Node).range![1]);
    const position = compose.document.positionAt(colon + 1);
    return { range: { start: position, end: position }, newText: `${eol}${entry(unit)}` };
  }
  const end = compose.document.positionAt(compose.text.length);
  const separator = compose.text.length === 0 || /\r?\n$/.test(compose.text) ? '' : eol;
  return { range: { start: end, end }, newText: `${separator}${eol}${section}:${eol}${entry(unit)}${eol}` };
}

function indentUnit(compose: ComposeDocument): string {
  for (const line of compose.lines()) {
    const indent = /^( +)\S/.exec(line);
    if (indent) return indent[1];
  }
  return '  ';
}

/** `node-js:` at the top level → `services:` then the same block one level deeper. */
export function nestUnderEdit(compose: ComposeDocument, range: Range, section: string): TextEdit | undefined {
  const pair = pairAtKey(compose, range);
  if (!pair) return undefined;
  const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(compose);
  const lastLine = compose.document.positionAt(contentEnd(compose, 0, (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1])).line;
  const lines = compose.lines().slice(range.start.line, lastLine + 1).map((line) => (line.trim() === '' ? line : unit + line));
  const end = { line: lastLine, character: compose.lines()[lastLine].length };
  return { range: { start: { line: range.start.line, character: 0 }, end }, newText: [`${section}:`, ...lines].join(eol) };
}

/** `["curl", …]` → `["CMD", "curl", …]`; in a block list, a `- CMD` line above the first item. */
export function prefixCommandEdit(compose: ComposeDocument, range: Range): TextEdit {
  const line = compose.lines()[range.start.line];
  const before = line.slice(0, range.start.character);
  if (/-\s*$/.test(before) && !before.includes('[')) {
    const start = { line: range.start.line, character: 0 };
    const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
    return { range: { start, end: start }, newText: `${before}CMD${eol}` };
  }
  const quote = compose.text[compose.document.offsetAt(range.start)];
  const word = quote === '"' || quote === "'" ? `${quote}CMD${quote}` : 'CMD';
  return { range: { start: range.start, end: range.start }, newText: `${word}, ` };
}

/** Deletes the whole lines of the mapping pair whose key is at `range`. */
export function removePairEdit(compose: ComposeDocument, range: Range): TextEdit | undefined {
  const pair = pairAtKey(compose, range);
  if (!pair) return undefined;
  const start = { line: range.start.line, character: 0 };
  const valueEnd = compose.document.positionAt((pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1]);
  // Take the line break too, and a blank line that only separated this key from the rest.
  let endLine = valueEnd.character === 0 ? valueEnd.line : valueEnd.line + 1;
  if (compose.lines()[endLine]?.trim() === '' && endLine < compose.lines().length - 1) endLine++;
  return { range: { start, end: { line: endLine, character: 0 } }, newText: '' };
}

export function pairAtKey(compose: ComposeDocument, range: Range): Pair | undefined {
  const offset = compose.document.offsetAt(range.start);
  let found: Pair | undefined;
  const visit = (node: unknown): void => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if ((pair.key as Node | null)?.range?.[0] === offset) found = pair;
        else visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(compose.yaml.contents);
  return found;
}

/** Keeps the scalar's own quoting when rewriting its text. */
export function quoteLike(compose: ComposeDocument, range: Range, text: string): string {
  const first = compose.text[compose.document.offsetAt(range.start)];
  if (first === '"') return JSON.stringify(text);
  if (first === "'") return `'${text.replace(/'/g, "''")}'`;
  return text;
}
