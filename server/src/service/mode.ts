/**
 * The contract between the transport (server.ts) and the language service.
 *
 * A language mode serves one family of documents (Dockerfiles, Compose files,
 * `docker` command lines in scripts and Markdown). It parses a document once
 * per version; every feature is a function of that parse (+ position and
 * context) to LSP types, with no connection in sight, so each is unit-tested
 * in-process. server.ts advertises a capability when any mode implements it.
 */
import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionItem,
  CompletionList,
  Definition,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  Location,
  Position,
  Range,
  SignatureHelp,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LocalImage } from '../lspExt';
import type { ReaderSession } from './session';
import type { NotesLookup } from '../notes/index';
import type { DocsLanguage, Settings } from './settings';

/** What a feature may ask of the world beyond the document. All optional data, never a transport. */
export interface ServiceContext {
  readonly settings: Settings;
  /** The language hover and completion docs are written in, already resolved from `auto`. */
  readonly docsLanguage: DocsLanguage;
  readonly workspace: WorkspaceAccess;
  readonly engine: EngineAccess;
  /** The reader's session: links a hover may offer, what it has said before. The server always has one. */
  readonly session?: ReaderSession;
  /** The user's notes (`dockside.notes.folders`), indexed; hovers quote them. */
  readonly notes: NotesLookup;
}

/** Read-only access to files beside the document (`.dockerignore`, `env_file`, build contexts). */
export interface WorkspaceAccess {
  /** `undefined` when the file does not exist or cannot be read. */
  readFile(uri: string): string | undefined;
  exists(uri: string): boolean;
}

/** The local engine, through the client. Resolves to `[]` when unknown. */
export interface EngineAccess {
  localImages(inspect?: string): Promise<readonly LocalImage[]>;
}

/** A document's slot for what one diagnostics run leaves the next; only the mode that wrote it reads it. */
export interface DiagnosticsMemory {
  lastRun: unknown;
}

/** The semantic token legend every mode encodes against. */
export const semanticTokenTypes = [
  'keyword', 'parameter', 'variable', 'string', 'comment', 'operator', 'number',
  'class', 'property', 'macro', 'label', 'enumMember', 'function',
] as const;
export const semanticTokenModifiers = ['declaration', 'deprecated', 'readonly', 'documentation'] as const;

export interface LanguageMode<Parsed> {
  /** A short name for logs. */
  readonly id: string;
  /** Whether this mode serves the document (by language ID, falling back to the file name). */
  matches(languageId: string, uri: string): boolean;
  /**
   * `previous` is the same document's last parse (DocumentCache keeps it), from which a mode may
   * take over what an edit left alone.
   */
  parse(document: TextDocument, previous?: Parsed): Parsed;

  /**
   * `memory` is the document's own record of this mode's last run on it, to reuse what an edit
   * did not change; DocumentCache keeps one per open document and drops it when the document closes.
   */
  diagnostics?(parsed: Parsed, ctx: ServiceContext, memory?: DiagnosticsMemory): Diagnostic[];
  completion?(parsed: Parsed, position: Position, ctx: ServiceContext): Promise<CompletionList | null> | CompletionList | null;
  completionTriggerCharacters?: readonly string[];
  hover?(parsed: Parsed, position: Position, ctx: ServiceContext): Promise<Hover | null> | Hover | null;
  signatureHelp?(parsed: Parsed, position: Position, ctx: ServiceContext): SignatureHelp | null;
  signatureHelpTriggerCharacters?: readonly string[];
  codeActions?(parsed: Parsed, range: Range, context: CodeActionContext, ctx: ServiceContext): CodeAction[];
  codeLenses?(parsed: Parsed, ctx: ServiceContext): CodeLens[];
  documentSymbols?(parsed: Parsed, ctx: ServiceContext): DocumentSymbol[];
  foldingRanges?(parsed: Parsed): FoldingRange[];
  definition?(parsed: Parsed, position: Position): Definition | null;
  references?(parsed: Parsed, position: Position, includeDeclaration: boolean): Location[];
  documentHighlights?(parsed: Parsed, position: Position): DocumentHighlight[];
  prepareRename?(parsed: Parsed, position: Position): Range | null;
  rename?(parsed: Parsed, position: Position, newName: string): WorkspaceEdit | null;
  documentLinks?(parsed: Parsed, ctx: ServiceContext): DocumentLink[];
  /** Encoded semantic tokens (LSP relative encoding) against the shared legend. */
  semanticTokens?(parsed: Parsed, range?: Range): number[];
  formatting?(parsed: Parsed, options: FormattingOptions, range?: Range): TextEdit[];
  onTypeFormatting?(parsed: Parsed, position: Position, ch: string, options: FormattingOptions): TextEdit[];
  onTypeFormattingTriggerCharacters?: readonly string[];
  /** The full knowledge entry for the symbol at a position ("Dockside: Explain"). */
  explain?(parsed: Parsed, position: Position, ctx: ServiceContext): { title: string; markdown: string } | null;
}

/** Modes differ in their parse type; the server only passes it back to the same mode. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLanguageMode = LanguageMode<any>;

/** Completion items may carry documentation lazily: resolve is answered from `data`. */
export type CompletionItemWithData = CompletionItem & { data?: unknown };
