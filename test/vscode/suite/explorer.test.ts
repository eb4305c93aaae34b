/**
 * The Docker view in a real VS Code against the real engine: it lists what
 * the test creates, follows containers started behind its back without a
 * refresh, and shows the welcome state while the engine is unreachable,
 * recovering by itself when it returns.
 */
import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../../client/src/explorer';
import { buildFromFiles, busyboxImage, createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects, testLabel } from '../../support/engineFixtures';
import { containerNode, explorerApi, when, workbench, type Subscribable } from './support';

describe('Docker explorer', () => {
  const docker = new Docker();
  const runId = newRunId();
  let explorer: ExplorerApi;

  before(async () => {
    explorer = await explorerApi();
    await ensureBusyboxImage(docker);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('dockside.engine').update('host', undefined, vscode.ConfigurationTarget.Global);
    await removeTestObjects(docker, runId);
  });

  it('lists a container created by the test in the containers view', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.dockside');
    const container = await createTestContainer(docker, runId, { name: 'listed' });
    // What the tree view asks for: the model's roots, which connect and list on first use.
    await explorer.containers.getRoots();
    const node = await containerNode(explorer, container.id, 'created');

    const roots = await explorer.containers.getRoots();
    assert.ok(roots.includes(node), 'the container is a top-level item (it belongs to no compose project)');
    const item = node.present();
    assert.equal(item.label, `dockside-${runId}-listed`);
    assert.equal(item.contextValue, 'container.created');
    assert.ok(item.description?.startsWith(busyboxImage), `the description names the image: ${item.description}`);
  });

  it('shows a container started outside VS Code without a refresh', async () => {
    // Other test runs share the engine: count this run's containers only.
    const ours = async (): Promise<number> =>
      (await explorer.containers.getRoots()).filter((node) => node.present().label.startsWith(`dockside-${runId}-`)).length;
    const before = await ours();
    assert.equal(explorer.engine.state.status, 'connected');

    // Straight through the Engine API, as `docker run` in a terminal would.
    const container = await createTestContainer(docker, runId, { name: 'outside', start: true });
    const node = await containerNode(explorer, container.id, 'running');

    assert.equal(node.present().contextValue, 'container.running');
    assert.equal(await ours(), before + 1);
  });

  it('names the none network\'s driver "none", not the API\'s "null"', async () => {
    await explorer.engine.connect();
    const none = (await explorer.networks.getRoots()).find((node) => node.present().label === 'none');
    assert.ok(none, 'the none network is listed');
    assert.equal(none.present().description, 'none');
    assert.match(none.present().tooltip ?? '', /^Driver: none$/m);
  });

  it("does not show a classic build's step containers, even while they run", async () => {
    await explorer.containers.getRoots();
    const shown = new Set<string>();
    const watching = explorer.containers.onDidChange(
      () => void explorer.containers.getRoots().then((roots) => roots.forEach((node) => shown.add(node.present().id))),
    );
    const created: string[] = [];
    let afterBuild: Docker.Container | undefined;
    const events = (await docker.getEvents({ filters: { type: ['container'], event: ['create'], label: [`${testLabel}=${runId}`] } })) as NodeJS.ReadableStream & { destroy(): void };
    events.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) created.push((JSON.parse(line) as { id: string }).id);
    });
    try {
      // The label comes first so that the step containers carry it; each RUN step runs in one.
      await buildFromFiles(
        docker,
        { Dockerfile: `FROM ${busyboxImage}\nLABEL ${testLabel}=${runId}\nRUN sleep 1 && echo one > /one\nRUN sleep 1 && echo two > /two\n` },
        { t: `dockside-test/steps-${runId}:latest`, labels: { [testLabel]: runId } },
      );
      // A container created after the build and shown by the view: every event before it was handled.
      afterBuild = await createTestContainer(docker, runId, { name: 'after-build' });
      await containerNode(explorer, afterBuild.id, 'created');
    } finally {
      watching.dispose();
      events.destroy();
    }
    const steps = created.filter((id) => id !== afterBuild?.id);
    assert.ok(steps.length >= 3, `the build ran its steps in containers: ${steps.length}`);
    const flashed = steps.filter((id) => shown.has(`container:${id}`));
    assert.deepEqual(flashed, [], 'no step container appeared in the view');
  });

  it('explains an unreachable engine once, names the address and the reason, keeps Retry in sight, and recovers when it returns', async function () {
    const container = await createTestContainer(docker, runId, { name: 'survivor' });
    await vscode.commands.executeCommand('workbench.view.extension.dockside');
    await explorer.containers.getRoots();
    await containerNode(explorer, container.id, 'created');
    const onState: Subscribable = (listener) => explorer.engine.onDidChangeState(listener);

    const missing = `/tmp/dockside-${runId}-missing.sock`;
    const settings = vscode.workspace.getConfiguration('dockside.engine');
    await settings.update('host', `unix://${missing}`, vscode.ConfigurationTarget.Global);
    const problem = await when(onState, () => (explorer.engine.state.status === 'unreachable' ? explorer.engine.state.problem : undefined));
    assert.equal(problem.kind, 'socketMissing', `${problem.kind}: ${problem.detail}`);
    const labels = async (model: { getRoots(): Promise<Array<{ present(): { label: string } }>> }): Promise<string[]> =>
      (await model.getRoots()).map((node) => node.present().label);
    assert.deepEqual(await labels(explorer.containers), ['Retry', 'Open Engine Settings']);
    assert.equal(explorer.containers.findContainer(container.id), undefined, 'nothing stale is shown');
    for (const model of [explorer.images, explorer.volumes, explorer.networks]) assert.deepEqual(await labels(model), ['No Docker Engine: see Containers']);

    const page = workbench();
    if (page) {
      // What the user reads, in the workbench at 1400x900: one explanation, and Retry without scrolling.
      const messages = await page.elements('.tree-explorer-viewlet-tree-view .message:not(.hide)', missing);
      const shown = messages.elements.map((element) => element.text).filter((text) => text !== '');
      assert.equal(shown.length, 1, `one explanation: ${shown.join(' | ')}`);
      assert.match(shown[0], new RegExp(`^Docker is not running\\. There is no engine socket at ${missing} \\(set in dockside\\.engine\\.host\\)\\. Start Docker`));
      assert.doesNotMatch(shown[0], /ENOENT/);
      const rows = await page.elements('.monaco-list-row', 'Open Engine Settings');
      const retry = rows.elements.find((row) => row.text === 'Retry');
      assert.ok(retry, `a Retry row: ${rows.elements.map((row) => row.text).join(' | ')}`);
      assert.ok(retry.box.y >= 0 && retry.box.y + retry.box.height <= rows.viewport.height, `Retry is in sight at ${rows.viewport.width}x${rows.viewport.height}: ${JSON.stringify(retry.box)}`);
    }

    // Retry says it is connecting, then that it failed again.
    const seen: string[] = [];
    const watching = explorer.containers.onDidChange(() => void explorer.containers.getRoots().then(([first]) => seen.push(first.present().label)));
    await vscode.commands.executeCommand('dockside.engine.retry');
    watching.dispose();
    assert.ok(seen.includes(`Connecting to unix://${missing}…`), `connecting was shown: ${seen.join(' | ')}`);
    const [retried] = await explorer.containers.getRoots();
    assert.match(retried.present().description ?? '', /^failed again at /);

    await settings.update('host', undefined, vscode.ConfigurationTarget.Global);
    await when(onState, () => (explorer.engine.state.status === 'connected' ? true : undefined));
    // The view had asked for its items, so the model lists again by itself.
    await containerNode(explorer, container.id, 'created');
    assert.ok((await explorer.containers.getRoots()).some((node) => node.present().id === `container:${container.id}`));
  });
});
