/**
 * Switching engines in a real VS Code: "Docker: Switch Engine or Context..."
 * from the command palette, a Docker context that points at Podman picked in
 * the real quick pick, and the Docker view and status bar following at once.
 * The runner (runInCodeServer.mjs) gives the extension host a DOCKER_CONFIG
 * with that context (`podman-test`) and the Podman's address.
 */
import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../../client/src/explorer';
import { createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects } from '../../support/engineFixtures';
import { containerNode, explorerApi, when, type Subscribable } from './support';

/**
 * Runs the switch command as the palette does and picks the item whose label contains `label`, with the
 * keyboard. Each key is pressed once the workbench has drawn the picker and reported the active item
 * (the extension's picker updates reach the workbench asynchronously, so a key sent at once could go to
 * the previous picker, or to none).
 */
async function pickEngine(explorer: ExplorerApi, label: string): Promise<void> {
  let active: string | undefined;
  let moves = 0;
  const tracking = explorer.switcher.onDidChangePickerActive((current) => {
    active = current;
    moves += 1;
  });
  const activeChanged: Subscribable = (listener) => explorer.switcher.onDidChangePickerActive(listener);
  try {
    const shown = new Promise<readonly string[]>((resolve) => {
      const subscription = explorer.switcher.onDidShowPicker((labels) => {
        subscription.dispose();
        resolve(labels);
      });
    });
    const done = vscode.commands.executeCommand('dockside.engine.switch');
    // The command returns early only when the picker closed without a pick: fail then, rather than wait for keys that go nowhere.
    const closedEarly = Promise.resolve(done).then(() => Promise.reject(new Error(`the picker closed before "${label}" was picked`)));
    closedEarly.catch(() => undefined); // after a pick the command returns too, and that is no failure
    const whileOpen = <T>(wait: Promise<T>): Promise<T> => Promise.race([wait, closedEarly]);
    const labels = await shown;
    assert.ok(labels.some((candidate) => candidate.includes(label)), `"${label}" is offered: ${labels.join(' | ')}`);
    await whileOpen(when(activeChanged, () => (moves > 0 ? true : undefined)));
    for (let step = 0; step < labels.length && !active?.includes(label); step++) {
      const movesBefore = moves;
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await whileOpen(when(activeChanged, () => (moves > movesBefore ? true : undefined)));
    }
    assert.ok(active?.includes(label), `"${label}" is the active item (${active ?? 'none'})`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
  } finally {
    tracking.dispose();
  }
}

describe('Switching engines', () => {
  const runId = newRunId();
  const podman = new Docker({ socketPath: (process.env.DOCKSIDE_PODMAN_HOST ?? '').replace(/^unix:\/\//, '') });
  let explorer: ExplorerApi;

  before(async () => {
    explorer = await explorerApi();
    await ensureBusyboxImage(podman);
  });

  after(async () => {
    // Whatever happened, leave no choice behind: the suites after this one expect the Docker Engine.
    if (explorer.engine.choice) await pickEngine(explorer, 'Automatic');
    await removeTestObjects(podman, runId);
  });

  it('switches from the palette to a context on Podman: the view shows its container and the status bar says Podman', async () => {
    const onPodman = await createTestContainer(podman, runId, { name: 'on-podman' });
    await vscode.commands.executeCommand('workbench.view.extension.dockside');
    await explorer.containers.getRoots();
    // The palette is used from the editor. (A focused tree view that finishes a refresh takes the focus
    // back, and a picker that loses the focus closes: after a switch every view refreshes.)
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    assert.equal(explorer.engine.state.status === 'connected' && explorer.engine.state.identity.kind, 'docker');
    assert.equal(explorer.containers.findContainer(onPodman.id), undefined);

    await pickEngine(explorer, 'podman-test');
    assert.deepEqual(explorer.engine.choice, { kind: 'context', name: 'podman-test' }, 'the picked context is the choice');
    // A busy Podman may take longer than one ping: the connection retries by itself until it answers.
    const state = await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' ? explorer.engine.state : undefined),
    );
    assert.equal(state.status === 'connected' && state.identity.kind, 'podman');
    assert.equal(state.status === 'connected' && state.location.contextName, 'podman-test');
    await containerNode(explorer, onPodman.id, 'created');
    assert.match(explorer.statusBar.text, /Podman 4\.\d+\.\d+ · podman-test/);
    assert.match(explorer.statusBar.tooltip ?? '', /Podman .*\(API 1\.\d+\), linux\/amd64/);

    // Back to no choice, so the suites after this one find the Docker Engine as before.
    await pickEngine(explorer, 'Automatic');
    await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' && explorer.engine.state.identity.kind === 'docker' ? true : undefined),
    );
    assert.match(explorer.statusBar.text, /Docker Engine/);
  });
});
