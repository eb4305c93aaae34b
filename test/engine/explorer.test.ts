import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type Docker from 'dockerode';
import type { EngineConnection } from '../../client/src/engine/connection';
import { nextEvent } from '../../client/src/engine/emitter';
import { ContainersModel } from '../../client/src/explorer/model/containers';
import { ImagesModel } from '../../client/src/explorer/model/images';
import { NetworksModel, VolumesModel } from '../../client/src/explorer/model/volumesNetworks';
import type { ExplorerContext, ExplorerNode } from '../../client/src/explorer/nodes/base';
import { ComposeProjectNode } from '../../client/src/explorer/nodes/compose';
import { ContainerNode } from '../../client/src/explorer/nodes/containers';
import {
  createTestContainer,
  createTestNetwork,
  createTestVolume,
  ensureBusyboxImage,
  freePort,
  newRunId,
  removeTestObjects,
} from '../support/engineFixtures';
import { engineAt, until } from '../support/explorerHarness';
import { testEngines } from '../support/testEngines';

async function labels(nodes: ExplorerNode[] | Promise<ExplorerNode[]>): Promise<string[]> {
  return (await nodes).map((node) => node.present().label);
}

// The same suite on the Docker Engine and on Podman; where Podman differs, the test says how.
for (const target of testEngines) describe(`explorer models against the engine (${target.name})`, () => {
  const runId = newRunId();
  const podman = target.kind === 'podman';
  let docker: Docker;
  let engine: EngineConnection;
  let ctx: ExplorerContext;
  before(async () => {
    docker = await target.ready();
    ({ engine, ctx } = engineAt(target.host));
    await ensureBusyboxImage(docker);
  });
  after(async () => {
    engine.dispose();
    await removeTestObjects(docker, runId);
  });

  test('a container started outside appears through the event stream, then its state and its removal', async () => {
    const model = new ContainersModel(ctx);
    await model.getRoots();
    const hostPort = await freePort();
    const container = await createTestContainer(docker, runId, { name: 'outside', start: true, ports: { 8080: hostPort } });
    const node = await until(model, () => (model.findContainer(container.id)?.info.State === 'running' ? model.findContainer(container.id) : undefined));
    assert.equal(node.present().label, `dockside-${runId}-outside`);
    assert.equal(node.present().contextValue, 'container.running');
    assert.match(node.present().description ?? '', new RegExp(`^${target.busyboxImage} · Up`));
    assert.ok((await model.getRoots()).includes(node), 'an ungrouped container is a top-level item');

    const children = await node.getChildren();
    const port = children.find((child) => child.present().contextValue === 'port');
    assert.equal(port?.present().label, `${hostPort} → 8080/tcp`);
    assert.equal(port?.present().openUrl, `http://localhost:${hostPort}`);
    const defaultNetwork = podman ? 'podman' : 'bridge';
    assert.ok(children.some((child) => child.present().contextValue === 'endpoint' && child.present().label === defaultNetwork));

    await container.pause();
    await until(model, () => model.findContainer(container.id)?.present().contextValue === 'container.paused' || undefined);
    await container.unpause();
    await container.kill();
    const exited = await until(model, () => (model.findContainer(container.id)?.info.State === 'exited' ? model.findContainer(container.id) : undefined));
    assert.equal(exited, node, 'the node keeps its identity across updates');
    assert.equal(exited.present().icon?.color, 'charts.red', 'killed: exited with a non-zero code');

    await container.remove();
    await until(model, () => (model.findContainer(container.id) === undefined ? true : undefined));
    assert.ok(!(await model.getRoots()).includes(node));
    model.dispose();
  });

  test('containers of a compose project are grouped; the group goes when its last container goes', async () => {
    const model = new ContainersModel(ctx);
    await model.getRoots();
    const project = `dockside-${runId}-proj`;
    const web = await createTestContainer(docker, runId, { name: 'web', labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': 'web' } });
    const db = await createTestContainer(docker, runId, { name: 'db', labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': 'db' } });
    const group = await until(model, async () => {
      const found = (await model.getRoots()).find((node): node is ComposeProjectNode => node instanceof ComposeProjectNode && node.name === project);
      return found && found.services.length === 2 ? found : undefined;
    });
    assert.deepEqual(await labels(group.getChildren()), ['db', 'web'], 'its services, by name');
    assert.deepEqual(await labels(group.services[1].getChildren()), [`dockside-${runId}-web`], 'each with its containers');
    assert.equal(group.present().description, '0/2 running');
    assert.equal(group.composeProject.name, project);

    await web.remove();
    await db.remove();
    await until(model, async () => ((await model.getRoots()).includes(group) ? undefined : true));
    model.dispose();
  });

  test('a refresh after changes the model missed brings it up to date', async () => {
    const model = new ContainersModel(ctx);
    await model.getRoots();
    model.dispose(); // stops following events, as if they were lost
    const container = await createTestContainer(docker, runId, { name: 'missed' });
    const fresh = new ContainersModel(ctx);
    await fresh.refresh();
    assert.ok((await fresh.getRoots()).some((node) => node instanceof ContainerNode && node.info.Id === container.id));
    fresh.dispose();
  });

  test('images: the busybox tag with size and age, its layers with their instructions', async () => {
    const model = new ImagesModel(ctx);
    await model.getRoots();
    const tag = model.findTag(target.busyboxImage.replace(/:latest$/, ''), 'latest');
    assert.ok(tag, 'the test image is listed under its repository');
    assert.match(tag.present().description ?? '', /^\d[\d.]* MB · /);
    const layers = (await tag.getChildren()).map((node) => node.present());
    // Dockerfile order, each with the instruction that made it and its size. Podman (Buildah) records
    // exec forms and labels as written; Docker's classic builder rewrites them.
    assert.deepEqual(
      layers.map((layer) => layer.label.replace(/file:[0-9a-f]+…/, 'file:…')),
      podman
        ? ['COPY file:… in /bin/busybox', 'RUN ["/bin/busybox", "--install", "-s", "/bin"]', 'ENV PATH=/bin', 'CMD ["sh", "-c", "echo hello; sleep 3600"]', 'LABEL "dockside.test.image"="busybox"']
        : ['COPY file:… in /bin/busybox', 'RUN /bin/busybox --install -s /bin', 'ENV PATH=/bin', 'CMD ["sh" "-c" "echo hello; sleep 3600"]', 'LABEL dockside.test.image=busybox'],
    );
    assert.match(layers[0].description ?? '', /^[12](\.\d+)? MB$/, 'the busybox binary is a MB or two');
    assert.equal(layers[2].description, '0 B');

    await docker.getImage(target.busyboxImage).tag({ repo: `dockside-test/${runId}`, tag: 'v1' });
    const repository = target.listed(`dockside-test/${runId}`);
    const added = await until(model, () => model.findTag(repository, 'v1'));
    assert.equal(added.ref.name, `${repository}:v1`);
    await docker.getImage(`${repository}:v1`).remove();
    await until(model, () => (model.findTag(repository, 'v1') ? undefined : true));
    model.dispose();
  });

  test('volumes: a new volume appears; its children are the containers using it', async () => {
    const model = new VolumesModel(ctx);
    await model.getRoots();
    const name = await createTestVolume(docker, runId, 'data');
    const node = await until(model, () => model.findVolume(name));
    assert.match(node.present().description ?? '', /^local/);
    assert.deepEqual(await labels(node.getChildren()), ['Not used by any container']);
    // Expanded (its children were asked for): a new user of the volume redraws it, without a refresh.
    const redrawn = nextEvent(model.onDidChange, (changed) => changed === node);
    await createTestContainer(docker, runId, { name: 'user', binds: [`${name}:/data`] });
    await redrawn;
    const users = await node.getChildren();
    assert.deepEqual(await labels(users), [`dockside-${runId}-user`]);
    assert.equal(users[0].present().description, '/data');
    assert.equal(users[0].present().contextValue, 'container.created');
    model.dispose();
  });

  test('networks: a new network appears with its driver; attached containers are its children', async () => {
    const model = new NetworksModel(ctx);
    const roots = await model.getRoots();
    // Podman's API calls its default network `bridge` too (a container's endpoint says `podman`).
    assert.equal(roots.find((node) => node.present().label === 'bridge')?.present().contextValue, 'network.builtin');
    if (!podman) await createTestNetwork(docker, runId, 'net');
    else {
      // Podman sends no event for a new network (the view says so and offers a refresh). A volume made
      // after it is a marker: once its event is here, the network's would have been too.
      const events: string[] = [];
      const listening = engine.onEvent((event) => events.push(`${event.Type} ${event.Action}`));
      const marker = nextEvent(engine.onEvent, (event) => event.Type === 'volume' && event.Actor.ID === `dockside-${runId}-marker`);
      await createTestNetwork(docker, runId, 'net');
      await createTestVolume(docker, runId, 'marker');
      await marker;
      listening.dispose();
      assert.equal(events.includes('network create'), false, events.join(', '));
      assert.equal((await model.getRoots()).some((n) => n.present().label === `dockside-${runId}-net`), false, 'not followed live');
      await model.refresh();
    }
    const name = `dockside-${runId}-net`;
    const node = await until(model, async () => (await model.getRoots()).find((n) => n.present().label === name));
    assert.equal(node.present().contextValue, 'network');
    assert.match(node.present().description ?? '', /^bridge · \d+\.\d+\.\d+\.\d+\/\d+$/);
    assert.deepEqual(await labels(node.getChildren()), ['No containers attached']);
    const redrawn = nextEvent(model.onDidChange, (changed) => changed === node);
    await createTestContainer(docker, runId, { name: 'member', network: name, start: true });
    await redrawn;
    const members = await node.getChildren();
    assert.deepEqual(await labels(members), [`dockside-${runId}-member`]);
    assert.match(members[0].present().description ?? '', /^\d+\.\d+\.\d+\.\d+$/, 'its address on the network');
    model.dispose();
  });
});
