/**
 * Dockside's extension entry point. Activation only wires things up: the
 * language server starts in the background and the engine is contacted
 * lazily, when a view first asks for it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ComposeServicesRequest, DockerfileBuildInfoRequest } from '../../server/src/lspExt';
import { registerCommands } from './commands';
import { WorkspaceCompose } from './compose/workspaceSource';
import { EngineConnection } from './engine/connection';
import { registerExplain } from './explain';
import { registerExplorer, type ExplorerApi } from './explorer';
import type { RegistriesModel } from './explorer/registries/model';
import { registerRegistriesView } from './explorer/registries/view';
import { createLanguageClient } from './languageClient';
import { CredentialStore } from './registry/credentials';

/** What the extension exports, for its own integration tests and for other extensions. */
export interface DocksideApi {
  readonly languageClient: LanguageClient;
  /** Settles when the language server has started (or failed to). */
  readonly languageClientReady: Promise<void>;
  /** The Docker view's engine connection and tree models. */
  readonly explorer: ExplorerApi;
  /** The Registries view's model. */
  readonly registries: RegistriesModel;
  /** The Dockside log (see log.ts). */
  readonly log: vscode.LogOutputChannel;
  /** How long `activate` took, module loading excluded (reported by `npm run bench`). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): DocksideApi {
  const activationStarted = performance.now();
  // The one log (see log.ts): every module that logs gets this channel as its `Log`.
  const log = vscode.window.createOutputChannel('Dockside', { log: true });
  context.subscriptions.push(log);

  const engine = new EngineConnection({ log });
  context.subscriptions.push(engine);
  // One store of registry logins, as the Docker CLI keeps them, for builds, push, pull and the Registries view.
  const credentials = new CredentialStore({ log });
  const registries = registerRegistriesView(context, credentials, log);

  const languageClient = createLanguageClient(context, { log, localImages: (params) => engine.localImages(params) });
  context.subscriptions.push(languageClient);
  const languageClientReady = languageClient.start().catch((error: unknown) => {
    // Shown by us, not swallowed: without the server there are no language features at all.
    const detail = error instanceof Error ? error.message : String(error);
    log.error(`Language server failed to start: ${detail}`);
    void vscode.window
      .showErrorMessage(vscode.l10n.t('Dockside could not start its language server: {0}', detail), vscode.l10n.t('Show Output'))
      .then((choice) => choice && log.show());
  });

  // The compose projects' services come from the server's parse; nothing is read before a view or command asks.
  const compose = new WorkspaceCompose({
    log,
    outline: async (uri) => {
      await languageClientReady;
      return languageClient.isRunning() ? languageClient.sendRequest(ComposeServicesRequest.type, { uri }) : null;
    },
  });
  context.subscriptions.push(compose);
  const explorer = registerExplorer(context, engine, compose);
  registerCommands(
    context,
    engine,
    {
      dockerfileBuildInfo: async (uri) => {
        await languageClientReady;
        return languageClient.sendRequest(DockerfileBuildInfoRequest.type, { textDocument: { uri: languageClient.code2ProtocolConverter.asUri(uri) } });
      },
    },
    { credentials, view: registries },
    compose,
    log,
  );

  registerExplain(context, languageClient, languageClientReady);

  return { languageClient, languageClientReady, explorer, registries: registries.model, log, activationMs: performance.now() - activationStarted };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
