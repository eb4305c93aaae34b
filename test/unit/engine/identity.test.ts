import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeEvent, type EngineEvent } from '../../../client/src/engine/events';
import { engineCapabilities, engineIdentity, engineIdentityFromPing, isRemoteAddress } from '../../../client/src/engine/identity';

/** `GET /version` as Podman 4.3.1 answers it here (trimmed). */
const podmanVersion = {
  Platform: { Name: 'linux/amd64/debian-12' },
  Components: [{ Name: 'Podman Engine' }, { Name: 'Conmon' }, { Name: 'OCI Runtime (runc)' }],
  Version: '4.3.1',
  ApiVersion: '1.41',
  Os: 'linux',
  Arch: 'amd64',
};
/** And as dockerd 20.10 does. */
const dockerVersion = {
  Platform: { Name: '' },
  Components: [{ Name: 'Engine' }, { Name: 'containerd' }, { Name: 'runc' }, { Name: 'docker-init' }],
  Version: '20.10.24+dfsg1',
  ApiVersion: '1.41',
  Os: 'linux',
  Arch: 'amd64',
};
const socket = { transport: 'socket', socketPath: '/var/run/docker.sock' } as const;
/** `GET /_ping`'s headers, as Node names them, from dockerd 20.10 and Podman 4.3.1 here (trimmed). */
const dockerPing = { 'api-version': '1.41', 'docker-experimental': 'false', ostype: 'linux', server: 'Docker/20.10.24+dfsg1 (linux)' };
const podmanPing = { 'api-version': '1.41', 'builder-version': '', 'libpod-api-version': '4.3.1', server: 'Libpod/4.3.1 (linux)' };

describe('engine identity', () => {
  test('Podman is told from Docker by /version components', () => {
    assert.deepEqual(engineIdentity(podmanVersion, socket), { kind: 'podman', version: '4.3.1', apiVersion: '1.41', os: 'linux', arch: 'amd64', remote: false });
    assert.equal(engineIdentity(dockerVersion, socket).kind, 'docker');
    assert.equal(engineIdentity({ Version: '25.0.0', ApiVersion: '1.44' }, socket).kind, 'docker', 'an answer without components is a Docker Engine');
  });

  test("/_ping's headers tell the engine, its versions and OS, all but the architecture", () => {
    assert.deepEqual(engineIdentityFromPing(dockerPing, socket), { kind: 'docker', version: '20.10.24+dfsg1', apiVersion: '1.41', os: 'linux', arch: '', remote: false });
    assert.deepEqual(engineIdentityFromPing(podmanPing, socket), { kind: 'podman', version: '4.3.1', apiVersion: '1.41', os: 'linux', arch: '', remote: false });
    assert.equal(engineIdentityFromPing({ ...dockerPing, server: 'Docker/24.0.7 (windows)', ostype: undefined }, socket)?.os, 'windows', "the Server header's OS when OSType is missing");
    assert.equal(engineIdentityFromPing(dockerPing, { transport: 'ssh', hostname: 'build', port: 22 })?.remote, true);
  });

  test('/_ping headers that do not say which engine leave it to /version', () => {
    assert.equal(engineIdentityFromPing({ ...dockerPing, server: undefined }, socket), undefined, 'no Server header (a proxy in between)');
    assert.equal(engineIdentityFromPing({ ...dockerPing, server: 'nginx/1.25.3' }, socket), undefined, 'another server');
    assert.equal(engineIdentityFromPing({ ...dockerPing, 'api-version': undefined }, socket), undefined, 'no API version');
  });

  test('ssh and tcp to another machine are remote; sockets and loopback are not', () => {
    assert.equal(isRemoteAddress({ transport: 'ssh', hostname: 'build', port: 22 }), true);
    assert.equal(isRemoteAddress({ transport: 'tcp', hostname: '10.0.0.5', port: 2376 }), true);
    assert.equal(isRemoteAddress({ transport: 'tcp', hostname: '127.0.0.1', port: 2375 }), false);
    assert.equal(isRemoteAddress({ transport: 'tcp', hostname: 'localhost', port: 2375 }), false);
    assert.equal(isRemoteAddress(socket), false);
    assert.equal(engineIdentity(dockerVersion, { transport: 'ssh', hostname: 'build', port: 22 }).remote, true);
  });

  test('what Podman lacks: BuildKit and network lifecycle events', () => {
    assert.deepEqual(engineCapabilities('podman'), { buildKit: false, networkLifecycleEvents: false, pods: true });
    assert.deepEqual(engineCapabilities('docker'), { buildKit: true, networkLifecycleEvents: true, pods: false });
  });
});

describe("Podman's events read as Docker's", () => {
  const event = (json: string): EngineEvent => JSON.parse(json) as EngineEvent;

  test('a removed container is "destroy"', () => {
    const removed = event('{"status":"remove","id":"c1","Type":"container","Action":"remove","Actor":{"ID":"c1","Attributes":{"name":"web","podId":""}}}');
    assert.equal(normalizeEvent(removed, 'podman').Action, 'destroy');
    assert.equal(normalizeEvent(removed, 'docker').Action, 'remove', 'a Docker Engine event is left as it is');
  });

  test("a volume's name becomes its ID", () => {
    const created = event('{"status":"create","Type":"volume","Action":"create","Actor":{"ID":"","Attributes":{"name":"data","podId":""}}}');
    assert.equal(normalizeEvent(created, 'podman').Actor.ID, 'data');
  });

  test('connect names the container, and the network as unknown', () => {
    const connected = event('{"status":"connect","id":"c1","Type":"network","Action":"connect","Actor":{"ID":"c1","Attributes":{"name":"web"}}}');
    const normalized = normalizeEvent(connected, 'podman');
    assert.equal(normalized.Actor.ID, '');
    assert.equal(normalized.Actor.Attributes?.container, 'c1');
  });

  test('everything else passes unchanged', () => {
    const started = event('{"Type":"container","Action":"start","Actor":{"ID":"c1"}}');
    assert.equal(normalizeEvent(started, 'podman'), started);
  });
});
