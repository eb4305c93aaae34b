/**
 * Every command of the extension: build, run, lifecycle, prune, compose.
 * Commands take the explorer's tree item (`HasEngineRef`) or, from the
 * palette, ask the user to pick. The engine-side logic lives in the
 * `*Ops.ts`/pure modules next to this one, which never import `vscode`.
 */
import * as vscode from 'vscode';
import type { DockerfileBuildInfoRequest } from '../../../server/src/lspExt';
import type { WorkspaceCompose } from '../compose/workspaceSource';
import type { EngineConnection } from '../engine/connection';
import type { RegistriesView } from '../explorer/registries/view';
import type { Log } from '../log';
import type { CredentialStore } from '../registry/credentials';
import { registerBuildCommand } from './buildCommand';
import { registerComposeCommands } from './composeCommands';
import { registerContainerCommands } from './containerCommands';
import { registerImageCommands } from './imageCommands';
import { registerRegistryCommands } from './registryCommands';
import { registerRegistryViewCommands } from './registryViewCommands';
import { InspectDocuments } from './inspectDocuments';
import { LogViews } from './logViews';
import { engineMessage, isConnectionFailure } from './engineErrors';
import { registerVolumeNetworkCommands } from './volumeNetworkCommands';

/** What the commands ask of the language server. */
export interface LanguageServices {
  /** The server's reading of a Dockerfile for a build: its ARGs, stages and secret mounts. */
  readonly dockerfileBuildInfo: (uri: vscode.Uri) => Promise<DockerfileBuildInfoRequest.Result>;
}

/** The registry logins (one store for builds, push, pull and the Registries view) and that view. */
export interface RegistryServices {
  readonly credentials: CredentialStore;
  readonly view: RegistriesView;
}

export function registerCommands(
  context: vscode.ExtensionContext,
  engine: EngineConnection,
  language: LanguageServices,
  registries: RegistryServices,
  compose: WorkspaceCompose,
  log: Log,
): void {
  // The one place a command's failure becomes a message: the engine's own words, never a stack trace.
  const register = (id: string, handler: (...args: unknown[]) => Promise<unknown>): void => {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          await handler(...args);
        } catch (error) {
          log.error(`${id} failed: ${engineMessage(error)}`);
          void vscode.window.showErrorMessage(describeFailure(error));
        }
      }),
    );
  };

  const documents = InspectDocuments.register(context, () => engine.docker);
  const logs = new LogViews(engine);
  context.subscriptions.push(logs);
  registerContainerCommands(register, engine, documents, logs);
  registerImageCommands(register, engine, documents);
  registerVolumeNetworkCommands(register, engine, documents);
  const { credentials } = registries;
  context.subscriptions.push(
    registerBuildCommand(register, { engine, credentials, state: context.workspaceState, dockerfileBuildInfo: language.dockerfileBuildInfo, log }),
  );
  registerComposeCommands(register, engine, compose, logs, log);
  context.subscriptions.push(registerRegistryCommands(register, engine, credentials, log), registerRegistryViewCommands(register, engine, registries.view, log));
}

/** A failed connection says so (the Docker view explains how to fix it); an engine refusal is quoted as is. */
function describeFailure(error: unknown): string {
  if (isConnectionFailure(error)) {
    return vscode.l10n.t('Dockside cannot reach the Docker engine ({0}). The Docker view explains why and retries.', error.code ?? engineMessage(error));
  }
  return vscode.l10n.t('Dockside: {0}', engineMessage(error));
}
