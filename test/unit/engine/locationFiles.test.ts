import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { dockerodeOptions } from '../../../client/src/engine/dockerode';
import { contextDirectoryName } from '../../../client/src/engine/location';
import { readEngineLocation } from '../../../client/src/engine/locationFiles';

const configDir = mkdtempSync(join(tmpdir(), 'dockside-docker-config-'));

function writeContext(name: string, host: string, tlsFiles: string[] = []): void {
  const hash = contextDirectoryName(name);
  mkdirSync(join(configDir, 'contexts', 'meta', hash), { recursive: true });
  writeFileSync(join(configDir, 'contexts', 'meta', hash, 'meta.json'), JSON.stringify({ Name: name, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } }));
  if (tlsFiles.length === 0) return;
  mkdirSync(join(configDir, 'contexts', 'tls', hash, 'docker'), { recursive: true });
  for (const file of tlsFiles) writeFileSync(join(configDir, 'contexts', 'tls', hash, 'docker', file), 'pem');
}

describe('reading the engine location from DOCKER_CONFIG', () => {
  after(() => rmSync(configDir, { recursive: true, force: true }));

  test('the current context of config.json and its endpoint', () => {
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ currentContext: 'colima' }));
    writeContext('colima', 'unix:///home/me/.colima/default/docker.sock');
    const location = readEngineLocation(undefined, { DOCKER_CONFIG: configDir }, 'linux');
    assert.equal(location.contextName, 'colima');
    assert.deepEqual(location.address, { transport: 'socket', socketPath: '/home/me/.colima/default/docker.sock' });
  });

  test('DOCKER_CONTEXT picks another context; its TLS files are found', () => {
    writeContext('secure', 'tcp://secure.example:2376', ['ca.pem', 'cert.pem', 'key.pem']);
    const { address } = readEngineLocation(undefined, { DOCKER_CONFIG: configDir, DOCKER_CONTEXT: 'secure' }, 'linux');
    assert.equal(address.transport, 'tcp');
    assert.equal(address.transport === 'tcp' && address.tls?.certFile, join(configDir, 'contexts', 'tls', contextDirectoryName('secure'), 'docker', 'cert.pem'));
  });

  test('without a config directory: the default socket', () => {
    const location = readEngineLocation(undefined, { DOCKER_CONFIG: join(configDir, 'missing') }, 'linux');
    assert.equal(location.host, 'unix:///var/run/docker.sock');
  });
});

describe('dockerode options', () => {
  test('every transport field is set, so DOCKER_HOST in the environment cannot leak into a socket connection', () => {
    const options = dockerodeOptions({ transport: 'socket', socketPath: '/run/docker.sock' });
    assert.equal(options.socketPath, '/run/docker.sock');
    assert.ok('host' in options && options.host === undefined);
    assert.ok('protocol' in options && options.protocol === undefined);
  });

  test('tcp with TLS reads the certificate files; without verification it uses a lenient agent', () => {
    const read: string[] = [];
    const options = dockerodeOptions(
      { transport: 'tcp', hostname: 'h', port: 2376, tls: { verify: false, caFile: '/c/ca.pem', certFile: '/c/cert.pem', keyFile: '/c/key.pem' } },
      (path) => {
        read.push(path);
        return Buffer.from(path);
      },
    );
    assert.deepEqual(read, ['/c/ca.pem', '/c/cert.pem', '/c/key.pem']);
    assert.equal(options.protocol, 'https');
    assert.equal(options.agent?.options.rejectUnauthorized, false);
    const verified = dockerodeOptions({ transport: 'tcp', hostname: 'h', port: 2376, tls: { verify: true } }, () => Buffer.alloc(0));
    assert.equal(verified.agent, undefined);
    assert.equal(dockerodeOptions({ transport: 'tcp', hostname: 'h', port: 2375 }).protocol, 'http');
  });

  test('ssh', () => {
    const options = dockerodeOptions({ transport: 'ssh', hostname: 'build', port: 22, username: 'me' });
    assert.deepEqual([options.protocol, options.host, options.port, options.username], ['ssh', 'build', 22, 'me']);
  });
});
