/** The extension in a real VS Code: activation, the language client, the Docker view. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { DocksideApi } from '../../../client/src/extension';
import { extensionHostLog } from './support';

async function activated(): Promise<DocksideApi> {
  const extension = vscode.extensions.getExtension<DocksideApi>('dockside.dockside');
  assert.ok(extension, `the dockside.dockside extension is loaded (${vscode.extensions.all.length} in all; loaded: ${vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id).join(', ')})`);
  return extension.activate();
}

/** The extension activated and its language server running: providers answer from here on. */
async function ready(): Promise<DocksideApi> {
  const api = await activated();
  await api.languageClientReady;
  return api;
}

describe('Dockside in VS Code', () => {
  // First in the whole suite: nothing has activated the extension yet.
  it('does not activate for a plain-text file', async () => {
    const extension = vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!;
    assert.equal(extension.isActive, false, 'not active before any Docker file, view or command');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'docker run -it busybox sh\n' }));
    // A round trip through the workbench: the activation events of opening the file were sent before its answer.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await extension.activate();
    const log = await extensionHostLog((text) => /_doActivateExtension dockside\.dockside,/.test(text));
    if (log !== undefined) assert.match(log, /_doActivateExtension dockside\.dockside, startup: false, activationEvent: 'api'/);
  });

  it('activates and exports its API', async () => {
    const api = await activated();
    assert.ok(api.languageClient, 'language client exported');
  });

  it('brings the language client to the running state', async () => {
    const api = await ready();
    assert.equal(api.languageClient.state, State.Running);
  });

  it('answers completion in an opened Dockerfile', async () => {
    await ready();
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.20\n\n' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(1, 0),
    );
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const instruction of ['RUN', 'COPY', 'WORKDIR', 'CMD']) assert.ok(labels.includes(instruction), `${instruction} offered among ${labels}`);
  });

  it('explains an instruction on hover', async () => {
    await ready();
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.20\nWORKDIR /app\n' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(1, 2));
    const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
    assert.match(text, /WORKDIR/);
  });

  it('contributes the Docker view container to the activity bar', async () => {
    const manifest = vscode.extensions.getExtension('dockside.dockside')!.packageJSON as {
      contributes: { viewsContainers: { activitybar: Array<{ id: string }> } };
    };
    assert.ok(manifest.contributes.viewsContainers.activitybar.some((container) => container.id === 'dockside'));
    await vscode.commands.executeCommand('workbench.view.extension.dockside');
  });

  it('serves Docker files, scripts, Markdown and .txt notes on disk and unsaved, and nothing in other schemes', async () => {
    const api = await ready();
    const selector = api.languageClient.clientOptions.documentSelector as Array<{ language?: string; scheme?: string }>;
    assert.deepEqual(selector.filter((filter) => filter.scheme !== 'file' && filter.scheme !== 'untitled'), [], 'every filter names its scheme');

    const hoverText = async (uri: vscode.Uri, position: vscode.Position): Promise<string> => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      return hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
    };
    const note = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'docker-notes.txt');
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode('docker run -it busybox sh\n'));
    try {
      await vscode.workspace.openTextDocument(note);
      assert.match(await hoverText(note, new vscode.Position(0, 8)), /run/, 'a .txt note on disk');
    } finally {
      await vscode.workspace.fs.delete(note);
    }
    const unsaved = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'docker run -it busybox sh\n' });
    assert.match(await hoverText(unsaved.uri, new vscode.Position(0, 8)), /run/, 'an unsaved note');

    // A Dockerfile another extension shows in its own scheme (as git and diff views do) is not ours to serve.
    const scheme = 'dockside-test-virtual';
    const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => 'FROM alpine:3.20\nWORKDIR /app\n' });
    try {
      const virtual = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(vscode.Uri.parse(`${scheme}:/Dockerfile`)), 'dockerfile');
      assert.doesNotMatch(await hoverText(virtual.uri, new vscode.Position(1, 2)), /WORKDIR/);
    } finally {
      provider.dispose();
    }
    const log = await extensionHostLog(() => true);
    if (log !== undefined) assert.doesNotMatch(log, /Extension 'dockside\.dockside' uses a document selector without scheme/);
  });
});
