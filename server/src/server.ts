/**
 * Dockside language server: negotiates capabilities and registers one thin
 * handler per request. Every feature lives in the transport-free language
 * service (./service); every handler runs inside the one error boundary.
 *
 * Runs inside VS Code (spawned by the client) or on its own, started by ./start.ts:
 *   dockside-language-server --stdio
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CancellationToken,
  createConnection,
  DocumentDiagnosticReportKind,
  InitializeResult,
  ProposedFeatures,
  SemanticTokens,
  SemanticTokensDelta,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache, ParsedDocument } from './documentCache';
import { createErrorBoundary, runLogged } from './errorBoundary';
import { ComposeDocument, parseCompose } from './compose/model';
import type { DockerfileAst } from './dockerfile/ast';
import { ComposeServicesRequest, DockerfileBuildInfoRequest, DocksideInitializationOptions, ExplainRequest, LocalImage, LocalImagesRequest } from './lspExt';
import { NotesIndex } from './notes/index';
import { AnyLanguageMode, semanticTokenModifiers, semanticTokenTypes, ServiceContext } from './service/mode';
import { composeServicesOutline } from './service/compose/services';
import { buildInfo } from './service/dockerfile/buildInfo';
import { createModes } from './service/modes';
import { applyRuleSeverities } from './service/rules/severity';
import { createReaderSession, ReaderSession } from './service/session';
import { signatureHelpBesideCompletion } from './service/signatureHelp';
import { defaultSettings, normalizeSettings, resolveDocsLanguage, RuleSeverity, Settings } from './service/settings';
import { semanticTokensEdits } from './service/semanticTokensDelta';

/** Push-mode diagnostics wait for typing to pause this long, so a burst of edits costs one run. */
const pushDiagnosticsDelayMs = 120;
/** Local images change rarely; asking the client once in a while is enough. */
const localImagesTtlMs = 5_000;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const modes = createModes();
const cache = new DocumentCache(modes);
const logger = { error: (message: string) => connection.console.error(message) };
const guard = createErrorBoundary(logger);
/** The user's notes, which every hover may quote; indexed where the settings say, and kept current by a watcher. */
const notes = new NotesIndex();

let settings: Settings = defaultSettings;
let displayLanguage: string | undefined;
let session: ReaderSession = createReaderSession(false);
let pullDiagnostics = false;
let configurationPull = false;

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as DocksideInitializationOptions;
  displayLanguage = options.displayLanguage ?? params.locale;
  session = createReaderSession(options.explainLinks === true);
  pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
  configurationPull = params.capabilities.workspace?.configuration === true;
  const implemented = (feature: keyof AnyLanguageMode) => modes.some((mode) => mode[feature] !== undefined);
  const union = (key: 'completionTriggerCharacters' | 'signatureHelpTriggerCharacters' | 'onTypeFormattingTriggerCharacters') =>
    [...new Set(modes.flatMap((mode) => mode[key] ?? []))];
  const onTypeTriggers = union('onTypeFormattingTriggerCharacters');
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: implemented('completion') ? { triggerCharacters: union('completionTriggerCharacters') } : undefined,
      hoverProvider: implemented('hover'),
      signatureHelpProvider: implemented('signatureHelp') ? { triggerCharacters: union('signatureHelpTriggerCharacters') } : undefined,
      codeActionProvider: implemented('codeActions'),
      codeLensProvider: implemented('codeLenses') ? { resolveProvider: false } : undefined,
      documentSymbolProvider: implemented('documentSymbols'),
      foldingRangeProvider: implemented('foldingRanges'),
      definitionProvider: implemented('definition'),
      referencesProvider: implemented('references'),
      documentHighlightProvider: implemented('documentHighlights'),
      renameProvider: implemented('rename') ? { prepareProvider: implemented('prepareRename') } : undefined,
      documentLinkProvider: implemented('documentLinks') ? { resolveProvider: false } : undefined,
      semanticTokensProvider: implemented('semanticTokens')
        ? {
            legend: { tokenTypes: [...semanticTokenTypes], tokenModifiers: [...semanticTokenModifiers] },
            full: { delta: true },
            range: true,
          }
        : undefined,
      documentFormattingProvider: implemented('formatting'),
      documentRangeFormattingProvider: implemented('formatting'),
      documentOnTypeFormattingProvider:
        onTypeTriggers.length > 0 ? { firstTriggerCharacter: onTypeTriggers[0], moreTriggerCharacter: onTypeTriggers.slice(1) } : undefined,
      diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'dockside-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  void refreshSettings();
});

connection.onDidChangeConfiguration((change) => {
  if (!configurationPull) settings = normalizeSettings((change.settings as { dockside?: unknown } | undefined)?.dockside);
  void refreshSettings();
});

async function refreshSettings(): Promise<void> {
  if (configurationPull) {
    try {
      settings = normalizeSettings(await connection.workspace.getConfiguration('dockside'));
    } catch (error) {
      logger.error(`reading settings failed: ${String(error)}`);
    }
  }
  notes.configure(settings.notes.folders).catch((error: unknown) => logger.error(`indexing notes failed: ${String(error)}`));
  if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  else for (const document of documents.all()) publishDiagnostics(document);
}

// ---- What features may ask of the world -------------------------------------------------------

let localImagesCache: { at: number; images: Promise<readonly LocalImage[]> } | undefined;

const serviceContext = (): ServiceContext => ({
  settings,
  docsLanguage: resolveDocsLanguage(settings.docs.language, displayLanguage),
  session,
  notes,
  workspace: {
    readFile: (uri) => {
      const open = documents.get(uri);
      if (open) return open.getText();
      const path = filePath(uri);
      try {
        return path ? readFileSync(path, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    exists: (uri) => documents.get(uri) !== undefined || (filePath(uri) !== undefined && existsSync(filePath(uri)!)),
  },
  engine: {
    localImages: (inspect) => {
      const params: LocalImagesRequest.Params = { inspect };
      if (inspect) return askForImages(params);
      if (!localImagesCache || Date.now() - localImagesCache.at > localImagesTtlMs) {
        localImagesCache = { at: Date.now(), images: askForImages(params) };
      }
      return localImagesCache.images;
    },
  },
});

/** A client without the request (any editor but ours) or without an engine simply has no images. */
async function askForImages(params: LocalImagesRequest.Params): Promise<readonly LocalImage[]> {
  try {
    return await connection.sendRequest(LocalImagesRequest.type, params);
  } catch {
    return [];
  }
}

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

// ---- Request handlers: look up the parse, ask its mode, nothing more ----------------------------

/** Runs `handler` on the document's parse inside the error boundary; `fallback` when nobody serves it. */
function serve<T>(
  request: string,
  uri: string,
  token: CancellationToken | undefined,
  fallback: T,
  handler: (entry: ParsedDocument) => T | Promise<T> | undefined,
) {
  return guard(request, token, fallback, async () => {
    const document = documents.get(uri);
    const entry = document && cache.get(document);
    return (entry && (await handler(entry))) ?? fallback;
  });
}

connection.onCompletion((params, token) =>
  serve('completion', params.textDocument.uri, token, null, ({ mode, parsed }) =>
    mode.completion?.(parsed, params.position, serviceContext())));

connection.onHover((params, token) =>
  serve('hover', params.textDocument.uri, token, null, async ({ mode, parsed }) => {
    // A hover quotes the notes as they are now, not before a walk that is under way.
    await notes.settled();
    return mode.hover?.(parsed, params.position, serviceContext());
  }));

connection.onSignatureHelp((params, token) =>
  serve('signatureHelp', params.textDocument.uri, token, null, ({ mode, parsed }) =>
    signatureHelpBesideCompletion(mode, parsed, params.position, params.context, serviceContext())));

connection.onCodeAction((params, token) =>
  serve('codeAction', params.textDocument.uri, token, [], ({ mode, parsed }) =>
    mode.codeActions?.(parsed, params.range, params.context, serviceContext())));

connection.onCodeLens((params, token) =>
  serve('codeLens', params.textDocument.uri, token, [], ({ mode, parsed }) => mode.codeLenses?.(parsed, serviceContext())));

connection.onDocumentSymbol((params, token) =>
  serve('documentSymbol', params.textDocument.uri, token, [], ({ mode, parsed }) => mode.documentSymbols?.(parsed, serviceContext())));

connection.onFoldingRanges((params, token) =>
  serve('foldingRange', params.textDocument.uri, token, [], ({ mode, parsed }) => mode.foldingRanges?.(parsed)));

connection.onDefinition((params, token) =>
  serve('definition', params.textDocument.uri, token, null, ({ mode, parsed }) => mode.definition?.(parsed, params.position)));

connection.onReferences((params, token) =>
  serve('references', params.textDocument.uri, token, [], ({ mode, parsed }) =>
    mode.references?.(parsed, params.position, params.context.includeDeclaration)));

connection.onDocumentHighlight((params, token) =>
  serve('documentHighlight', params.textDocument.uri, token, [], ({ mode, parsed }) =>
    mode.documentHighlights?.(parsed, params.position)));

connection.onPrepareRename((params, token) =>
  serve('prepareRename', params.textDocument.uri, token, null, ({ mode, parsed }) => mode.prepareRename?.(parsed, params.position)));

connection.onRenameRequest((params, token) =>
  serve('rename', params.textDocument.uri, token, null, ({ mode, parsed }) => mode.rename?.(parsed, params.position, params.newName)));

connection.onDocumentLinks((params, token) =>
  serve('documentLink', params.textDocument.uri, token, [], ({ mode, parsed }) => mode.documentLinks?.(parsed, serviceContext())));

connection.onDocumentFormatting((params, token) =>
  serve('formatting', params.textDocument.uri, token, [], ({ mode, parsed }) => mode.formatting?.(parsed, params.options)));

connection.onDocumentRangeFormatting((params, token) =>
  serve('rangeFormatting', params.textDocument.uri, token, [], ({ mode, parsed }) =>
    mode.formatting?.(parsed, params.options, params.range)));

connection.onDocumentOnTypeFormatting((params) =>
  serve('onTypeFormatting', params.textDocument.uri, undefined, [], ({ mode, parsed }) =>
    mode.onTypeFormatting?.(parsed, params.position, params.ch, params.options)));

connection.onRequest(ExplainRequest.type, (params, token) =>
  serve<ExplainRequest.Result>('explain', params.textDocument.uri, token, null, ({ mode, parsed }) =>
    mode.explain?.(parsed, params.position, serviceContext())));

connection.onRequest(DockerfileBuildInfoRequest.type, (params, token) =>
  serve<DockerfileBuildInfoRequest.Result>('dockerfileBuildInfo', params.textDocument.uri, token, null, ({ mode, parsed }) =>
    mode.id === 'dockerfile' ? buildInfo(parsed as DockerfileAst) : null));

connection.onRequest(ComposeServicesRequest.type, (params, token) =>
  guard<ComposeServicesRequest.Result>('composeServices', token, null, () => {
    const compose = composeParse(params.uri);
    return compose ? composeServicesOutline(compose) : null;
  }));

/** An open Compose document's cached parse; a file that is not open is read from disk and parsed for this request. */
function composeParse(uri: string): ComposeDocument | undefined {
  const open = documents.get(uri);
  const entry = open && cache.get(open);
  if (entry) return entry.mode.id === 'compose' ? (entry.parsed as ComposeDocument) : undefined;
  const text = serviceContext().workspace.readFile(uri);
  return text === undefined ? undefined : parseCompose(TextDocument.create(uri, 'dockercompose', 0, text));
}

// Semantic tokens: the previous answer per document is kept so `full/delta` can send only the change.
const previousTokens = new Map<string, { resultId: string; data: number[] }>();
let tokensResultId = 0;

function rememberTokens(uri: string, data: number[]): SemanticTokens {
  const resultId = String(++tokensResultId);
  previousTokens.set(uri, { resultId, data });
  return { resultId, data };
}

connection.languages.semanticTokens.on((params, token) =>
  serve<SemanticTokens>('semanticTokens', params.textDocument.uri, token, { data: [] }, ({ document, mode, parsed }) => {
    const data = mode.semanticTokens?.(parsed);
    return data && rememberTokens(document.uri, data);
  }));

connection.languages.semanticTokens.onDelta((params, token) =>
  serve<SemanticTokens | SemanticTokensDelta>('semanticTokens/delta', params.textDocument.uri, token, { data: [] }, ({ document, mode, parsed }) => {
    const data = mode.semanticTokens?.(parsed);
    if (!data) return undefined;
    const previous = previousTokens.get(document.uri);
    const answer = rememberTokens(document.uri, data);
    if (previous?.resultId !== params.previousResultId) return answer;
    return { resultId: answer.resultId, edits: semanticTokensEdits(previous.data, data) };
  }));

connection.languages.semanticTokens.onRange((params, token) =>
  serve<SemanticTokens>('semanticTokens/range', params.textDocument.uri, token, { data: [] }, ({ mode, parsed }) => {
    const data = mode.semanticTokens?.(parsed, params.range);
    return data && { data };
  }));

// ---- Diagnostics: pulled by clients that can, pushed (debounced) to the others ------------------

function diagnose(entry: ParsedDocument) {
  const context = serviceContext();
  const rulesByMode: Record<string, Readonly<Record<string, RuleSeverity>>> = {
    dockerfile: context.settings.dockerfile.rules,
    compose: context.settings.compose.rules,
    commandline: context.settings.commandline.rules,
  };
  const rules = rulesByMode[entry.mode.id] ?? {};
  return applyRuleSeverities(entry.mode.diagnostics?.(entry.parsed, context, entry.memory) ?? [], rules);
}

connection.languages.diagnostics.on((params, token) =>
  guard('diagnostics', token, { kind: DocumentDiagnosticReportKind.Full, items: [] }, () => {
    const document = documents.get(params.textDocument.uri);
    const entry = document && cache.get(document);
    return { kind: DocumentDiagnosticReportKind.Full, items: entry ? diagnose(entry) : [] };
  }) as never);

const pendingPush = new Map<string, NodeJS.Timeout>();

function publishDiagnostics(document: TextDocument): void {
  runLogged(logger, 'diagnostics', () => {
    const entry = cache.get(document);
    if (entry) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnose(entry) });
  });
}

const everPublished = new Set<string>();

documents.onDidChangeContent(({ document }) => {
  if (pullDiagnostics) return;
  // A newly opened document is diagnosed at once; edits wait for a pause in typing.
  if (!everPublished.has(document.uri)) {
    everPublished.add(document.uri);
    publishDiagnostics(document);
    return;
  }
  clearTimeout(pendingPush.get(document.uri));
  pendingPush.set(
    document.uri,
    setTimeout(() => {
      pendingPush.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) publishDiagnostics(current);
    }, pushDiagnosticsDelayMs),
  );
});

documents.onDidClose(({ document }) => {
  clearTimeout(pendingPush.get(document.uri));
  pendingPush.delete(document.uri);
  everPublished.delete(document.uri);
  cache.forget(document.uri);
  previousTokens.delete(document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onShutdown(() => notes.dispose());

documents.listen(connection);
connection.listen();
