/** The thin adapter from a `vscode`-free tree model to VS Code's TreeDataProvider. */
import * as vscode from 'vscode';
import type { Event } from '../engine/emitter';
import type { ExplorerNode, NodePresentation } from './nodes/base';

/** What a view needs of its model: the top-level nodes, and word of what changed. */
export interface TreeModel {
  readonly onDidChange: Event<ExplorerNode | undefined>;
  getRoots(): Promise<ExplorerNode[]>;
}

export class ModelTreeDataProvider implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: { dispose(): void };

  constructor(private readonly model: TreeModel) {
    this.subscription = model.onDidChange((node) => this.changeEmitter.fire(node));
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return toTreeItem(node.present());
  }

  getChildren(node?: ExplorerNode): vscode.ProviderResult<ExplorerNode[]> {
    return node ? node.getChildren() : this.model.getRoots();
  }

  getParent(node: ExplorerNode): ExplorerNode | undefined {
    return node.parent;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

const collapsibleStates = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
} as const;

export function toTreeItem(presentation: NodePresentation): vscode.TreeItem {
  const item = new vscode.TreeItem(presentation.label, collapsibleStates[presentation.collapsible]);
  item.id = presentation.id;
  item.description = presentation.description;
  item.tooltip = presentation.tooltip;
  item.contextValue = presentation.contextValue;
  if (presentation.icon) {
    const color = presentation.icon.color ? new vscode.ThemeColor(presentation.icon.color) : undefined;
    item.iconPath = new vscode.ThemeIcon(presentation.icon.id, color);
  }
  if (presentation.openUrl) {
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open in Browser'), arguments: [vscode.Uri.parse(presentation.openUrl)] };
  }
  if (presentation.command) {
    item.command = { command: presentation.command.id, title: presentation.command.title, arguments: [...presentation.command.arguments] };
  }
  return item;
}
