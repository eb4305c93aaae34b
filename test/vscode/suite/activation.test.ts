/** The extension in a real VS Code: activation, the language client, the Docker view. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { DocksideApi } from '../../../client/src/extension';

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
});
