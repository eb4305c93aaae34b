import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { build } from 'esbuild';
import { EngineConnection, type EngineState } from '../../client/src/engine/connection';
import { nextEvent } from '../../client/src/engine/emitter';
import type { EngineAddress, EngineLocation } from '../../client/src/engine/location';
import { untranslated } from '../../client/src/explorer/format';
import { ContainersModel } from '../../client/src/explorer/model/containers';
import { createTestContainer, ensureBusyboxImage, freePort, newRunId, removeTestObjects } from '../support/engineFixtures';
import { EngineProxy } from '../support/engineProxy';

const docker = new Docker();
const runId = newRunId();
const scratch = mkdtempSync(join(tmpdir(), 'dockside-connection-'));

/**
 * The connection probe, bundled with the packages it uses into a world-readable folder of its own
 * (inside `scratch`, which is made world-enterable for it), for a user who may not read the checkout.
 */
async function probeForAnyUser(): Promise<string> {
  chmodSync(scratch, 0o755);
  const folder = mkdtempSync(join(scratch, 'probe-'));
  chmodSync(folder, 0o755);
  const outfile = join(folder, 'connectionProbe.js');
  await build({
    entryPoints: [join(__dirname, '..', '..', '..', 'test', 'engine', 'connectionProbe.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // ssh2's optional native helpers; the unix-socket transport does not need them.
    external: ['cpu-features', './crypto/build/Release/sshcrypto.node'],
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o644);
  return outfile;
}
const connections: EngineConnection[] = [];

function connectionTo(address: EngineAddress): EngineConnection {
  const location: EngineLocation = { host: JSON.stringify(address), contextName: 'default', source: 'setting', address };
  // Short retries keep the recovery tests quick; they wait on state changes, never on a clock.
  const connection = new EngineConnection({ locate: () => location, retryDelayMs: () => 20, pingTimeoutMs: 2000 });
  connections.push(connection);
  return connection;
}

function whenState(connection: EngineConnection, status: EngineState['status']): Promise<EngineState> {
  return connection.state.status === status ? Promise.resolve(connection.state) : nextEvent(connection.onDidChangeState, (state) => state.status === status);
}

describe('engine connection', () => {
  before(() => ensureBusyboxImage(docker));
  after(async () => {
    for (const connection of connections) connection.dispose();
    await removeTestObjects(docker, runId);
    rmSync(scratch, { recursive: true, force: true });
  });

  test('connects to the engine and reports its version; connecting twice shares one attempt', async () => {
    const connection = connectionTo({ transport: 'socket', socketPath: '/var/run/docker.sock' });
    assert.equal(connection.state.status, 'idle', 'nothing connects before it is asked to');
    assert.equal(connection.location.host, JSON.stringify({ transport: 'socket', socketPath: '/var/run/docker.sock' }), 'the location is known without connecting');
    const [first, second] = await Promise.all([connection.connect(), connection.connect()]);
    assert.equal(first, second);
    assert.equal(first.status, 'connected');
    const { Version, ApiVersion } = await docker.version();
    assert.deepEqual(first.status === 'connected' && [first.version, first.apiVersion], [Version, ApiVersion]);
  });

  test('a missing socket is "socketMissing"', async () => {
    const state = await connectionTo({ transport: 'socket', socketPath: join(scratch, 'absent.sock') }).connect();
    assert.equal(state.status === 'unreachable' && state.problem.kind, 'socketMissing');
  });

  test('a socket the user may not open is "permissionDenied"', { skip: process.getuid?.() !== 0 && 'needs root to run the probe as an unprivileged user' }, async () => {
    // /var/run/docker.sock is root:docker 0660; `nobody` is in neither. The checkout may lie in a
    // folder `nobody` cannot enter (a `mktemp -d`, mode 700), so the probe runs from a folder of its own.
    const probe = await probeForAnyUser();
    const { stdout } = await promisify(execFile)(process.execPath, [probe, '/var/run/docker.sock'], { uid: 65534, gid: 65534, cwd: '/' });
    const state = JSON.parse(stdout) as EngineState;
    assert.equal(state.status === 'unreachable' && state.problem.kind, 'permissionDenied', stdout);
  });

  test('nothing listening on a tcp port is "refused"', async () => {
    const state = await connectionTo({ transport: 'tcp', hostname: '127.0.0.1', port: await freePort() }).connect();
    assert.equal(state.status === 'unreachable' && state.problem.kind, 'refused');
  });

  test('TLS to an engine that speaks plain HTTP is a "tls" problem', async () => {
    const server: HttpServer = createHttpServer((_, response) => response.end('OK'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const state = await connectionTo({ transport: 'tcp', hostname: '127.0.0.1', port, tls: { verify: true } }).connect();
      assert.equal(state.status === 'unreachable' && state.problem.kind, 'tls', JSON.stringify(state));
    } finally {
      server.close();
    }
  });

  test('a certificate file that cannot be read is a "tls" problem, not a crash', async () => {
    const state = await connectionTo({ transport: 'tcp', hostname: '127.0.0.1', port: 2376, tls: { verify: true, caFile: join(scratch, 'ca.pem') } }).connect();
    assert.equal(state.status === 'unreachable' && state.problem.kind, 'tls');
  });

  test('an unusable address is "invalidHost" with the reason', async () => {
    const state = await connectionTo({ transport: 'invalid', reason: 'fd:// uses the unsupported scheme' }).connect();
    assert.deepEqual(state.status === 'unreachable' && state.problem, { kind: 'invalidHost', detail: 'fd:// uses the unsupported scheme' });
  });

  test('retries by itself and recovers when the engine appears', async () => {
    const proxy = new EngineProxy(join(scratch, 'late.sock'));
    const connection = connectionTo({ transport: 'socket', socketPath: proxy.path });
    assert.equal((await connection.connect()).status, 'unreachable');
    const connected = whenState(connection, 'connected');
    await proxy.start();
    await connected;
    await proxy.stop();
  });

  test('while unreachable it looks for the engine again, so switching the Docker context is picked up', async () => {
    let socketPath = join(scratch, 'old-context.sock');
    const connection = new EngineConnection({
      locate: () => ({ host: `unix://${socketPath}`, contextName: 'default', source: 'context', address: { transport: 'socket', socketPath } }),
      retryDelayMs: () => 20,
    });
    connections.push(connection);
    assert.equal((await connection.connect()).status, 'unreachable');
    const connected = whenState(connection, 'connected');
    socketPath = '/var/run/docker.sock'; // as after `docker context use`
    const state = await connected;
    assert.equal(state.status === 'connected' && state.location.host, 'unix:///var/run/docker.sock');
  });

  test('after the engine drops and comes back, the views resync in full: a change made meanwhile shows up', async () => {
    const proxy = new EngineProxy(join(scratch, 'flaky.sock'));
    await proxy.start();
    const connection = connectionTo({ transport: 'socket', socketPath: proxy.path });
    const model = new ContainersModel({ engine: connection, t: untranslated, locale: 'en', now: () => Date.now() });
    await model.getRoots();
    assert.equal(connection.state.status, 'connected');

    const down = whenState(connection, 'unreachable');
    await proxy.stop();
    await down;
    assert.deepEqual(
      (await model.getRoots()).map((node) => node.present().contextValue),
      ['engineRetry', 'engineSettings'],
      'no container stays: Retry and Settings under the explanation',
    );

    // Made while the explorer is cut off: its events are never seen.
    const container = await createTestContainer(docker, runId, { name: 'while-down' });
    const resynced = nextEvent(model.onDidChange, () => model.findContainer(container.id) !== undefined);
    await proxy.start();
    await resynced;
    assert.equal(connection.state.status, 'connected');
    model.dispose();
    await proxy.stop();
  });

  test('a dropped event stream with the engine still there reconnects at once', async () => {
    const proxy = new EngineProxy(join(scratch, 'drop.sock'));
    await proxy.start();
    const connection = connectionTo({ transport: 'socket', socketPath: proxy.path });
    await connection.connect();
    const states: string[] = [];
    connection.onDidChangeState((state) => states.push(state.status));
    const back = nextEvent(connection.onDidChangeState, (state) => state.status === 'connected');
    proxy.dropConnections();
    await back;
    assert.deepEqual(states, ['connecting', 'connected']);
    await proxy.stop();
  });
});
