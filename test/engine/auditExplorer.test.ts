/**
 * Audit of issue 6's view requirements that explorer.test.ts leaves open,
 * against the real engine: a container's mounts as children, images left
 * untagged by a rebuild shown apart as dangling, volume sizes where the
 * engine knows them, and a container connected to an existing network
 * redrawing that network only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { ContainersModel } from '../../client/src/explorer/model/containers';
import { ImagesModel } from '../../client/src/explorer/model/images';
import { NetworksModel, VolumesModel } from '../../client/src/explorer/model/volumesNetworks';
import type { ExplorerNode } from '../../client/src/explorer/nodes/base';
import { DanglingImagesNode } from '../../client/src/explorer/nodes/images';
import { NetworkNode } from '../../client/src/explorer/nodes/volumesNetworks';
import {
  buildFromFiles,
  busyboxImage,
  createTestContainer,
  createTestNetwork,
  createTestVolume,
  ensureBusyboxImage,
  newRunId,
  removeTestObjects,
  testLabels,
} from '../support/engineFixtures';
import { localEngine, runScopedContext, until } from '../support/explorerHarness';

const docker = new Docker();
const runId = newRunId();
const { engine, ctx } = localEngine();

describe('audit: explorer views against the engine', () => {
  before(() => ensureBusyboxImage(docker));
  after(async () => {
    engine.dispose();
    await removeTestObjects(docker, runId);
  });

  test('a container\'s children include its mounts: destination, kind and source, read-only marked', async () => {
    const volume = await createTestVolume(docker, runId, 'mounted');
    const container = await createTestContainer(docker, runId, { name: 'mounts', binds: [`${volume}:/data`, '/etc/hostname:/host-name:ro'] });
    const model = new ContainersModel(ctx);
    await model.getRoots();
    const node = model.findContainer(container.id);
    assert.ok(node);
    assert.equal(node.present().collapsible, 'collapsed', 'a container with mounts can be expanded');
    const mounts = (await node.getChildren()).map((child) => child.present()).filter((child) => child.contextValue === 'mount');
    assert.deepEqual(
      mounts.map((mount) => [mount.label, mount.description]),
      [
        ['/data', `volume ${volume}`],
        ['/host-name', 'bind /etc/hostname · read-only'],
      ],
    );
    model.dispose();
  });

  test('an image left untagged by a rebuild moves to "Dangling images", named by its short ID', async () => {
    const tag = `dockside-test/audit-dangling-${runId}:v1`;
    const build = (generation: string) =>
      buildFromFiles(docker, { Dockerfile: `FROM ${busyboxImage}\nLABEL generation=${generation}\n` }, { t: tag, labels: testLabels(runId) });
    await build('first');
    const firstId = (await docker.getImage(tag).inspect()).Id;
    const model = new ImagesModel(ctx);
    await model.getRoots();
    assert.ok(model.findTag(`dockside-test/audit-dangling-${runId}`, 'v1'));

    await build('second');
    const dangling = await until(model, async () => {
      const group = (await model.getRoots()).find((node): node is DanglingImagesNode => node instanceof DanglingImagesNode);
      return group?.images.find((image) => image.image.Id === firstId) ? group : undefined;
    });
    const entry = dangling.images.find((image) => image.image.Id === firstId);
    assert.equal(entry?.present().label, firstId.slice(7, 19));
    assert.equal(entry?.present().contextValue, 'image.dangling');
    assert.equal(entry?.ref.id, firstId, 'commands act on the image ID');
    const tagNode = model.findTag(`dockside-test/audit-dangling-${runId}`, 'v1');
    assert.notEqual(tagNode?.entry.image.Id, firstId, 'the tag now names the new build');
    model.dispose();
  });

  test('a volume shows its size once the engine has measured it', async () => {
    const volume = await createTestVolume(docker, runId, 'sized');
    const writer = await createTestContainer(docker, runId, { name: 'writer', binds: [`${volume}:/data`], cmd: ['sh', '-c', 'head -c 2000000 /dev/zero > /data/blob'], start: true });
    await writer.wait();
    const model = new VolumesModel(ctx);
    await model.getRoots();
    const node = model.findVolume(volume);
    assert.ok(node);
    const sized = await until(model, () => (node.usage ? node : undefined));
    assert.equal(sized.present().description, 'local · 2 MB');
    model.dispose();
  });

  test('connecting an existing container to an expanded network redraws that network, not the whole view', async () => {
    const name = await createTestNetwork(docker, runId, 'joined');
    // Only this run's events: the container's start connects it to the default bridge, and other
    // processes create networks and containers on the shared engine, each rightly redrawing other nodes.
    const model = new NetworksModel(runScopedContext(ctx, runId));
    const node = (await model.getRoots()).find((n): n is NetworkNode => n instanceof NetworkNode && n.info.Name === name);
    assert.ok(node);
    await node.getChildren(); // expanded
    const container = await createTestContainer(docker, runId, { name: 'joiner', start: true });

    // The engine is shared: other runs' networks come and go, and their containers join the bridge meanwhile.
    const othersChanges = (await docker.getEvents({ filters: { type: ['network'], event: ['create', 'destroy'] } })) as unknown as NodeJS.ReadableStream & { destroy(): void };
    let othersCameOrWent = false;
    othersChanges.on('data', () => (othersCameOrWent = true));
    const fired: Array<ExplorerNode | undefined> = [];
    const subscription = model.onDidChange((changed) => fired.push(changed));
    await docker.getNetwork(node.info.Id).connect({ Container: container.id });
    const members = await until(model, async () => {
      const labels = (await node.getChildren()).map((child) => child.present().label);
      return labels.includes(`dockside-${runId}-joiner`) ? labels : undefined;
    });
    subscription.dispose();
    othersChanges.destroy();
    assert.deepEqual(members, [`dockside-${runId}-joiner`]);
    assert.ok(fired.includes(node), 'the network node was redrawn');
    assert.ok(fired.every((changed) => changed === undefined || changed instanceof NetworkNode), 'only network nodes were redrawn');
    assert.ok(othersCameOrWent || !fired.includes(undefined), 'a connect does not redraw the whole view');
    model.dispose();
  });
});
