/**
 * A real LSP client for tests and benchmarks: spawns a language server over
 * stdio and speaks the protocol to it with vscode-languageserver-protocol.
 */
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import {
  ClientCapabilities,
  createProtocolConnection,
  Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = resolve(__dirname, '../../..');
export const docksideServer = resolve(repoRoot, 'dist/server.js');

export interface StartOptions {
  /** The server's entry script and arguments; Dockside's bundled server by default. */
  readonly command?: readonly string[];
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
  readonly locale?: string;
  /** Answers to workspace/configuration, by section. */
  readonly configuration?: Record<string, unknown>;
  /** Handlers for server→client requests, by method. */
  readonly requestHandlers?: Record<string, (params: unknown) => unknown>;
}

/** What a client that supports everything the server offers declares, minus pull diagnostics. */
export const pushDiagnosticsCapabilities: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
};

export class LspTestClient {
  private readonly diagnosticWaiters: Array<{ uri: string; resolve: (params: PublishDiagnosticsParams) => void }> = [];
  private readonly versions = new Map<string, number>();
  readonly latestDiagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  initializeResult!: InitializeResult;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const [script, ...args] = options.command ?? [docksideServer, '--stdio'];
    const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection);
    child.stderr!.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.latestDiagnostics.set(params.uri, params);
      for (const waiter of client.diagnosticWaiters.splice(0)) {
        if (waiter.uri === params.uri) waiter.resolve(params);
        else client.diagnosticWaiters.push(waiter);
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => options.configuration?.[item.section ?? ''] ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    for (const [method, handler] of Object.entries(options.requestHandlers ?? {})) connection.onRequest(method, handler);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      capabilities: options.capabilities ?? pushDiagnosticsCapabilities,
      initializationOptions: options.initializationOptions,
      workspaceFolders: null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with the next diagnostics published for `uri`. Call before the change that causes them. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.diagnosticWaiters.push({ uri, resolve }));
  }

  /** The diagnostics published for `uri` once they satisfy `predicate`, waiting for at most `limit` more publications; fails after. */
  async diagnosticsUntil(uri: string, predicate: (published: PublishDiagnosticsParams) => boolean, limit = 5): Promise<PublishDiagnosticsParams> {
    for (let i = 0; i < limit; i++) {
      const latest = this.latestDiagnostics.get(uri);
      if (latest && predicate(latest)) return latest;
      await this.nextDiagnostics(uri);
    }
    const latest = this.latestDiagnostics.get(uri);
    assert.ok(latest && predicate(latest), `no matching diagnostics for ${uri}: ${JSON.stringify(latest)}`);
    return latest;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  /** Opens a document and waits for its first published diagnostics. */
  async openAndDiagnose(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    await this.open(uri, languageId, text);
    return (await published).diagnostics;
  }

  /** Shuts the server down the way an editor does, and resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    if (this.process.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
