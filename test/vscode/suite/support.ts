/** Shared by the vscode-tier suites: waiting on the editor's and the explorer's real signals. */
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
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

/** The text of the "Dockside" output channel once `until` accepts it (the channel is shown to be read). */
export async function docksideLog(until: (text: string) => boolean): Promise<string> {
  const api = await vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!.activate();
  api.log.show(true);
  const document = await when(
    (listener) => {
      const opened = vscode.workspace.onDidOpenTextDocument(listener);
      const changed = vscode.workspace.onDidChangeTextDocument(listener);
      return { dispose: () => (opened.dispose(), changed.dispose()) };
    },
    () => vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'output' && /Dockside/.test(document.uri.path) && until(document.getText())),
  );
  return document.getText();
}

/** An element of the workbench page: its text and where it is drawn. */
export interface PageElement {
  readonly text: string;
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/**
 * The workbench page as the user sees it, asked through the runner's UI driver (test/vscode/uiDriver.mjs).
 * Undefined where no driver runs (under @vscode/test-electron).
 */
export interface Workbench {
  /** The command palette's rows (their accessible labels, in order) for what the user typed. */
  palette(query: string): Promise<string[]>;
  /** Every element matching the CSS `selector`, and the window's size; with `hasText`, once an element containing it is drawn. */
  elements(selector: string, hasText?: string): Promise<{ elements: PageElement[]; viewport: { width: number; height: number } }>;
  /** For each element matching `selector`: the platform fonts its text was drawn with. */
  fonts(selector: string): Promise<Array<{ html: string; fonts: Array<{ familyName: string; glyphCount: number }> }>>;
}

export function workbench(): Workbench | undefined {
  const url = process.env.DOCKSIDE_UI_DRIVER;
  if (!url) return undefined;
  const ask = async <T>(action: string, args: object): Promise<T> => {
    const response = await fetch(url, { method: 'POST', body: JSON.stringify({ action, ...args }) });
    if (!response.ok) throw new Error(`UI driver ${action}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    palette: async (query) => (await ask<{ labels: string[] }>('palette', { query })).labels,
    elements: (selector, hasText) => ask('elements', { selector, hasText }),
    fonts: async (selector) => (await ask<{ elements: Array<{ html: string; fonts: Array<{ familyName: string; glyphCount: number }> }> }>('fonts', { selector })).elements,
  };
}

/**
 * The extension host's own log (which extension activated on which event, warnings about extensions)
 * once `until` accepts it; undefined where the runner does not say where the logs are (DOCKSIDE_VSCODE_LOGS).
 */
export async function extensionHostLog(until: (text: string) => boolean): Promise<string | undefined> {
  const logs = process.env.DOCKSIDE_VSCODE_LOGS;
  if (!logs || !existsSync(logs)) return undefined;
  const file = readdirSync(logs)
    .sort()
    .reverse()
    .flatMap((session) => readdirSync(join(logs, session)).filter((name) => name.startsWith('exthost')).map((folder) => join(logs, session, folder)))
    .flatMap((folder) => readdirSync(folder).filter((name) => /^(remote)?exthost\.log$/.test(name)).map((name) => join(folder, name)))[0];
  if (!file) return undefined;
  return new Promise((resolve) => {
    const check = (): boolean => {
      const text = readFileSync(file, 'utf8');
      if (!until(text)) return false;
      watcher.close();
      resolve(text);
      return true;
    };
    const watcher = watch(file, () => void check());
    check();
  });
}
