/**
 * The status bar item: which engine the explorer talks to (context, version),
 * or why it cannot. Hidden until something used the engine: activation
 * connects nothing.
 */
import * as vscode from 'vscode';
import type { EngineConnection, EngineState } from './engine/connection';
import { engineProductName } from './engine/identity';
import type { EngineLocation } from './engine/location';
import type { EngineProblemKind } from './engine/problems';

/** What the status bar item shows, for the integration tests. */
export interface EngineStatusBar {
  readonly text: string;
  readonly tooltip: string | undefined;
}

export function registerEngineStatusBar(context: vscode.ExtensionContext, engine: EngineConnection): EngineStatusBar {
  const item = vscode.window.createStatusBarItem('dockside.engine', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Docker Engine');
  context.subscriptions.push(
    item,
    engine.onDidChangeState((state) => render(item, state)),
    // The architecture in the tooltip comes after the state went connected.
    engine.onDidCompleteIdentity(() => render(item, engine.state)),
  );
  render(item, engine.state);
  return {
    get text() {
      return item.text;
    },
    get tooltip() {
      return typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value;
    },
  };
}

function render(item: vscode.StatusBarItem, state: EngineState): void {
  switch (state.status) {
    case 'idle':
      item.hide();
      return;
    case 'connecting':
      item.text = `$(loading~spin) ${vscode.l10n.t('Docker')}`;
      item.tooltip = vscode.l10n.t('Connecting to the Docker Engine at {0}', state.location.host);
      item.command = 'dockside.engine.switch';
      break;
    case 'connected': {
      const { identity, location } = state;
      const where = engineWhere(location);
      item.text = `${identity.remote ? '$(remote)' : '$(vm)'} ${engineProductName(identity.kind)} ${identity.version} · ${where}`;
      item.tooltip = engineTooltip(state);
      item.command = 'dockside.engine.switch';
      break;
    }
    case 'unreachable':
      item.text = `$(debug-disconnect) ${vscode.l10n.t('Docker')}`;
      item.tooltip = [
        problemSummary(state.problem.kind),
        `${state.location.host || state.location.contextName}: ${state.problem.detail}`,
        vscode.l10n.t('Retrying in {0} s. Click to retry now.', Math.round(state.retryInMs / 1000)),
      ].join('\n');
      item.command = 'dockside.engine.retry';
      break;
  }
  item.show();
}

type ConnectedState = Extract<EngineState, { status: 'connected' }>;

/** The context's name, or the address when no context decided it (setting, DOCKER_HOST, a chosen address). */
export function engineWhere(location: EngineLocation): string {
  return location.source === 'context' || location.source === 'default' ? location.contextName : location.host;
}

/** Shared by the status bar and the Docker view's tooltip: what we are connected to, in full. */
export function engineTooltip({ identity, location }: ConnectedState): string {
  const platform = [identity.os, identity.arch].filter(Boolean).join('/');
  return [
    vscode.l10n.t('{0} {1} (API {2}), {3}', engineProductName(identity.kind), identity.version, identity.apiVersion, platform),
    location.source === 'context' || location.source === 'default'
      ? vscode.l10n.t('Context "{0}" at {1}', location.contextName, location.host)
      : vscode.l10n.t('At {0}', location.host),
    ...(identity.remote ? [vscode.l10n.t('Remote engine')] : []),
    vscode.l10n.t('Click to switch engine or context.'),
  ].join('\n');
}

/** One sentence per problem; the Containers view (explorer/engineProblem.ts) says the same at more length. */
function problemSummary(kind: EngineProblemKind): string {
  switch (kind) {
    case 'socketMissing':
      return vscode.l10n.t('Docker does not seem to be running: the engine socket does not exist.');
    case 'permissionDenied':
      return vscode.l10n.t('Permission denied on the Docker socket: add yourself to the docker group.');
    case 'refused':
      return vscode.l10n.t('The Docker Engine refused the connection.');
    case 'tls':
      return vscode.l10n.t('The TLS connection to the Docker Engine failed.');
    case 'invalidHost':
      return vscode.l10n.t('The configured Docker Engine address cannot be used.');
    case 'unreachable':
      return vscode.l10n.t('The Docker Engine cannot be reached.');
  }
}
