/**
 * The Registries view in VS Code: the tree of the `vscode`-free model, the view's own commands
 * (Refresh, Load more), and what keeps it current: the `dockside.registries` setting, the Docker
 * configuration file (a `docker login` in a terminal), and collapsing, which stops a node's
 * requests. Registering it reads and requests nothing: the first expansion does.
 */
import * as vscode from 'vscode';
import { localize } from '../../l10n';
import type { Log } from '../../log';
import type { CredentialStore } from '../../registry/credentials';
import { parseRegistriesSetting, plainHttpAllowed, type RegistrySetting } from '../../registry/registrySettings';
import { RegistrySessions } from '../../registry/registrySessions';
import { ExplorerNode } from '../nodes/base';
import { ModelTreeDataProvider } from '../treeDataProvider';
import { RegistriesModel } from './model';
import { LoadMoreNode } from './loading';
import { TagNode } from './tagNodes';

export const registriesViewId = 'dockside.registries';
const settingSection = 'dockside';
const settingName = 'registries';

/** What the extension and the commands get: the model, the registries' clients, and the view's reactions to commands. */
export interface RegistriesView {
  readonly model: RegistriesModel;
  readonly sessions: RegistrySessions;
  /** A tag the commands deleted leaves the view. */
  tagDeleted(item: unknown): void;
  /** Refreshes an item of the view, or all of it. */
  refresh(item?: unknown): void;
}

export function registerRegistriesView(context: vscode.ExtensionContext, credentials: CredentialStore, log: Log): RegistriesView {
  let settings = readSetting();
  const sessions = new RegistrySessions(credentials, { insecure: plainHttpAllowed(settings) });
  const model = new RegistriesModel({ t: localize, locale: vscode.env.language, now: () => Date.now() }, sessions, () => settings, { log });
  const provider = new ModelTreeDataProvider(model);
  const view = vscode.window.createTreeView(registriesViewId, { treeDataProvider: provider, showCollapseAll: true });
  // `docker login` and `docker logout` in a terminal rewrite config.json.
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(credentials.configDir), 'config.json'));
  const configurationChanged = () => model.configurationChanged();
  const refresh = (item?: unknown) => (item instanceof ExplorerNode ? model.refreshNode(item) : model.refresh());
  context.subscriptions.push(
    model,
    provider,
    view,
    watcher,
    view.onDidCollapseElement(({ element }) => model.collapsed(element)),
    watcher.onDidChange(configurationChanged),
    watcher.onDidCreate(configurationChanged),
    watcher.onDidDelete(configurationChanged),
    vscode.workspace.onDidChangeConfiguration((change) => {
      if (!change.affectsConfiguration(`${settingSection}.${settingName}`)) return;
      settings = readSetting();
      sessions.configure({ insecure: plainHttpAllowed(settings) });
      model.refresh();
    }),
    vscode.commands.registerCommand('dockside.registries.refresh', refresh),
    vscode.commands.registerCommand('dockside.registries.loadMore', (item: unknown) => (item instanceof LoadMoreNode ? model.loadMore(item) : undefined)),
  );
  return {
    model,
    sessions,
    refresh,
    tagDeleted: (item) => {
      if (item instanceof TagNode) model.tagDeleted(item);
    },
  };
}

/** The setting as written; a machine setting, so a workspace cannot add a registry to send logins to or reach over plain HTTP. */
function readSetting(): RegistrySetting[] {
  return parseRegistriesSetting(vscode.workspace.getConfiguration(settingSection).get<unknown>(settingName));
}

