import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import {
  containerDescription,
  containerIcon,
  containerName,
  containerPorts,
  formatAge,
  formatBytes,
  layerInstruction,
  mountSource,
  networkDriver,
  portLabel,
  portUrl,
  splitRepoTag,
  untranslated,
} from '../../../client/src/explorer/format';

describe('explorer labels', () => {
  test('sizes in decimal units, like the docker CLI', () => {
    assert.deepEqual([0, 999, 1000, 1234, 56_789, 4_300_000, 1_100_000_000, 123_456_789].map(formatBytes), [
      '0 B',
      '999 B',
      '1 kB',
      '1.23 kB',
      '56.8 kB',
      '4.3 MB',
      '1.1 GB',
      '123 MB',
    ]);
  });

  test('ages are relative and in the display language', () => {
    const now = Date.UTC(2026, 0, 31);
    const created = now / 1000;
    assert.equal(formatAge(created - 3 * 86400, now, 'en'), '3 days ago');
    assert.equal(formatAge(created - 86400, now, 'en'), 'yesterday');
    assert.equal(formatAge(created - 90, now, 'en'), '1 minute ago');
    assert.equal(formatAge(created - 3 * 86400, now, 'ko'), '3일 전');
    assert.equal(formatAge(created - 400 * 86400, now, 'en'), 'last year');
  });

  test('a container is called by its name without the slash, else by its short ID', () => {
    assert.equal(containerName({ Names: ['/web-1'], Id: 'a'.repeat(64) }), 'web-1');
    assert.equal(containerName({ Names: [], Id: 'b'.repeat(64) }), 'b'.repeat(12));
  });

  test('description: image and status; an untagged image shows as a short ID', () => {
    assert.equal(containerDescription({ Image: 'nginx:1.27' }, 'Up 5 minutes'), 'nginx:1.27 · Up 5 minutes');
    assert.equal(containerDescription({ Image: `sha256:${'c'.repeat(64)}` }, 'Created'), `${'c'.repeat(12)} · Created`);
  });

  test('icon by state: running, paused, restarting, exited with and without an error, created, unhealthy', () => {
    const icon = (State: string, Status = ''): string => {
      const spec = containerIcon({ State, Status });
      return spec.color ? `${spec.id}/${spec.color}` : spec.id;
    };
    assert.equal(icon('running', 'Up 2 hours'), 'vm-running/charts.green');
    assert.equal(icon('running', 'Up 2 hours (unhealthy)'), 'vm-active/charts.red');
    assert.equal(icon('paused', 'Up 2 hours (Paused)'), 'debug-pause/charts.yellow');
    assert.equal(icon('restarting', 'Restarting (1) 3 seconds ago'), 'sync~spin/charts.yellow');
    assert.equal(icon('exited', 'Exited (0) 5 minutes ago'), 'vm-outline');
    assert.equal(icon('exited', 'Exited (137) 5 minutes ago'), 'error/charts.red');
    assert.equal(icon('created', 'Created'), 'circle-large-outline');
    assert.equal(icon('dead', 'Dead'), 'error/charts.red');
  });

  test('ports: IPv4/IPv6 duplicates merged, published first; only published tcp ports have a URL', () => {
    const listed: Docker.Port[] = [
      { IP: '', PrivatePort: 9000, PublicPort: 0, Type: 'tcp' },
      { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { IP: '127.0.0.1', PrivatePort: 53, PublicPort: 5353, Type: 'udp' },
    ];
    const ports = containerPorts(listed);
    assert.deepEqual(ports.map(portLabel), ['5353 → 53/udp', '8080 → 80/tcp', '9000/tcp']);
    assert.deepEqual(ports.map(portUrl), [undefined, 'http://localhost:8080', undefined]);
    assert.equal(portUrl({ privatePort: 80, publicPort: 8081, protocol: 'tcp', hostIp: '192.168.1.20' }), 'http://192.168.1.20:8081');
    assert.equal(portUrl({ privatePort: 80, publicPort: 8082, protocol: 'tcp', hostIp: '127.0.0.1' }), 'http://localhost:8082');
  });

  test('a mount is shown by the volume name, the host path or tmpfs', () => {
    const mount = (Type: string, Source: string, Name?: string): Docker.ContainerInfo['Mounts'][number] => ({
      Type,
      Source,
      Name,
      Destination: '/data',
      Mode: '',
      RW: true,
      Propagation: '',
    });
    assert.equal(mountSource(mount('volume', '/var/lib/docker/volumes/db/_data', 'db')), 'db');
    assert.equal(mountSource(mount('volume', '/var/lib/docker/volumes/x/_data', 'd'.repeat(64))), 'd'.repeat(12));
    assert.equal(mountSource(mount('bind', '/home/me/src')), '/home/me/src');
    assert.equal(mountSource(mount('tmpfs', '')), 'tmpfs');
  });

  test('repo:tag splits at the last colon after the last slash', () => {
    assert.deepEqual(splitRepoTag('nginx:1.27'), { repository: 'nginx', tag: '1.27' });
    assert.deepEqual(splitRepoTag('localhost:5000/team/app:v2'), { repository: 'localhost:5000/team/app', tag: 'v2' });
    assert.deepEqual(splitRepoTag('localhost:5000/team/app'), { repository: 'localhost:5000/team/app', tag: 'latest' });
  });

  test('layer instructions without the builder wrapping', () => {
    assert.equal(layerInstruction('/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]'), 'CMD ["nginx" "-g" "daemon off;"]');
    assert.equal(layerInstruction('/bin/sh -c apt-get update &&     apt-get install -y curl'), 'RUN apt-get update && apt-get install -y curl');
    assert.equal(layerInstruction('|1 VERSION=2 /bin/sh -c make install'), 'RUN make install');
    assert.equal(layerInstruction('RUN /bin/sh -c npm ci # buildkit'), 'RUN npm ci');
    assert.equal(layerInstruction('COPY . /app # buildkit'), 'COPY . /app');
    assert.equal(layerInstruction('/bin/busybox --install -s /bin'), 'RUN /bin/busybox --install -s /bin', 'exec-form RUN records the bare argv');
    assert.equal(layerInstruction(`/bin/sh -c #(nop) ADD file:${'e'.repeat(64)} in / `), `ADD file:${'e'.repeat(12)}… in /`);
    assert.equal(layerInstruction(''), '');
  });

  test('network drivers as docker network ls names them: the none network\'s "null" is "none"', () => {
    assert.deepEqual(['null', 'bridge', 'host', 'overlay', 'macvlan'].map(networkDriver), ['none', 'bridge', 'host', 'overlay', 'macvlan']);
  });

  test('messages without a translator fill their placeholders', () => {
    assert.equal(untranslated('{0}/{1} running', 2, 3), '2/3 running');
  });
});
