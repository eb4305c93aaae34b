/**
 * The status bar item: which engine the explorer talks to (context, version),
 * or why it cannot. Hidden until something used the engine: activation
 * connects nothing.
 */
import * as vscode from 'vscode';
import type { EngineConnection, EngineState } from './engine/connection';
import type { EngineProblemKind } from './engine/problems';

export function registerEngineStatusBar(context: vscode.ExtensionContext, engine: EngineConnection): void {
  const item = vscode.window.createStatusBarItem('dockside.engine', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Docker Engine');
  context.subscriptions.push(item, engine.onDidChangeState((state) => render(item, state)));
  render(item, engine.state);
}

function render(item: vscode.StatusBarItem, state: EngineState): void {
  switch (state.status) {
    case 'idle':
      item.hide();
      return;
    case 'connecting':
      item.text = `$(loading~spin) ${vscode.l10n.t('Docker')}`;
      item.tooltip = vscode.l10n.t('Connecting to the Docker Engine at {0}', state.location.host);
      item.command = undefined;
      break;
    case 'connected':
      item.text = `$(vm) ${state.location.contextName} · ${state.version}`;
      item.tooltip = vscode.l10n.t('Docker Engine {0} (API {1}), context "{2}", at {3}', state.version, state.apiVersion, state.location.contextName, state.location.host);
      item.command = 'dockside.containers.focus';
      break;
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
