import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { containerInfoFromInspect, humanDuration, isBuildStepContainer, statusText } from '../../../client/src/explorer/containerStatus';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

describe('container status text', () => {
  test('durations in docker ps wording', () => {
    assert.deepEqual(
      [0.5 * second, 1 * second, 42 * second, 61 * second, 5 * minute, 61 * minute, 5 * hour, 3 * day, 15 * day, 70 * day, 800 * day].map(humanDuration),
      ['Less than a second', '1 second', '42 seconds', 'About a minute', '5 minutes', 'About an hour', '5 hours', '3 days', '2 weeks', '2 months', '2 years'],
    );
  });

  const now = Date.parse('2026-01-01T12:00:00Z');
  const state = (overrides: Partial<Docker.ContainerInspectInfo['State']>): Docker.ContainerInspectInfo['State'] => ({
    Status: 'running',
    Running: true,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: 1,
    ExitCode: 0,
    Error: '',
    StartedAt: '2026-01-01T11:55:00Z',
    FinishedAt: '0001-01-01T00:00:00Z',
    ...overrides,
  });

  test('the status column for each state', () => {
    assert.equal(statusText(state({}), now), 'Up 5 minutes');
    assert.equal(statusText(state({ Status: 'paused', Paused: true }), now), 'Up 5 minutes (Paused)');
    assert.equal(statusText(state({ Health: { Status: 'unhealthy', FailingStreak: 3, Log: [] } }), now), 'Up 5 minutes (unhealthy)');
    assert.equal(statusText(state({ Status: 'exited', ExitCode: 137, FinishedAt: '2026-01-01T10:00:00Z' }), now), 'Exited (137) 2 hours ago');
    assert.equal(statusText(state({ Status: 'created' }), now), 'Created');
    assert.equal(statusText(state({ Status: 'restarting', ExitCode: 1, FinishedAt: '2026-01-01T11:59:57Z' }), now), 'Restarting (1) 3 seconds ago');
  });

  test("a classic build step's container: named by image ID and logging nothing", () => {
    const container = (image: string, logType: string) =>
      ({ Config: { Image: image }, HostConfig: { LogConfig: { Type: logType, Config: {} } } }) as unknown as Docker.ContainerInspectInfo;
    assert.equal(isBuildStepContainer(container(`sha256:${'a'.repeat(64)}`, 'none')), true);
    assert.equal(isBuildStepContainer(container(`sha256:${'a'.repeat(64)}`, 'json-file')), false, 'a container of an untagged image the user runs');
    assert.equal(isBuildStepContainer(container('busybox', 'none')), false, 'docker run --log-driver none busybox');
  });

  test('an inspect result becomes the list entry the tree shows', () => {
    const inspect = {
      Id: 'f'.repeat(64),
      Name: '/web',
      Created: '2026-01-01T11:00:00Z',
      Path: 'httpd',
      Args: ['-f', '-p', '8080'],
      Image: 'sha256:1234',
      State: state({}),
      Config: { Image: 'dockside-test/busybox:latest', Labels: { 'com.docker.compose.project': 'shop' } },
      HostConfig: { NetworkMode: 'bridge' },
      NetworkSettings: {
        Ports: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '18080' }], '9000/tcp': null },
        Networks: { bridge: { NetworkID: 'n1', IPAddress: '172.17.0.2' } },
      },
      Mounts: [{ Type: 'volume', Name: 'data', Source: '/v', Destination: '/data', Driver: 'local', Mode: 'z', RW: true, Propagation: '' }],
    } as unknown as Docker.ContainerInspectInfo;
    const info = containerInfoFromInspect(inspect, now);
    assert.deepEqual(info.Names, ['/web']);
    assert.equal(info.Image, 'dockside-test/busybox:latest');
    assert.equal(info.Command, 'httpd -f -p 8080');
    assert.equal(info.Created, Date.parse('2026-01-01T11:00:00Z') / 1000);
    assert.equal(info.Status, 'Up 5 minutes');
    assert.deepEqual(info.Ports, [
      { IP: '127.0.0.1', PrivatePort: 8080, PublicPort: 18080, Type: 'tcp' },
      { IP: '', PrivatePort: 9000, PublicPort: 0, Type: 'tcp' },
    ]);
    assert.equal(info.Labels['com.docker.compose.project'], 'shop');
    assert.equal(info.NetworkSettings.Networks.bridge.IPAddress, '172.17.0.2');
    assert.equal(info.Mounts[0].Name, 'data');
  });
});
