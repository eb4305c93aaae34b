/**
 * The Docker view: the containers, images, volumes and networks trees, the
 * engine-state context key behind their welcome views, and the status bar.
 * Registration connects nothing; the first view shown does.
 */
import * as vscode from 'vscode';
import type { WorkspaceCompose } from '../compose/workspaceSource';
import type { EngineConnection, EngineState } from '../engine/connection';
import { machineHostSetting } from '../engine/location';
import { localize } from '../l10n';
import { engineCapabilities, engineProductName } from '../engine/identity';
import { registerEngineSwitcher, storedEngineChoice, type EngineSwitcherApi } from '../engineSwitcher';
import { registerEngineStatusBar, type EngineStatusBar } from '../statusBar';
import { engineProblemMessage } from './engineProblem';
import { MinuteRedraw } from './minuteRedraw';
import type { EngineTreeModel } from './model/base';
import { ContainersModel } from './model/containers';
import { ImagesModel } from './model/images';
import { NetworksModel, VolumesModel } from './model/volumesNetworks';
import type { ExplorerContext } from './nodes/base';
import { ModelTreeDataProvider } from './treeDataProvider';

/** The context key the welcome views' `when` clauses read: `connecting`, `connected`, or a problem kind. */
const engineStateKey = 'dockside.engine.state';
/** `docker` or `podman` while connected, for menus that an engine's lacks hide. */
const engineKindKey = 'dockside.engine.kind';

/** The explorer's models, for the extension's integration tests (e.g. through `DocksideApi`). */
export interface ExplorerApi {
  readonly engine: EngineConnection;
  readonly containers: ContainersModel;
  readonly images: ImagesModel;
  readonly volumes: VolumesModel;
  readonly networks: NetworksModel;
  /** The workspace's compose projects and CLI, as the Containers view shows them. */
  readonly compose: WorkspaceCompose;
  /** "Switch Engine or Context..." and the Contexts view. */
  readonly switcher: EngineSwitcherApi;
  readonly statusBar: EngineStatusBar;
}

export function registerExplorer(context: vscode.ExtensionContext, engine: EngineConnection, compose: WorkspaceCompose): ExplorerApi {
  // The choice remembered on this machine is restored before anything connects.
  engine.configure(readHostSetting(), storedEngineChoice(context));
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((change) => {
      if (change.affectsConfiguration('dockside.engine.host')) engine.configure(readHostSetting());
    }),
  );

  const ctx: ExplorerContext = {
    engine,
    t: localize,
    locale: vscode.env.language,
    now: () => Date.now(),
  };
  const switcher = registerEngineSwitcher(context, engine);
  const api: Omit<ExplorerApi, 'statusBar'> = {
    engine,
    switcher,
    containers: new ContainersModel(ctx, compose.state),
    images: new ImagesModel(ctx),
    volumes: new VolumesModel(ctx),
    networks: new NetworksModel(ctx),
    compose,
  };
  const models: Record<string, EngineTreeModel> = {
    'dockside.containers': api.containers,
    'dockside.images': api.images,
    'dockside.volumes': api.volumes,
    'dockside.networks': api.networks,
  };
  const views: Record<string, vscode.TreeView<unknown>> = {};
  for (const [viewId, model] of Object.entries(models)) {
    const provider = new ModelTreeDataProvider(model);
    const isContainers = viewId === 'dockside.containers';
    // Several compose services can be selected at once: Up then starts them together.
    const view = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: isContainers });
    views[viewId] = view;
    context.subscriptions.push(model, provider, view);
    if (isContainers) {
      // The compose files are found and the CLI detected when the Containers view shows, not at activation (start is idempotent).
      if (view.visible) void compose.start();
      context.subscriptions.push(view.onDidChangeVisibility(({ visible }) => visible && void compose.start()));
      // Events keep the model right, but "Up 5 minutes" ages: redrawn by the clock while shown.
      const minuteRedraw = new MinuteRedraw(() => model.redraw());
      minuteRedraw.setVisible(view.visible);
      context.subscriptions.push(minuteRedraw, view.onDidChangeVisibility(({ visible }) => minuteRedraw.setVisible(visible)));
      // The one explanation of an unreachable engine, above the Retry and Settings items.
      const explain = (state: EngineState): void => {
        view.message = state.status === 'unreachable' ? engineProblemMessage(state.location, state.problem, ctx.t) : undefined;
      };
      explain(engine.state);
      context.subscriptions.push(engine.onDidChangeState(explain));
    }
  }
  // Retry from the view, the status bar or the palette: the Containers view shows its progress and the outcome.
  const retry = (): Thenable<void> =>
    vscode.window.withProgress({ location: { viewId: 'dockside.containers' } }, () => api.containers.retryEngine());

  void vscode.commands.executeCommand('setContext', engineStateKey, stateKey(engine.state));
  context.subscriptions.push(
    engine.onDidChangeState((state) => {
      void vscode.commands.executeCommand('setContext', engineStateKey, stateKey(state));
      void vscode.commands.executeCommand('setContext', engineKindKey, state.status === 'connected' ? state.identity.kind : undefined);
      describeEngine(views, state);
    }),
    vscode.commands.registerCommand('dockside.explorer.refresh', async () => {
      if (engine.state.status !== 'connected') await retry();
      else await Promise.all(Object.values(models).map((model) => model.refresh()));
    }),
    vscode.commands.registerCommand('dockside.engine.retry', retry),
    vscode.commands.registerCommand('dockside.engine.openSettings', () =>
      vscode.commands.executeCommand('workbench.action.openSettings', 'dockside.engine.host'),
    ),
  );
  return { ...api, statusBar: registerEngineStatusBar(context, engine) };
}

/**
 * The Containers view names the engine beside its title; the Networks view explains what it
 * cannot follow on an engine that sends no network events (Podman).
 */
function describeEngine(views: Record<string, vscode.TreeView<unknown>>, state: EngineState): void {
  const connected = state.status === 'connected' ? state.identity : undefined;
  views['dockside.containers'].description = connected
    ? [`${engineProductName(connected.kind)} ${connected.version}`, ...(connected.remote ? [vscode.l10n.t('remote')] : [])].join(' · ')
    : undefined;
  views['dockside.networks'].message =
    connected && !engineCapabilities(connected.kind).networkLifecycleEvents
      ? localize('{0} does not report networks being created or removed: refresh to see such changes.', engineProductName(connected.kind))
      : undefined;
}

function readHostSetting(): string | undefined {
  return machineHostSetting(vscode.workspace.getConfiguration('dockside.engine').inspect<string>('host'));
}

/** Before the first view asks, the welcome view says "connecting" rather than nothing. */
function stateKey(state: EngineState): string {
  switch (state.status) {
    case 'idle':
    case 'connecting':
      return 'connecting';
    case 'connected':
      return 'connected';
    case 'unreachable':
      return state.problem.kind;
  }
}
