/**
 * Parses each open document once per version and hands every request the
 * same parse. The parse is made lazily, on the first request that needs it,
 * so a burst of edits costs one parse for the version finally asked about.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnyLanguageMode } from './service/mode';

interface Entry {
  readonly version: number;
  readonly mode: AnyLanguageMode;
  readonly parsed: unknown;
}

export interface ParsedDocument {
  readonly document: TextDocument;
  readonly mode: AnyLanguageMode;
  readonly parsed: unknown;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly modes: readonly AnyLanguageMode[]) {}

  /** The mode serving a document, or `undefined` when Dockside does not serve it. */
  modeFor(document: TextDocument): AnyLanguageMode | undefined {
    return this.modes.find((mode) => mode.matches(document.languageId, document.uri));
  }

  get(document: TextDocument): ParsedDocument | undefined {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return { document, mode: cached.mode, parsed: cached.parsed };
    const mode = this.modeFor(document);
    if (!mode) return undefined;
    const parsed = mode.parse(document);
    this.entries.set(document.uri, { version: document.version, mode, parsed });
    return { document, mode, parsed };
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
