/** Editing a compose file in a real editor: the notes' `enviroment:` typo is flagged and fixed in one step. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocksideApi } from '../../../client/src/extension';
import { diagnosticsWhen, snippetLabelsAt } from './support';

describe('Editing a compose file', () => {
  let uri: vscode.Uri;

  before(async () => {
    await vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!.activate().then((api) => api.languageClientReady);
    uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'compose-editing-test', 'compose.yaml');
    const text = ['services:', '  db:', '    image: mysql:8.4', '    enviroment:', '      MYSQL_DATABASE: jjdb', ''].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
  });

  it('is served as a compose file, flags enviroment: and fixes it with the offered quick fix', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'dockercompose');
    await vscode.window.showTextDocument(document);
    const [error] = await diagnosticsWhen(uri, (all) => all.some((d) => d.range.start.line === 3 && d.severity === vscode.DiagnosticSeverity.Error));
    assert.match(error.message, /environment/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, error.range);
    const fix = actions.find((action) => action.edit?.get(uri).some((edit) => edit.newText === 'environment'));
    assert.ok(fix, `a quick fix renaming the key to environment among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));

    assert.equal(document.lineAt(3).text, '    environment:');
    await diagnosticsWhen(uri, (all) => !all.some((d) => d.range.start.line === 3 && d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('explains a port mapping on hover, this very mapping', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockercompose', content: 'services:\n  db:\n    image: mysql:8.4\n    ports:\n      - "3307:3306"\n' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(4, 11));
    const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
    assert.match(text, /3307/);
    assert.match(text, /3306/);
  });
  it('offers snippets only where a service or top-level key starts: none in a restart: value', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockercompose', content: 'services:\n  web:\n    image: nginx\n    restart: \n  \n' });
    const snippetsAt = (line: number, character: number) => snippetLabelsAt(document, line, character);
    assert.deepEqual(await snippetsAt(3, 13), [], 'in a restart: value');
    assert.ok((await snippetsAt(4, 2)).includes('mysql'), 'at a new service, from the language server');
  });
});