/** Shared helpers for the command-line unit tests: documents with a cursor, a context. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver';
import { CommandLineDocument, parseCommandLines } from '../../../server/src/service/commandline/parse';
import { noNotes, type NotesLookup } from '../../../server/src/notes/index';
import type { ServiceContext } from '../../../server/src/service/mode';
import type { DocsLanguage } from '../../../server/src/service/settings';
import { defaultSettings } from '../../../server/src/service/settings';

/** Every test runs once per line ending: editors on Windows send `\r\n`. */
export const lineEndings = [
  { name: 'LF', eol: '\n' },
  { name: 'CRLF', eol: '\r\n' },
] as const;

/** The cursor marker. Not `|`, which shell pipes use. */
export const cursor = '‸';

export function commandLines(lines: readonly string[], eol: string, languageId = 'shellscript', uri = 'file:///work/project/run.sh'): CommandLineDocument {
  return parseCommandLines(TextDocument.create(uri, languageId, 1, lines.join(eol)));
}

/** Splits out the `‸` cursor marker; the document is built without it. */
export function withCursor(lines: readonly string[], eol: string, languageId = 'shellscript', uri = 'file:///work/project/run.sh') {
  const joined = lines.join(eol);
  const offset = joined.indexOf(cursor);
  if (offset < 0) throw new Error('no ‸ cursor marker in the test text');
  const parsed = parseCommandLines(TextDocument.create(uri, languageId, 1, joined.slice(0, offset) + joined.slice(offset + cursor.length)));
  return { parsed, position: parsed.document.positionAt(offset) };
}

export function context(docsLanguage: DocsLanguage = 'en', notes: NotesLookup = noNotes): ServiceContext {
  return {
    settings: defaultSettings,
    docsLanguage,
    workspace: { readFile: () => undefined, exists: () => false },
    engine: { localImages: () => Promise.resolve([]) },
    notes,
  };
}

export function markdownOf(hover: { contents: unknown } | null): string {
  if (!hover) throw new Error('expected a hover');
  return (hover.contents as MarkupContent).value;
}

/** `code@line:character` for compact assertions. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`);
}

export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
