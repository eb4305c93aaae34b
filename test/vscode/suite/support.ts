/** Shared by the vscode-tier suites: waiting on the editor's and the explorer's real signals. */
import * as vscode from 'vscode';
import type { DocksideApi } from '../../../client/src/extension';
import type { ExplorerApi } from '../../../client/src/explorer';
import type { ContainerNode } from '../../../client/src/explorer/nodes/containers';

/** Resolves with the document's diagnostics once they satisfy `predicate` (checked on every change). */
export function diagnosticsWhen(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = (): void => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return;
      subscription.dispose();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    check();
  });
}

/** The labels of the snippet items VS Code offers at a position, from every provider (the language server's and any contributed). */
export async function snippetLabelsAt(document: vscode.TextDocument, line: number, character: number): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, character));
  return list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** An event to subscribe to, as `vscode.Event` and the explorer's emitters are. */
export interface Subscribable {
  (listener: () => void): { dispose(): void };
}

/** Resolves with `check()`'s first defined value, checked now and again after every `event`. */
export function when<T>(event: Subscribable, check: () => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    const initial = check();
    if (initial !== undefined) return resolve(initial);
    const subscription = event(() => {
      const value = check();
      if (value === undefined) return;
      subscription.dispose();
      resolve(value);
    });
  });
}

/** The explorer the activated extension exposes: its models, as the views see them. */
export async function explorerApi(): Promise<ExplorerApi> {
  const api = await vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!.activate();
  return api.explorer;
}

/** The containers view's node for `id` once the model shows it in `state`: what a right-click passes to a command. */
export function containerNode(explorer: ExplorerApi, id: string, state: string): Promise<ContainerNode> {
  return when(
    (listener) => explorer.containers.onDidChange(listener),
    () => {
      const node = explorer.containers.findContainer(id);
      return node?.info.State === state ? node : undefined;
    },
  );
}

/**
 * Replaces members of the `vscode` API object for the duration of `body`. The extension and the
 * suite share that object (same extension folder), so this is how a headless test answers a
 * prompt the user would answer.
 */
export async function withStubs<T>(target: object, stubs: Record<string, PropertyDescriptor>, body: () => Thenable<T>): Promise<T> {
  const originals = Object.keys(stubs).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)] as const);
  for (const [key, descriptor] of Object.entries(stubs)) Object.defineProperty(target, key, { ...descriptor, configurable: true });
  try {
    return await body();
  } finally {
    for (const [key, original] of originals) {
      if (original) Object.defineProperty(target, key, original);
      else delete (target as Record<string, unknown>)[key];
    }
  }
}
