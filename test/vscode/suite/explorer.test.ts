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
import { busyboxImage, createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects } from '../../support/engineFixtures';
import { containerNode, explorerApi, when, type Subscribable } from './support';

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
    await explorer.containers.getRoots();
    assert.equal(explorer.engine.state.status, 'connected');
    const before = explorer.containers.containerCount;

    // Straight through the Engine API, as `docker run` in a terminal would.
    const container = await createTestContainer(docker, runId, { name: 'outside', start: true });
    const node = await containerNode(explorer, container.id, 'running');

    assert.equal(node.present().contextValue, 'container.running');
    assert.equal(explorer.containers.containerCount, before + 1);
  });

  it('shows the welcome state while the engine is unreachable and recovers when it returns', async () => {
    const container = await createTestContainer(docker, runId, { name: 'survivor' });
    await explorer.containers.getRoots();
    await containerNode(explorer, container.id, 'created');
    const onState: Subscribable = (listener) => explorer.engine.onDidChangeState(listener);

    const settings = vscode.workspace.getConfiguration('dockside.engine');
    await settings.update('host', 'unix:///tmp/nonexistent.sock', vscode.ConfigurationTarget.Global);
    const problem = await when(onState, () => (explorer.engine.state.status === 'unreachable' ? explorer.engine.state.problem : undefined));
    assert.equal(problem.kind, 'socketMissing', `the welcome view says "is Docker running?" (got ${problem.kind}: ${problem.detail})`);
    // An empty tree is what lets VS Code show the welcome view for that state.
    assert.deepEqual(await explorer.containers.getRoots(), []);
    assert.equal(explorer.containers.findContainer(container.id), undefined, 'nothing stale is shown');

    await settings.update('host', undefined, vscode.ConfigurationTarget.Global);
    await when(onState, () => (explorer.engine.state.status === 'connected' ? true : undefined));
    // The view had asked for its items, so the model lists again by itself.
    await containerNode(explorer, container.id, 'created');
    assert.ok((await explorer.containers.getRoots()).some((node) => node.present().id === `container:${container.id}`));
  });
});
