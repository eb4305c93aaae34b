/**
 * Just enough of the `vscode` module for `registerCommands` to run in node:
 * it records the command IDs registered. Imported before the code under test,
 * it answers every `require('vscode')`.
 */
import Module from 'node:module';

export const registeredCommands: string[] = [];

class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => undefined };
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

const disposable = { dispose: () => undefined };

const fakeVscode = {
  EventEmitter,
  Disposable: { from: () => disposable },
  commands: {
    registerCommand: (id: string) => {
      registeredCommands.push(id);
      return disposable;
    },
  },
  window: {
    createOutputChannel: () => ({ ...disposable, append: () => undefined, appendLine: () => undefined, clear: () => undefined, show: () => undefined }),
  },
  workspace: {
    registerTextDocumentContentProvider: () => disposable,
    onDidChangeTextDocument: () => disposable,
    onDidChangeConfiguration: () => disposable,
  },
  languages: { createDiagnosticCollection: () => ({ ...disposable, delete: () => undefined, set: () => undefined, has: () => false }) },
  l10n: { t: (message: string) => message },
};

const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleWithLoad._load;
moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};
