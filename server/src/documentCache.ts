/**
 * Parses each open document once per version and hands every request the
 * same parse. The parse is made lazily, on the first request that needs it,
 * so a burst of edits costs one parse for the version finally asked about.
 * Each document's previous parse and its diagnostics memory live here, handed
 * to its mode explicitly, and go when the document closes (`forget`).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnyLanguageMode, DiagnosticsMemory } from './service/mode';

export interface ParsedDocument {
  readonly document: TextDocument;
  readonly mode: AnyLanguageMode;
  readonly parsed: unknown;
  /** What the mode's last diagnostics run on this document left for the next one. */
  readonly memory: DiagnosticsMemory;
}

interface Entry {
  readonly version: number;
  readonly mode: AnyLanguageMode;
  readonly parsed: unknown;
  readonly memory: DiagnosticsMemory;
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
    if (cached && cached.version === document.version) return { document, mode: cached.mode, parsed: cached.parsed, memory: cached.memory };
    const mode = this.modeFor(document);
    if (!mode) return undefined;
    // A document whose language changed starts afresh in its new mode.
    const same = cached?.mode === mode ? cached : undefined;
    const parsed: unknown = mode.parse(document, same?.parsed);
    const memory = same?.memory ?? { lastRun: undefined };
    this.entries.set(document.uri, { version: document.version, mode, parsed, memory });
    return { document, mode, parsed, memory };
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
