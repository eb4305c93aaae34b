/** Starts the Dockside language server and keeps the connection to it healthy. */
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { ClientCommands, DocksideInitializationOptions, LocalImagesRequest } from '../../server/src/lspExt';
import { serverArguments, serverEnvironment, serverExecArgv } from './serverProcess';

/**
 * What the server serves: Dockerfiles, Compose files, and `docker` command lines in scripts and
 * notes; files on disk and new unsaved ones, never other schemes (git and diff views, output,
 * other extensions' virtual documents).
 */
export const documentSelector = [
  ...['dockerfile', 'dockercompose', 'shellscript', 'makefile', 'markdown'].flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ]),
  // Study notes are often plain .txt files: their `docker` lines get hovers and slip hints too. Only
  // .txt files, not every plain-text file, and the extension does not activate for them: they are
  // served once it is active (see DESIGN.md).
  { language: 'plaintext', scheme: 'file', pattern: '**/*.txt' },
  { language: 'plaintext', scheme: 'untitled' },
];

/** A crashing server is restarted, but not forever: this many crashes within the window stop it. */
const maxRestarts = 4;
const restartWindowMs = 3 * 60_000;

export interface LanguageClientDependencies {
  /** The Dockside log: the server's log messages (its error boundary's among them) land there, with their level. */
  readonly log: vscode.LogOutputChannel;
  readonly localImages: (params: LocalImagesRequest.Params) => Promise<LocalImagesRequest.Result>;
}

export function createLanguageClient(context: vscode.ExtensionContext, deps: LanguageClientDependencies): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: {
      module,
      transport: TransportKind.ipc,
      args: serverArguments(vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath),
      options: { execArgv: [...serverExecArgv], env: serverEnvironment(process.env) },
    },
    // No code cache under the debugger: V8 would reject one made with other flags (--nolazy), and replace it.
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6019'], env: serverEnvironment(process.env) },
    },
  };
  const initializationOptions: DocksideInitializationOptions = { displayLanguage: vscode.env.language, explainLinks: true };
  const crashes: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    initializationOptions,
    // A hover's "More…" is a command link; only the Explain command may run from the server's Markdown.
    markdown: { isTrusted: { enabledCommands: [ClientCommands.explain] } },
    outputChannel: deps.log,
    synchronize: { configurationSection: 'dockside' },
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
      closed: (): CloseHandlerResult => {
        const now = Date.now();
        crashes.push(now);
        while (crashes.length > 0 && now - crashes[0] > restartWindowMs) crashes.shift();
        if (crashes.length <= maxRestarts) return { action: CloseAction.Restart, handled: true };
        return {
          action: CloseAction.DoNotRestart,
          message: vscode.l10n.t(
            'The Dockside language server stopped {0} times in the last 3 minutes and will not be restarted. See the Dockside output for details.',
            crashes.length,
          ),
        };
      },
    },
  };
  const client = new LanguageClient('dockside', 'Dockside', serverOptions, clientOptions);
  client.onRequest(LocalImagesRequest.type, (params) => deps.localImages(params));
  return client;
}
