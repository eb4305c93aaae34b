/** Editing a Dockerfile in a real editor: the notes' slip is flagged and fixed in one step. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocksideApi } from '../../../client/src/extension';
import { diagnosticsWhen, snippetLabelsAt } from './support';

describe('Editing a Dockerfile', () => {
  let uri: vscode.Uri;

  before(async () => {
    await vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!.activate().then((api) => api.languageClientReady);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    uri = vscode.Uri.joinPath(folder, 'editing-test', 'Dockerfile');
    const text = ['FROM node:20-alpine', 'WORKDIR /app', 'COPY . .', 'EXPOSEE 3000', 'CMD ["node", "server.js"]', ''].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
  });

  it('flags EXPOSEE and fixes it with the offered quick fix', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const isError = (d: vscode.Diagnostic) => d.range.start.line === 3 && d.severity === vscode.DiagnosticSeverity.Error;
    const error = (await diagnosticsWhen(uri, (all) => all.some(isError))).find(isError)!;
    assert.match(error.message, /EXPOSE\b/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, error.range);
    const fix = actions.find((action) => action.edit?.get(uri).some((edit) => edit.newText === 'EXPOSE'));
    assert.ok(fix, `a quick fix replacing EXPOSEE with EXPOSE among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));

    assert.equal(document.lineAt(3).text, 'EXPOSE 3000');
    await diagnosticsWhen(uri, (all) => !all.some(isError));
  });

  it('explains the instruction under the cursor in full, beside the editor', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 2, 1, 2); // on WORKDIR
    const isExplanation = (doc: vscode.TextDocument) => doc.uri.scheme === 'dockside-explain';
    const opened = new Promise<vscode.TextDocument>((resolve) => {
      const subscription = vscode.workspace.onDidOpenTextDocument((doc) => {
        if (!isExplanation(doc)) return;
        subscription.dispose();
        resolve(doc);
      });
    });
    await vscode.commands.executeCommand('dockside.explain');
    const page = vscode.workspace.textDocuments.find(isExplanation) ?? (await opened);
    assert.match(page.getText(), /WORKDIR/);
    assert.match(page.getText(), /```/, 'the full entry carries its example');
  });
  it('"More…" in a hover explains the hovered word, wherever the cursor is', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 1, 0, 1); // on FROM
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(1, 2));
    const markdown = hovers.flatMap((hover) => hover.contents).find((part): part is vscode.MarkdownString => part instanceof vscode.MarkdownString && part.value.includes('command:dockside.explain'));
    assert.ok(markdown, 'the WORKDIR hover links to the Explain view');
    assert.ok(markdown.isTrusted, 'the link can run');
    const link = /\]\(command:dockside\.explain\?([^)]+)\)/.exec(markdown.value)!;
    const isWorkdirPage = (doc: vscode.TextDocument) => doc.uri.scheme === 'dockside-explain' && doc.uri.path.startsWith('/WORKDIR');
    const opened = new Promise<vscode.TextDocument>((resolve) => {
      const subscription = vscode.workspace.onDidOpenTextDocument((doc) => {
        if (!isWorkdirPage(doc)) return;
        subscription.dispose();
        resolve(doc);
      });
    });
    await vscode.commands.executeCommand('dockside.explain', ...(JSON.parse(decodeURIComponent(link[1])) as unknown[]));
    const page = vscode.workspace.textDocuments.find(isWorkdirPage) ?? (await opened);
    assert.match(page.getText(), /^# `WORKDIR`/);
  });

  it('offers snippets only where an instruction starts: none after RUN --', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.20\nRUN --\n\n' });
    const snippetsAt = (line: number, character: number) => snippetLabelsAt(document, line, character);
    assert.deepEqual(await snippetsAt(1, 6), [], 'after RUN --');
    assert.ok((await snippetsAt(2, 0)).includes('multistage-node'), 'where an instruction starts, from the language server');
  });
});