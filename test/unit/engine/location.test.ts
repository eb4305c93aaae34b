import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  contextDirectoryName,
  currentContextName,
  machineHostSetting,
  parseContextMeta,
  parseEngineHost,
  resolveEngineLocation,
  type EngineLocationInputs,
} from '../../../client/src/engine/location';

const linux = (overrides: Partial<EngineLocationInputs> = {}): EngineLocationInputs => ({
  env: {},
  platform: 'linux',
  dockerConfigDir: '/home/me/.docker',
  context: { name: 'default' },
  ...overrides,
});

describe('engine location', () => {
  test('with nothing configured, the platform default socket', () => {
    assert.deepEqual(resolveEngineLocation(linux()), {
      host: 'unix:///var/run/docker.sock',
      contextName: 'default',
      source: 'default',
      address: { transport: 'socket', socketPath: '/var/run/docker.sock' },
    });
    const windows = resolveEngineLocation(linux({ platform: 'win32', dockerConfigDir: 'C:\\Users\\me\\.docker' }));
    assert.deepEqual(windows.address, { transport: 'socket', socketPath: '//./pipe/docker_engine' });
  });

  test('DOCKER_HOST unix and npipe become socket paths', () => {
    assert.deepEqual(resolveEngineLocation(linux({ env: { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' } })).address, {
      transport: 'socket',
      socketPath: '/run/user/1000/docker.sock',
    });
    assert.deepEqual(parseEngineHost('npipe:////./pipe/dockerDesktopLinuxEngine', undefined), {
      transport: 'socket',
      socketPath: '//./pipe/dockerDesktopLinuxEngine',
    });
  });

  test('DOCKER_HOST tcp without TLS: plain http, port 2375 by default', () => {
    const location = resolveEngineLocation(linux({ env: { DOCKER_HOST: 'tcp://10.0.0.5' } }));
    assert.equal(location.source, 'env');
    assert.deepEqual(location.address, { transport: 'tcp', hostname: '10.0.0.5', port: 2375 });
    assert.deepEqual(parseEngineHost('10.0.0.5:2375', undefined), { transport: 'tcp', hostname: '10.0.0.5', port: 2375 }, 'a bare host:port is tcp');
  });

  test('DOCKER_HOST tcp with DOCKER_TLS_VERIFY: verified TLS with the certificates of DOCKER_CERT_PATH, port 2376 by default', () => {
    const location = resolveEngineLocation(linux({ env: { DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs/' } }));
    assert.deepEqual(location.address, {
      transport: 'tcp',
      hostname: 'docker.example',
      port: 2376,
      tls: { verify: true, caFile: '/certs/ca.pem', certFile: '/certs/cert.pem', keyFile: '/certs/key.pem' },
    });
    const noPort = resolveEngineLocation(linux({ env: { DOCKER_HOST: 'tcp://docker.example', DOCKER_TLS_VERIFY: '1' } }));
    assert.equal(noPort.address.transport === 'tcp' && noPort.address.port, 2376);
    assert.equal(noPort.address.transport === 'tcp' && noPort.address.tls?.caFile, '/home/me/.docker/ca.pem', 'certificates default to ~/.docker');
  });

  test('DOCKER_TLS without verification still speaks TLS', () => {
    const { address } = resolveEngineLocation(linux({ env: { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS: '1' } }));
    assert.equal(address.transport === 'tcp' && address.tls?.verify, false);
  });

  test('DOCKER_HOST ssh keeps user, host and port', () => {
    assert.deepEqual(resolveEngineLocation(linux({ env: { DOCKER_HOST: 'ssh://deploy@build.example:2222' } })).address, {
      transport: 'ssh',
      hostname: 'build.example',
      port: 2222,
      username: 'deploy',
    });
    assert.deepEqual(parseEngineHost('ssh://build.example', undefined), { transport: 'ssh', hostname: 'build.example', port: 22, username: undefined });
  });

  test('the current context comes from DOCKER_CONTEXT, else config.json, else default', () => {
    assert.equal(currentContextName({}, undefined), 'default');
    assert.equal(currentContextName({}, '{"auths":{},"currentContext":"desktop-linux"}'), 'desktop-linux');
    assert.equal(currentContextName({ DOCKER_CONTEXT: 'remote' }, '{"currentContext":"desktop-linux"}'), 'remote');
    assert.equal(currentContextName({}, '{ not json'), 'default', 'a damaged config.json falls back to the default context');
    assert.equal(currentContextName({}, '{"currentContext":""}'), 'default');
  });

  test('a context endpoint is read from its meta.json, whose directory is the sha256 of its name', () => {
    assert.equal(contextDirectoryName('desktop-linux'), 'fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e');
    const meta = parseContextMeta(
      JSON.stringify({ Name: 'desktop-linux', Metadata: {}, Endpoints: { docker: { Host: 'unix:///home/me/.docker/desktop/docker.sock', SkipTLSVerify: false } } }),
    );
    assert.deepEqual(meta, { name: 'desktop-linux', host: 'unix:///home/me/.docker/desktop/docker.sock', skipTlsVerify: false });
    assert.equal(parseContextMeta('{"Name":"x","Endpoints":{}}'), undefined);
    assert.equal(parseContextMeta('garbage'), undefined);

    const location = resolveEngineLocation(linux({ context: { name: 'desktop-linux', meta } }));
    assert.equal(location.source, 'context');
    assert.equal(location.contextName, 'desktop-linux');
    assert.deepEqual(location.address, { transport: 'socket', socketPath: '/home/me/.docker/desktop/docker.sock' });
  });

  test('a tcp context with TLS material uses the files in contexts/tls/<hash>/docker', () => {
    const meta = { name: 'prod', host: 'tcp://prod.example:2376', skipTlsVerify: true };
    const { address } = resolveEngineLocation(linux({ context: { name: 'prod', meta, tlsFileNames: ['ca.pem', 'cert.pem', 'key.pem'] } }));
    const dir = `/home/me/.docker/contexts/tls/${contextDirectoryName('prod')}/docker`;
    assert.deepEqual(address, {
      transport: 'tcp',
      hostname: 'prod.example',
      port: 2376,
      tls: { verify: false, caFile: `${dir}/ca.pem`, certFile: `${dir}/cert.pem`, keyFile: `${dir}/key.pem` },
    });
  });

  test('a current context that does not exist is an invalid host, not the default socket', () => {
    const location = resolveEngineLocation(linux({ context: { name: 'gone' } }));
    assert.equal(location.address.transport, 'invalid');
    assert.match(location.address.transport === 'invalid' ? location.address.reason : '', /"gone" was not found/);
  });

  test('precedence: the setting, then DOCKER_HOST, then the context', () => {
    const meta = { name: 'remote', host: 'ssh://me@remote', skipTlsVerify: false };
    const base = linux({ env: { DOCKER_HOST: 'tcp://envhost:2375' }, context: { name: 'remote', meta } });
    assert.equal(resolveEngineLocation(base).host, 'tcp://envhost:2375');
    assert.equal(resolveEngineLocation({ ...base, hostSetting: 'unix:///custom.sock' }).source, 'setting');
    assert.equal(resolveEngineLocation({ ...base, env: {} }).host, 'ssh://me@remote');
  });

  test('the setting is taken from the user level only: workspace and folder values are ignored', () => {
    assert.equal(machineHostSetting({ globalValue: 'tcp://mine:2375' }), 'tcp://mine:2375');
    const fromWorkspace = { globalValue: undefined, workspaceValue: 'tcp://attacker:2375', workspaceFolderValue: 'tcp://attacker:2375' };
    assert.equal(machineHostSetting(fromWorkspace), undefined);
    assert.equal(machineHostSetting({ globalValue: '  ' }), undefined);
    assert.equal(machineHostSetting(undefined), undefined);
  });

  test('unusable hosts are reported, not guessed', () => {
    assert.equal(parseEngineHost('unix://', undefined).transport, 'invalid');
    assert.equal(parseEngineHost('fd://', undefined).transport, 'invalid');
    assert.equal(parseEngineHost('tcp://', undefined).transport, 'invalid');
    assert.deepEqual(parseEngineHost('https://h', undefined), { transport: 'tcp', hostname: 'h', port: 2376, tls: { verify: true } });
    assert.deepEqual(parseEngineHost('tcp://[::1]:2375', undefined), { transport: 'tcp', hostname: '::1', port: 2375 });
  });
});
