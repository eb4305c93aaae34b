/**
 * Registry credentials where the Docker CLI keeps them: config.json's `auths`, and credential
 * helpers (a real helper program, run through the protocol), in a temporary DOCKER_CONFIG.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CredentialHelperError } from '../../../client/src/registry/credentialHelper';
import { silentLog } from '../../../client/src/log';
import { CredentialStore, registryAuthHeader } from '../../../client/src/registry/credentials';
import { DockerConfigError, dockerConfigDir } from '../../../client/src/registry/dockerConfig';
import { createCredentialHelper, type TestCredentialHelper } from '../../support/credentialHelperFixture';

let configDir: string;
const config = () => JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as Record<string, unknown>;
const writeConfig = (value: unknown) => writeFileSync(join(configDir, 'config.json'), typeof value === 'string' ? value : JSON.stringify(value));
const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

beforeEach(() => {
  configDir = mkdtempSync(join(tmpdir(), 'dockside-config-'));
});
afterEach(() => rmSync(configDir, { recursive: true, force: true }));

test('the configuration folder: $DOCKER_CONFIG, else ~/.docker', () => {
  assert.equal(dockerConfigDir({ DOCKER_CONFIG: '/srv/conf' }, '/home/me'), '/srv/conf');
  assert.equal(dockerConfigDir({}, '/home/me'), '/home/me/.docker');
});

describe('config.json auths', () => {
  test('nobody logged in: no file, or an empty one, has no credentials', async () => {
    const store = new CredentialStore({ configDir });
    assert.equal(await store.get('docker.io'), undefined);
    writeConfig('');
    assert.equal(await store.get('docker.io'), undefined);
    assert.deepEqual(await store.knownRegistries(), []);
  });

  test('reads `auth` (base64 user:password, a colon in the password kept) and `identitytoken`, under any spelling of the key', async () => {
    writeConfig({
      auths: {
        'https://index.docker.io/v1/': { auth: basic('hubuser', 'pa:ss') },
        'https://registry.example.com/': { auth: basic('alice', 's3cret') },
        'token.example.com': { auth: basic('bob', ''), identitytoken: 'refresh-me' },
        'empty.example.com': {},
      },
    });
    const store = new CredentialStore({ configDir });
    assert.deepEqual(await store.get('docker.io'), { username: 'hubuser', password: 'pa:ss' });
    assert.deepEqual(await store.get('registry-1.docker.io'), { username: 'hubuser', password: 'pa:ss' }, 'as BuildKit names Docker Hub');
    assert.deepEqual(await store.get('registry.example.com'), { username: 'alice', password: 's3cret' });
    assert.deepEqual(await store.get('token.example.com'), { username: 'bob', password: '', identityToken: 'refresh-me' });
    assert.equal(await store.get('empty.example.com'), undefined);
    assert.deepEqual(await store.knownRegistries(), ['empty.example.com', 'https://index.docker.io/v1/', 'registry.example.com', 'token.example.com']);
    assert.deepEqual(registryAuthHeader('token.example.com', { username: 'bob', password: '', identityToken: 'refresh-me' }), {
      identitytoken: 'refresh-me',
      serveraddress: 'token.example.com',
    });
  });

  test('store writes where `docker login` would, keeping every other setting; erase removes it', async () => {
    writeConfig({ auths: { 'https://127.0.0.1:5000/': { auth: basic('old', 'old') } }, proxies: { default: { httpProxy: 'http://proxy:3128' } }, detachKeys: 'ctrl-x' });
    const store = new CredentialStore({ configDir });
    assert.deepEqual(await store.store('127.0.0.1:5000', { username: 'alice', password: 's3cret' }), { kind: 'file', path: join(configDir, 'config.json') });
    assert.deepEqual(config(), {
      auths: { '127.0.0.1:5000': { auth: basic('alice', 's3cret') } },
      proxies: { default: { httpProxy: 'http://proxy:3128' } },
      detachKeys: 'ctrl-x',
    });
    assert.equal(statSync(join(configDir, 'config.json')).mode & 0o777, 0o600, 'readable by its owner only');
    await store.store('docker.io', { username: 'hub', password: 'pw' });
    assert.deepEqual(Object.keys(config().auths as object), ['127.0.0.1:5000', 'https://index.docker.io/v1/']);
    assert.equal(await store.erase('127.0.0.1:5000'), true);
    assert.equal(await store.erase('127.0.0.1:5000'), false, 'nothing left to erase');
    assert.deepEqual(Object.keys(config().auths as object), ['https://index.docker.io/v1/']);
    assert.equal(config().detachKeys, 'ctrl-x');
  });

  test('a config.json that is not JSON is reported with its path, and left alone', async () => {
    writeConfig('{"auths": {');
    const store = new CredentialStore({ configDir });
    await assert.rejects(store.get('docker.io'), (error: unknown) => error instanceof DockerConfigError && error.message.includes(join(configDir, 'config.json')));
    await assert.rejects(store.store('docker.io', { username: 'a', password: 'b' }), DockerConfigError);
    assert.equal(readFileSync(join(configDir, 'config.json'), 'utf8'), '{"auths": {');
  });
});

describe('credential helpers', () => {
  let helper: TestCredentialHelper;
  beforeEach(() => {
    helper = createCredentialHelper('dockside-unit');
  });
  afterEach(() => helper.remove());

  test('credsStore: store, get, list and erase go through the helper; config.json only lists the registry', async () => {
    writeConfig({ credsStore: helper.name });
    const store = new CredentialStore({ configDir, env: helper.env });
    assert.deepEqual(await store.sourceFor('docker.io'), { kind: 'helper', helper: helper.name });
    await store.store('docker.io', { username: 'hub', password: 'pw' });
    assert.deepEqual(helper.stored(), { 'https://index.docker.io/v1/': { Username: 'hub', Secret: 'pw' } });
    assert.deepEqual(config(), { credsStore: helper.name, auths: { 'https://index.docker.io/v1/': {} } }, 'no secret in config.json');
    assert.deepEqual(await store.get('index.docker.io'), { username: 'hub', password: 'pw' });
    await store.store('127.0.0.1:5000', { username: '', password: '', identityToken: 'tok' });
    assert.deepEqual(helper.stored()['127.0.0.1:5000'], { Username: '<token>', Secret: 'tok' });
    assert.deepEqual(await store.get('127.0.0.1:5000'), { username: '', password: '', identityToken: 'tok' });
    assert.deepEqual(await store.knownRegistries(), ['127.0.0.1:5000', 'https://index.docker.io/v1/']);
    assert.equal(await store.erase('docker.io'), true);
    assert.equal(await store.get('docker.io'), undefined);
    assert.equal(await store.erase('docker.io'), false);
    assert.deepEqual(Object.keys(config().auths as object), ['127.0.0.1:5000']);
    assert.deepEqual(helper.calls(), ['store', 'get', 'store', 'get', 'list', 'erase', 'get', 'erase']);
  });

  test('each helper run is logged as the program and its action; what it is given (a password among it) is not', async () => {
    writeConfig({ credsStore: helper.name });
    const lines: string[] = [];
    const log = { ...silentLog, info: (line: string) => void lines.push(line) };
    const store = new CredentialStore({ configDir, env: helper.env, log });
    await store.store('registry.example.com', { username: 'alice', password: 'pa55-word' });
    await store.get('registry.example.com');
    assert.deepEqual(lines, [`Running: docker-credential-${helper.name} store`, `Running: docker-credential-${helper.name} get`]);
  });

  test('credHelpers: a helper for one registry; the others stay in config.json', async () => {
    writeConfig({ credHelpers: { 'registry.example.com': helper.name } });
    const store = new CredentialStore({ configDir, env: helper.env });
    await store.store('registry.example.com', { username: 'alice', password: 's3cret' });
    await store.store('127.0.0.1:5000', { username: 'bob', password: 'pw' });
    assert.deepEqual(helper.stored(), { 'registry.example.com': { Username: 'alice', Secret: 's3cret' } });
    assert.deepEqual((config().auths as Record<string, unknown>)['127.0.0.1:5000'], { auth: basic('bob', 'pw') });
    assert.deepEqual(await store.get('https://registry.example.com/'), { username: 'alice', password: 's3cret' });
  });

  test('a helper that is not installed, or never answers (and ignores SIGTERM), fails with a message naming it, within the time limit', async () => {
    writeConfig({ credsStore: 'dockside-missing' });
    await assert.rejects(new CredentialStore({ configDir, env: helper.env }).get('docker.io'), (error: unknown) => {
      assert.ok(error instanceof CredentialHelperError);
      assert.equal(error.failure, 'missing');
      assert.match(error.message, /docker-credential-dockside-missing get: .*not found on PATH/);
      return true;
    });
    const hanging = createCredentialHelper('dockside-hang', { hang: true });
    try {
      writeConfig({ credsStore: hanging.name });
      await assert.rejects(new CredentialStore({ configDir, env: hanging.env, helperTimeoutMs: 500 }).get('docker.io'), (error: unknown) => {
        assert.ok(error instanceof CredentialHelperError);
        assert.equal(error.failure, 'timeout');
        assert.equal(error.message, 'docker-credential-dockside-hang get: no answer within 0.5 s');
        assert.equal(error.detail, 'no answer within 0.5 s');
        return true;
      });
    } finally {
      hanging.remove();
    }
  });

  test('a helper name that could make the program a path is refused without running anything', async () => {
    writeConfig({ credsStore: '../../bin/sh' });
    await assert.rejects(new CredentialStore({ configDir }).get('docker.io'), /not a valid credential helper name/);
  });
});
