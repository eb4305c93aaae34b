/** Shared helpers for the Compose unit tests: documents, cursors, a fake world. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { ComposeDocument, parseCompose } from '../../../server/src/compose/model';
import type { LocalImage } from '../../../server/src/lspExt';
import { noNotes, type NotesLookup } from '../../../server/src/notes/index';
import type { ServiceContext } from '../../../server/src/service/mode';
import type { DocsLanguage } from '../../../server/src/service/settings';
import { defaultSettings } from '../../../server/src/service/settings';

/** Every test runs once per line ending: editors on Windows send `\r\n`. */
export const lineEndings = [
  { name: 'LF', eol: '\n' },
  { name: 'CRLF', eol: '\r\n' },
] as const;

export const composeUri = 'file:///work/project/compose.yaml';

export function composeDocument(lines: readonly string[], eol: string, uri = composeUri): ComposeDocument {
  return parseCompose(TextDocument.create(uri, 'dockercompose', 1, lines.join(eol)));
}

/** Splits out the `|` cursor marker; the document is built without it. */
export function withCursor(lines: readonly string[], eol: string, uri = composeUri) {
  const joined = lines.join(eol);
  const offset = joined.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker in the test text');
  const compose = parseCompose(TextDocument.create(uri, 'dockercompose', 1, joined.slice(0, offset) + joined.slice(offset + 1)));
  return { compose, position: compose.document.positionAt(offset), offset };
}

export interface FakeWorld {
  readonly files?: Record<string, string>;
  /** Folders that exist (files exist when listed in `files`). */
  readonly folders?: readonly string[];
  readonly images?: readonly LocalImage[];
  readonly docsLanguage?: DocsLanguage;
  readonly notes?: NotesLookup;
}

export function fakeContext(world: FakeWorld = {}): ServiceContext {
  const files = world.files ?? {};
  const folders = new Set((world.folders ?? []).map((folder) => folder.replace(/\/$/, '')));
  return {
    settings: defaultSettings,
    docsLanguage: world.docsLanguage ?? 'en',
    workspace: {
      readFile: (uri) => files[uri],
      exists: (uri) => uri in files || folders.has(uri.replace(/\/$/, '')),
    },
    engine: { localImages: () => Promise.resolve(world.images ?? []) },
    notes: world.notes ?? noNotes,
  };
}

/** `code@line:character` for compact assertions. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`);
}

export function image(tag: string): LocalImage {
  return { tags: [tag], id: `sha256:${tag}`, size: 1, created: '2026-01-01T00:00:00Z' };
}
