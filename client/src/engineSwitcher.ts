/**
 * Choosing the engine: "Docker: Switch Engine or Context..." (palette and
 * status bar) and the Contexts view with Use, Inspect and Remove. A choice
 * reconnects the one `EngineConnection` at once and is remembered per machine
 * (global state, not synced). The Docker CLI's current context is written
 * only when the user asks for it.
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { choiceOf, engineAddressProblem, engineOptions, parseStoredChoice, podmanSockets, type EngineOption } from './engine/choices';
import type { EngineConnection, EngineState } from './engine/connection';
import { ContextStore } from './engine/contextStore';
import { Emitter, type Event } from './engine/emitter';
import type { EngineChoice } from './engine/location';
import { dockerConfigDirectory } from './engine/locationFiles';
import { EngineOptionNode, engineOptionLabel } from './explorer/nodes/engines';
import { toTreeItem } from './explorer/treeDataProvider';
import { localize } from './l10n';
import { engineTooltip } from './statusBar';

const choiceKey = 'dockside.engine.choice';
const t = localize;

/** For the integration tests: the picker's items as shown, each time it opens, and its active item as the workbench reports it. */
export interface EngineSwitcherApi {
  readonly onDidShowPicker: Event<readonly string[]>;
  /** The label of the picker's active item, each time the workbench moves it (first when it has drawn the picker). */
  readonly onDidChangePickerActive: Event<string | undefined>;
  /** The engine options as the quick pick and the Contexts view list them now. */
  options(): EngineOption[];
  /** The Contexts view's items as the view shows them now, for its commands. */
  contextItems(): EngineOptionNode[];
}

interface OptionItem extends vscode.QuickPickItem {
  readonly option?: EngineOption;
  readonly enterAddress?: true;
}

/** The stored choice, to give the connection before anything connects. */
export function storedEngineChoice(context: vscode.ExtensionContext): EngineChoice | undefined {
  return parseStoredChoice(context.globalState.get(choiceKey));
}

export function registerEngineSwitcher(context: vscode.ExtensionContext, engine: EngineConnection): EngineSwitcherApi {
  const store = new ContextStore(dockerConfigDirectory(process.env), process.env);
  const pickerShown = new Emitter<readonly string[]>();
  const pickerActive = new Emitter<string | undefined>();
  const options = (): EngineOption[] =>
    engineOptions({
      contexts: store.list(),
      currentContext: store.current(),
      env: process.env,
      platform: process.platform,
      podmanSockets: podmanSockets(process.env, existsSync),
      hostSetting: vscode.workspace.getConfiguration('dockside.engine').inspect<string>('host')?.globalValue?.trim() || undefined,
      location: engine.location,
      choice: engine.choice,
    });

  const contextsView = new ContextsTreeDataProvider(options, () => engine.state);
  const treeView = vscode.window.createTreeView('dockside.contexts', { treeDataProvider: contextsView });

  const choose = async (choice: EngineChoice | undefined): Promise<void> => {
    await context.globalState.update(choiceKey, choice);
    const connected = engine.choose(choice);
    contextsView.refresh();
    await connected;
  };
  const makeCurrent = (option: EngineOption): void => {
    if (option.kind !== 'context') return;
    store.use(option.name);
    contextsView.refresh();
  };

  const pick = async (): Promise<void> => {
    const quickPick = vscode.window.createQuickPick<OptionItem>();
    quickPick.title = t('Switch Engine or Context');
    quickPick.placeholder = t('Choose the engine the Docker view and commands use');
    quickPick.matchOnDescription = true;
    quickPick.items = pickerItems(options());
    const picked = new Promise<{ item: OptionItem; alsoCurrent: boolean } | undefined>((resolve) => {
      quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0] && { item: quickPick.selectedItems[0], alsoCurrent: false }));
      quickPick.onDidTriggerItemButton(({ item }) => resolve({ item, alsoCurrent: true }));
      quickPick.onDidHide(() => resolve(undefined));
    });
    quickPick.onDidChangeActive((active) => pickerActive.fire(active[0]?.label));
    quickPick.show();
    pickerShown.fire(quickPick.items.filter((item) => item.kind !== vscode.QuickPickItemKind.Separator).map((item) => item.label));
    const result = await picked;
    quickPick.dispose();
    if (!result) return;
    if (result.item.enterAddress) {
      const host = await vscode.window.showInputBox({
        title: t('Enter an engine address'),
        prompt: t('unix:///path/to/socket, tcp://host:2376 or ssh://user@host'),
        ignoreFocusOut: true,
        validateInput: (value) => {
          const problem = engineAddressProblem(value);
          return problem === undefined ? undefined : t('This address cannot be used: {0}', problem);
        },
      });
      if (host?.trim()) await choose({ kind: 'host', host: host.trim() });
      return;
    }
    const option = result.item.option;
    if (!option) return;
    if (result.alsoCurrent) makeCurrent(option);
    await choose(choiceOf(option));
  };

  context.subscriptions.push(
    pickerShown,
    pickerActive,
    contextsView,
    treeView,
    engine.onDidChangeState(() => contextsView.refresh()),
    engine.onDidCompleteIdentity(() => contextsView.refresh()),
    vscode.commands.registerCommand('dockside.engine.switch', pick),
    vscode.commands.registerCommand('dockside.contexts.refresh', () => contextsView.refresh()),
    vscode.commands.registerCommand('dockside.context.use', (node?: EngineOptionNode) => (node ? choose(choiceOf(node.option)) : pick())),
    vscode.commands.registerCommand('dockside.context.makeCurrent', async (node?: EngineOptionNode) => {
      if (node?.option.kind !== 'context') return;
      makeCurrent(node.option);
      await choose(choiceOf(node.option));
    }),
    vscode.commands.registerCommand('dockside.context.inspect', async (node?: EngineOptionNode) => {
      if (node?.option.kind !== 'context') return;
      const content = JSON.stringify([store.inspect(node.option.name)], undefined, 2);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'json', content }), { preview: true });
    }),
    vscode.commands.registerCommand('dockside.context.remove', async (node?: EngineOptionNode) => {
      if (node?.option.kind !== 'context') return;
      const { option } = node;
      if (option.current || option.active || option.name === 'default') {
        void vscode.window.showWarningMessage(t('The context "{0}" is in use and cannot be removed. Switch to another one first.', option.name), { modal: true });
        return;
      }
      const remove = t('Remove');
      const answer = await vscode.window.showWarningMessage(
        t('Remove the Docker context "{0}"?', option.name),
        { modal: true, detail: t('Its endpoint ({0}) and TLS files are deleted from {1}, as `docker context rm` does.', option.host, store.dockerConfigDir) },
        remove,
      );
      if (answer !== remove) return;
      store.remove(option.name);
      contextsView.refresh();
    }),
  );
  return { onDidShowPicker: pickerShown.event, onDidChangePickerActive: pickerActive.event, options, contextItems: () => contextsView.getChildren() };
}

/** Contexts first, then the Podman sockets and the setting, then "Enter an engine address…". */
function pickerItems(options: EngineOption[]): OptionItem[] {
  const items: OptionItem[] = [];
  const section = (label: string, members: EngineOption[]): void => {
    if (members.length === 0) return;
    items.push({ label, kind: vscode.QuickPickItemKind.Separator });
    for (const option of members) items.push(optionItem(option));
  };
  section(t('Docker contexts'), options.filter((option) => option.kind === 'context'));
  section(t('Podman'), options.filter((option) => option.kind === 'podman'));
  section(t('Automatic'), options.filter((option) => option.kind === 'setting' || option.kind === 'automatic'));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: `$(edit) ${t('Enter an engine address…')}`, enterAddress: true });
  return items;
}

function optionItem(option: EngineOption): OptionItem {
  const marks = [...(option.kind === 'context' && option.current ? [t('current Docker context')] : []), ...(option.active ? [t('in use')] : [])];
  return {
    label: `${option.active ? '$(check)' : '$(blank)'} ${engineOptionLabel(option, t)}`,
    description: [option.host, ...marks].filter(Boolean).join(' · '),
    detail: option.kind === 'context' ? option.description : undefined,
    option,
    buttons:
      option.kind === 'context' && !option.current
        ? [{ iconPath: new vscode.ThemeIcon('pass'), tooltip: t('Also make it the current Docker context') }]
        : undefined,
  };
}

class ContextsTreeDataProvider implements vscode.TreeDataProvider<EngineOptionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly options: () => EngineOption[],
    private readonly state: () => EngineState,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: EngineOptionNode): vscode.TreeItem {
    return toTreeItem(node.present());
  }

  getChildren(node?: EngineOptionNode): EngineOptionNode[] {
    if (node) return [];
    const state = this.state();
    const activeTooltip = state.status === 'connected' ? engineTooltip(state) : undefined;
    return this.options().map((option) => new EngineOptionNode(t, option, activeTooltip));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
