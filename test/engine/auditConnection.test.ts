/**
 * Audit of issue 6's connection requirements that connection.test.ts leaves
 * open: the `dockside.engine.host` setting taking over (and giving back) a
 * live connection, a named Docker context followed to the real engine, an
 * unreachable engine that is not re-announced on every retry, and the
 * `dockside/localImages` answer the language server completes `FROM` with.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { EngineConnection, type EngineState } from '../../client/src/engine/connection';
import { nextEvent } from '../../client/src/engine/emitter';
import { contextDirectoryName } from '../../client/src/engine/location';
import { readEngineLocation } from '../../client/src/engine/locationFiles';
import { untranslated } from '../../client/src/explorer/format';
import { ContainersModel } from '../../client/src/explorer/model/containers';
import { buildFromFiles, busyboxImage, createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects, testLabels } from '../support/engineFixtures';

const docker = new Docker();
const runId = newRunId();
const scratch = mkdtempSync(join(tmpdir(), 'dockside-audit-connection-'));
const connections: EngineConnection[] = [];
/** An engine address that accepts connections and never answers (a hung engine, a firewall that drops replies). */
let silentEngine: { server: Server; sockets: Set<Socket> } | undefined;

/** A connection that locates the engine the way the extension does, from an isolated DOCKER_CONFIG and no DOCKER_HOST. */
function realisticConnection(env: Record<string, string>, options: { retryDelayMs?: (attempt: number) => number } = {}): EngineConnection {
  const connection = new EngineConnection({ locate: (hostSetting) => readEngineLocation(hostSetting, env, 'linux'), retryDelayMs: options.retryDelayMs ?? (() => 20) });
  connections.push(connection);
  return connection;
}

function whenState(connection: EngineConnection, status: EngineState['status']): Promise<EngineState> {
  return connection.state.status === status ? Promise.resolve(connection.state) : nextEvent(connection.onDidChangeState, (state) => state.status === status);
}

describe('audit: engine connection', () => {
  before(() => ensureBusyboxImage(docker));
  after(async () => {
    for (const connection of connections) connection.dispose();
    // Hanging up lets any request still waiting on the silent engine fail, so nothing keeps the process alive.
    for (const socket of silentEngine?.sockets ?? []) socket.destroy();
    silentEngine?.server.close();
    await removeTestObjects(docker, runId);
    rmSync(scratch, { recursive: true, force: true });
  });

  test('the machine setting takes over a live connection and the views follow; clearing it gives the engine back', async () => {
    const connection = realisticConnection({ DOCKER_CONFIG: join(scratch, 'empty-config') });
    const model = new ContainersModel({ engine: connection, t: untranslated, locale: 'en', now: () => Date.now() });
    const container = await createTestContainer(docker, runId, { name: 'setting' });
    await model.getRoots();
    assert.equal(connection.state.status === 'connected' && connection.state.location.source, 'default');
    assert.ok(model.findContainer(container.id), 'listed from the default socket');

    const away = whenState(connection, 'unreachable');
    connection.configure(`unix://${join(scratch, 'elsewhere.sock')}`);
    const state = await away;
    assert.equal(state.status === 'unreachable' && state.location.source, 'setting');
    assert.equal(state.status === 'unreachable' && state.problem.kind, 'socketMissing');
    assert.deepEqual(
      (await model.getRoots()).map((node) => node.present().contextValue),
      ['engineRetry', 'engineSettings'],
      'nothing from the previous engine stays on screen: Retry and Settings under the explanation',
    );

    const back = nextEvent(model.onDidChange, () => model.findContainer(container.id) !== undefined);
    connection.configure(undefined);
    await back;
    assert.equal(connection.state.status === 'connected' && connection.state.location.source, 'default');
    model.dispose();
  });

  test('a named Docker context is followed to its endpoint, and the state carries its name for the status bar', async () => {
    const config = join(scratch, 'context-config');
    const contextName = `audit ${runId}`;
    const metaDir = join(config, 'contexts', 'meta', contextDirectoryName(contextName));
    mkdirSync(metaDir, { recursive: true });
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: contextName }));
    writeFileSync(
      join(metaDir, 'meta.json'),
      JSON.stringify({ Name: contextName, Metadata: {}, Endpoints: { docker: { Host: 'unix:///var/run/docker.sock', SkipTLSVerify: false } } }),
    );
    const connection = realisticConnection({ DOCKER_CONFIG: config });
    const state = await connection.connect();
    assert.equal(state.status, 'connected');
    assert.deepEqual(state.status === 'connected' && [state.location.contextName, state.location.source], [contextName, 'context']);
    assert.equal(state.status === 'connected' && state.version, (await docker.version()).Version);
  });

  test('an engine that stays unreachable is announced once, not again on every retry', async () => {
    let failures = 0;
    let fifthFailure: () => void = () => undefined;
    const failedFiveTimes = new Promise<void>((resolve) => (fifthFailure = resolve));
    const connection = realisticConnection(
      { DOCKER_CONFIG: join(scratch, 'empty-config') },
      {
        retryDelayMs: () => {
          failures += 1;
          if (failures === 5) fifthFailure();
          return 5;
        },
      },
    );
    connection.configure(`unix://${join(scratch, 'never.sock')}`);
    const announced: string[] = [];
    connection.onDidChangeState((state) => announced.push(state.status === 'unreachable' ? state.problem.kind : state.status));
    void connection.connect();
    await failedFiveTimes;
    assert.deepEqual(announced, ['connecting', 'socketMissing'], 'the status bar and the view\'s explanation do not flicker');
  });

  test('local images for the language server: tags, size and date; one image inspected for its ports and command', async () => {
    const tag = `dockside-test/audit-${runId}:ports`;
    await buildFromFiles(
      docker,
      { Dockerfile: [`FROM ${busyboxImage}`, 'EXPOSE 8080 53/udp', 'ENTRYPOINT ["sh", "-c"]', 'CMD ["echo hi"]', ''].join('\n') },
      { t: tag, labels: testLabels(runId) },
    );
    const connection = realisticConnection({ DOCKER_CONFIG: join(scratch, 'empty-config') });

    const images = await connection.localImages({});
    const built = images.find((image) => image.tags.includes(tag));
    assert.ok(built, `${tag} is offered`);
    assert.match(built.id, /^sha256:[0-9a-f]{64}$/);
    assert.ok(built.size > 0);
    assert.ok(Math.abs(Date.parse(built.created) - Date.now()) < 10 * 60_000, `created just now: ${built.created}`);
    assert.equal(built.exposedPorts, undefined, 'nothing is inspected unless asked');
    assert.ok(images.every((image) => !image.tags.includes('<none>:<none>')), 'dangling images carry no fake tag');

    const inspected = (await connection.localImages({ inspect: tag })).find((image) => image.tags.includes(tag));
    assert.deepEqual(
      inspected && { ports: [...(inspected.exposedPorts ?? [])].sort(), entrypoint: inspected.entrypoint, cmd: inspected.cmd },
      { ports: ['53/udp', '8080/tcp'], entrypoint: ['sh', '-c'], cmd: ['echo hi'] },
    );
  });

  test('local images when the inspected image does not exist: the list still comes, without details', async () => {
    const connection = realisticConnection({ DOCKER_CONFIG: join(scratch, 'empty-config') });
    const images = await connection.localImages({ inspect: `dockside-test/absent-${runId}:never` });
    assert.ok(images.some((image) => image.tags.includes(busyboxImage)), `${busyboxImage} is still offered`);
    assert.ok(images.every((image) => image.exposedPorts === undefined));
  });

  test('local images from an unreachable engine: an empty list, no error', async () => {
    const connection = realisticConnection({ DOCKER_CONFIG: join(scratch, 'empty-config') });
    connection.configure(`unix://${join(scratch, 'gone.sock')}`);
    assert.deepEqual(await connection.localImages({}), []);
    connection.configure('fd://nonsense');
    assert.deepEqual(await connection.localImages({ inspect: busyboxImage }), []);
  });

  test(
    'local images from an engine that never answers: an empty list within seconds, so FROM completion is not held up',
    { timeout: 5_000 },
    async () => {
      const sockets = new Set<Socket>();
      const server = createServer((socket) => sockets.add(socket));
      silentEngine = { server, sockets };
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as { port: number };
      const connection = new EngineConnection({
        locate: () => ({ host: `tcp://127.0.0.1:${port}`, contextName: 'default', source: 'setting', address: { transport: 'tcp', hostname: '127.0.0.1', port } }),
      });
      connections.push(connection);
      assert.deepEqual(await connection.localImages({}), []);
    },
  );
});
