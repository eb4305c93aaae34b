/**
 * Engines and contexts against the real Docker Engine and a real Podman: each
 * engine's identity, Podman's pods and podman-compose labels grouped like
 * compose projects, and switching the one connection between two Docker
 * contexts, one per engine, without leaving anything open to the old one.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type Docker from 'dockerode';
import { EngineConnection } from '../../client/src/engine/connection';
import { contextDirectoryName } from '../../client/src/engine/location';
import { readEngineLocation } from '../../client/src/engine/locationFiles';
import { untranslated } from '../../client/src/explorer/format';
import { ContainersModel } from '../../client/src/explorer/model/containers';
import { ComposeProjectNode } from '../../client/src/explorer/nodes/compose';
import { busyboxImage, createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects, testLabels } from '../support/engineFixtures';
import { EngineProxy } from '../support/engineProxy';
import { engineAt, until } from '../support/explorerHarness';
import { dockerEngine, podmanEngine, testEngines } from '../support/testEngines';

const runId = newRunId();
const scratch = mkdtempSync(join(tmpdir(), 'dockside-engines-'));
const connections: EngineConnection[] = [];

/** Calls the libpod API, which only Podman serves (pods are not in Docker's API). */
function libpod(docker: Docker, method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      { path: `/v4.0.0/libpod${path}`, method, statusCodes: { 200: true, 201: true, 204: true, 404: 'no such object', 500: 'server error' }, options: body ?? {} },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

describe('engines and contexts', () => {
  before(async () => {
    for (const target of testEngines) await ensureBusyboxImage(await target.ready());
  });
  after(async () => {
    for (const connection of connections) connection.dispose();
    for (const target of testEngines) await removeTestObjects(target.docker, runId);
    await libpod(podmanEngine.docker, 'DELETE', `/pods/dockside-${runId}-pod?force=true`).catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  });

  for (const target of testEngines) {
    test(`${target.name}: the connection names the engine, its versions and platform`, async () => {
      const { engine } = engineAt(target.host);
      connections.push(engine);
      const state = await engine.connect();
      assert.equal(state.status, 'connected');
      const answer = await target.docker.version();
      assert.deepEqual(state.status === 'connected' && state.identity, {
        kind: target.kind,
        version: answer.Version,
        apiVersion: answer.ApiVersion,
        os: 'linux',
        arch: answer.Arch,
        remote: false,
      });
    });
  }

  test("Podman: a pod's containers and podman-compose's label group like compose projects, followed live", async () => {
    const podman = podmanEngine.docker;
    const { engine, ctx } = engineAt(podmanEngine.host);
    connections.push(engine);
    const model = new ContainersModel(ctx);
    await model.getRoots();

    const podName = `dockside-${runId}-pod`;
    await libpod(podman, 'POST', '/pods/create', { name: podName, no_infra: true, labels: testLabels(runId) });
    const inPod = (await libpod(podman, 'POST', '/containers/create', {
      name: `dockside-${runId}-in-pod`,
      image: busyboxImage,
      pod: podName,
      labels: testLabels(runId),
    })) as { Id: string };
    const pod = await until(model, async () =>
      (await model.getRoots()).find((node): node is ComposeProjectNode => node instanceof ComposeProjectNode && node.name === podName && node.loose.length === 1),
    );
    assert.equal(pod.view.pod, true);
    assert.equal(pod.present().contextValue, 'pod', 'a pod takes no compose commands');
    assert.deepEqual(pod.services, []);
    assert.equal(pod.loose[0].info.Id, inPod.Id);

    const project = `dockside-${runId}-pc`;
    const composed = await createTestContainer(podman, runId, { name: 'pc-web', labels: { 'io.podman.compose.project': project } });
    const group = await until(model, async () =>
      (await model.getRoots()).find((node): node is ComposeProjectNode => node instanceof ComposeProjectNode && node.name === project),
    );
    assert.equal(group.view.pod, undefined);
    assert.match(String(group.present().contextValue), /^composeProject/);
    assert.equal(group.loose[0].info.Id, composed.id, 'a container with a project label and no service label');

    // Podman says "remove" where Docker says "destroy": the group still goes with its last container.
    await composed.remove();
    await until(model, async () => ((await model.getRoots()).includes(group) ? undefined : true));
    model.dispose();
  });

  test('switching between two Docker contexts, one per engine, moves the views and closes everything to the old engine', { timeout: 60_000 }, async () => {
    const dockerProxy = new EngineProxy(join(scratch, 'docker.sock'), '/var/run/docker.sock');
    const podmanProxy = new EngineProxy(join(scratch, 'podman.sock'), podmanEngine.host.replace(/^unix:\/\//, ''));
    await Promise.all([dockerProxy.start(), podmanProxy.start()]);
    const config = join(scratch, 'docker-config');
    for (const [name, socket] of [
      ['dockerd', dockerProxy.path],
      ['pod', podmanProxy.path],
    ]) {
      const dir = join(config, 'contexts', 'meta', contextDirectoryName(name));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { Host: `unix://${socket}`, SkipTLSVerify: false } } }));
    }
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'dockerd' }));
    const engine = new EngineConnection({ locate: (setting, choice) => readEngineLocation(setting, { DOCKER_CONFIG: config }, 'linux', choice) });
    connections.push(engine);
    const model = new ContainersModel({ engine, t: untranslated, locale: 'en', now: () => Date.now() });

    const onDocker = await createTestContainer(dockerEngine.docker, runId, { name: 'on-docker' });
    const onPodman = await createTestContainer(podmanEngine.docker, runId, { name: 'on-podman' });
    await model.getRoots();
    assert.ok(model.findContainer(onDocker.id), 'the current context: dockerd');
    assert.ok(dockerProxy.openConnections > 0, 'the event stream is open to dockerd');

    const docker = engine.docker;
    const moved = until(model, () => (model.findContainer(onPodman.id) ? true : undefined));
    const state = await engine.choose({ kind: 'context', name: 'pod' });
    assert.equal(state.status === 'connected' && state.identity.kind, 'podman');
    await moved;
    assert.equal(model.findContainer(onDocker.id), undefined, "nothing of dockerd's stays");
    assert.notEqual(engine.docker, docker, 'a new client for the new engine');
    await dockerProxy.whenIdle(); // the old event stream and every pooled socket to dockerd closed
    assert.equal(dockerProxy.openConnections, 0);

    // The new stream is live: a container made on Podman now shows without a refresh.
    const later = await createTestContainer(podmanEngine.docker, runId, { name: 'later' });
    await until(model, () => (model.findContainer(later.id) ? true : undefined));

    const back = until(model, () => (model.findContainer(onDocker.id) ? true : undefined));
    await engine.choose({ kind: 'context', name: 'dockerd' });
    await back;
    await podmanProxy.whenIdle();
    assert.equal(model.findContainer(onPodman.id), undefined);
    model.dispose();
    await Promise.all([dockerProxy.stop(), podmanProxy.stop()]);
  });
});
