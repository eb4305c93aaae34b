/**
 * The "Dockside" output channel in a real VS Code: connection attempts and
 * their outcome with the address and the reason, and errors the language
 * server's error boundary caught, each with its level.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocksideApi } from '../../../client/src/extension';
import { newRunId } from '../../support/engineFixtures';
import { docksideLog, explorerApi, when } from './support';

describe('The Dockside log', () => {
  const runId = newRunId();

  after(async () => {
    await vscode.workspace.getConfiguration('dockside.engine').update('host', undefined, vscode.ConfigurationTarget.Global);
  });

  it('logs each connection attempt and its outcome, with the address and the reason', async () => {
    const explorer = await explorerApi();
    await explorer.engine.connect();
    const missing = `unix:///tmp/dockside-${runId}-missing.sock`;
    await vscode.workspace.getConfiguration('dockside.engine').update('host', missing, vscode.ConfigurationTarget.Global);
    await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'unreachable' ? true : undefined),
    );
    const text = await docksideLog((log) => log.includes(`Cannot reach the Docker Engine at ${missing}`));
    assert.match(text, new RegExp(`\\[info\\] Connecting to the Docker Engine at ${missing} \\(the dockside\\.engine\\.host setting\\)`));
    assert.match(text, new RegExp(`\\[warning\\] Cannot reach the Docker Engine at ${missing} .*: socketMissing, .*ENOENT.*Retrying in \\d+ s\\.`));

    await vscode.workspace.getConfiguration('dockside.engine').update('host', undefined, vscode.ConfigurationTarget.Global);
    await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' ? true : undefined),
    );
    const { location } = explorer.engine;
    // The outcome of the attempt after the failure: connected again.
    const connected = await docksideLog((log) => log.lastIndexOf('Connected to Docker Engine') > log.lastIndexOf(`Cannot reach the Docker Engine at ${missing}`));
    const lastLine = connected.slice(connected.lastIndexOf('Connected to Docker Engine')).split('\n')[0];
    assert.match(lastLine, new RegExp(`^Connected to Docker Engine \\S+ \\(API \\S+\\) at ${location.host}$`));
  });

  it("logs an error the language server's error boundary caught", async () => {
    const api = await vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!.activate();
    await api.languageClientReady;
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.20\n' });
    // A hover request without a position: the hover code throws, the boundary answers null and logs why.
    const answer = await api.languageClient.sendRequest('textDocument/hover', { textDocument: { uri: document.uri.toString() }, position: null });
    assert.equal(answer, null, 'the request still gets an answer');
    const text = await docksideLog((log) => log.includes('hover failed'));
    assert.match(text, /\[error\] hover failed: TypeError/);
  });
});
