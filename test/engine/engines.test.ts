/**
 * Engines and contexts against the real Docker Engine and a real Podman: each
 * engine's identity, Podman's pods and podman-compose labels grouped like
 * compose projects, and switching the one connection between two Docker
 * contexts, one per engine, without leaving anything open to the old one.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type Docker from 'dockerode';
import { EngineConnection, type EngineState } from '../../client/src/engine/connection';
import { nextEvent } from '../../client/src/engine/emitter';
import type { EngineIdentity } from '../../client/src/engine/identity';
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

/**
 * An HTTP proxy to an engine that holds every `GET /version` until `release()`: an engine slow to
 * answer it, as Podman 4.3 is (~0.9 s). Everything else, the event stream too, passes straight on.
 */
async function versionHoldingProxy(path: string, upstreamSocket: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let versionAsked!: () => void;
  const asked = new Promise<void>((resolve) => (versionAsked = resolve));
  let versionRequests = 0;
  const server = createServer((incoming, outgoing) => {
    const forward = (): void => {
      const upstream = request({ socketPath: upstreamSocket, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        // The event stream's headers come before any event: pass them on at once, as the engine does.
        outgoing.flushHeaders();
        answer.pipe(outgoing);
      });
      upstream.on('error', () => outgoing.destroy());
      // A client gone (or cut off by dropConnections) ends its request to the engine too: an event
      // stream left open upstream would keep the test process alive.
      outgoing.on('close', () => upstream.destroy());
      incoming.pipe(upstream);
    };
    if (new URL(incoming.url ?? '/', 'http://engine').pathname.endsWith('/version')) {
      versionRequests += 1;
      versionAsked();
      void released.then(forward);
    } else forward();
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    host: `unix://${path}`,
    /** Resolves once `/version` has been asked for. */
    asked,
    get versionRequests() {
      return versionRequests;
    },
    /** Drops every connection open through it (the event stream with them), as an engine restart does. */
    dropConnections: () => server.closeAllConnections(),
    release,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
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
      const completed = nextEvent(engine.onDidCompleteIdentity);
      const state = await engine.connect();
      assert.equal(state.status, 'connected');
      const answer = await target.docker.version();
      const identity: EngineIdentity = { kind: target.kind, version: answer.Version, apiVersion: answer.ApiVersion, os: 'linux', arch: answer.Arch, remote: false };
      assert.deepEqual(state.status === 'connected' && state.identity, { ...identity, arch: '' }, "/_ping's headers say all but the architecture");
      assert.deepEqual(await completed, identity, '/version adds it');
      assert.deepEqual(engine.state.status === 'connected' && engine.state.identity, identity);
    });
  }

  test('connecting does not wait for /version: the views resync on /_ping, and the architecture comes after without another resync', async () => {
    const proxy = await versionHoldingProxy(join(scratch, 'slow-version.sock'), '/var/run/docker.sock');
    try {
      const { engine } = engineAt(proxy.host);
      connections.push(engine);
      const states: EngineState[] = [];
      engine.onDidChangeState((state) => states.push(state));
      const state = await engine.connect();
      assert.equal(state.status, 'connected', 'connected while /version is still unanswered');
      assert.equal(state.status === 'connected' && state.identity.arch, '');
      await proxy.asked;

      const completed = nextEvent(engine.onDidCompleteIdentity);
      proxy.release();
      const answer = await dockerEngine.docker.version();
      assert.equal((await completed).arch, answer.Arch);
      assert.equal(engine.state.status === 'connected' && engine.state.identity.arch, answer.Arch, 'the state the views read has it too');
      assert.deepEqual(
        states.map((seen) => seen.status),
        ['connecting', 'connected'],
        'one transition into connected: completing the identity resyncs nothing',
      );

      // Reconnecting to the same engine knows its architecture at once, without asking again.
      const reconnected = nextEvent(engine.onDidChangeState, (seen) => seen.status === 'connected');
      proxy.dropConnections();
      const again = await reconnected;
      assert.equal(again.status === 'connected' && again.identity.arch, answer.Arch);
      assert.equal(proxy.versionRequests, 1, '/version was asked once');
    } finally {
      proxy.close();
    }
  });

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
