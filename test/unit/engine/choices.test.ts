import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { choiceOf, engineAddressProblem, engineOptions, parseStoredChoice, podmanSockets, type EngineOptionInputs } from '../../../client/src/engine/choices';
import { ContextStore } from '../../../client/src/engine/contextStore';
import { contextDirectoryName, resolveEngineLocation, type EngineLocation } from '../../../client/src/engine/location';
import { readEngineLocation } from '../../../client/src/engine/locationFiles';
import { untranslated } from '../../../client/src/explorer/format';
import { EngineOptionNode } from '../../../client/src/explorer/nodes/engines';

const defaultLocation: EngineLocation = {
  host: 'unix:///var/run/docker.sock',
  contextName: 'default',
  source: 'default',
  address: { transport: 'socket', socketPath: '/var/run/docker.sock' },
};
const inputs = (overrides: Partial<EngineOptionInputs> = {}): EngineOptionInputs => ({
  contexts: [
    { name: 'pod', host: 'unix:///tmp/podman.sock', skipTlsVerify: false, description: 'Podman here' },
    { name: 'build', host: 'ssh://me@build', skipTlsVerify: false },
  ],
  currentContext: 'default',
  env: {},
  platform: 'linux',
  podmanSockets: [{ mode: 'rootful', host: 'unix:///run/podman/podman.sock' }],
  location: defaultLocation,
  ...overrides,
});

describe('engine options', () => {
  test('contexts (default first, then by name), Podman sockets, then the setting when set; without a choice the setting is active', () => {
    const options = engineOptions(inputs({ hostSetting: 'tcp://10.0.0.5:2375' }));
    assert.deepEqual(
      options.map((option) => [option.kind, option.kind === 'context' ? option.name : option.host, option.active]),
      [
        ['context', 'default', false],
        ['context', 'build', false],
        ['context', 'pod', false],
        ['podman', 'unix:///run/podman/podman.sock', false],
        ['setting', 'tcp://10.0.0.5:2375', true],
      ],
    );
    assert.equal(options[0].kind === 'context' && options[0].host, 'unix:///var/run/docker.sock');
    assert.equal(options[2].kind === 'context' && options[2].description, 'Podman here');
  });

  test("the default context's endpoint is DOCKER_HOST when set, as for the CLI", () => {
    const [first] = engineOptions(inputs({ env: { DOCKER_HOST: 'tcp://127.0.0.1:2375' } }));
    assert.equal(first.host, 'tcp://127.0.0.1:2375');
  });

  test('without the setting, "automatic" is the way back to no choice, active while nothing is chosen', () => {
    const automatic = engineOptions(inputs()).at(-1);
    assert.deepEqual(automatic, { kind: 'automatic', host: 'unix:///var/run/docker.sock', active: true });
    assert.equal(automatic && choiceOf(automatic), undefined);
    assert.equal(engineOptions(inputs({ choice: { kind: 'context', name: 'pod' } })).at(-1)?.active, false);
  });

  test('a choice marks its option active; the current CLI context is marked apart from it', () => {
    const options = engineOptions(inputs({ currentContext: 'build', choice: { kind: 'host', host: 'unix:///run/podman/podman.sock' } }));
    assert.deepEqual(options.filter((option) => option.active).map((option) => option.kind), ['podman']);
    assert.deepEqual(options.filter((option) => option.kind === 'context' && option.current).map((option) => option.kind === 'context' && option.name), ['build']);
  });

  test('choosing an option remembers a context by name, a socket by address, and the setting as no choice', () => {
    const options = engineOptions(inputs({ hostSetting: 'tcp://10.0.0.5:2375' }));
    assert.deepEqual(options.map(choiceOf), [
      { kind: 'context', name: 'default' },
      { kind: 'context', name: 'build' },
      { kind: 'context', name: 'pod' },
      { kind: 'host', host: 'unix:///run/podman/podman.sock' },
      undefined,
    ]);
  });

  test('a stored choice is read back; anything malformed is no choice', () => {
    assert.deepEqual(parseStoredChoice({ kind: 'context', name: 'pod' }), { kind: 'context', name: 'pod' });
    assert.deepEqual(parseStoredChoice({ kind: 'host', host: 'unix:///x.sock' }), { kind: 'host', host: 'unix:///x.sock' });
    for (const bad of [undefined, null, 'pod', { kind: 'context' }, { kind: 'host', host: '' }, { kind: 'other', name: 'x' }]) {
      assert.equal(parseStoredChoice(bad), undefined, JSON.stringify(bad));
    }
  });

  test('Podman sockets: rootful, and rootless under XDG_RUNTIME_DIR, only when they exist', () => {
    const present = new Set(['/run/podman/podman.sock', '/run/user/1000/podman/podman.sock']);
    assert.deepEqual(podmanSockets({ XDG_RUNTIME_DIR: '/run/user/1000/' }, (path) => present.has(path)), [
      { mode: 'rootful', host: 'unix:///run/podman/podman.sock' },
      { mode: 'rootless', host: 'unix:///run/user/1000/podman/podman.sock' },
    ]);
    assert.deepEqual(podmanSockets({}, () => false), []);
  });

  test("the Contexts view's items: endpoint and marks, removable only when neither current, in use nor default", () => {
    const options = engineOptions(inputs({ currentContext: 'build', choice: { kind: 'context', name: 'default' } }));
    const present = options.map((option) => new EngineOptionNode(untranslated, option, 'Docker Engine 20.10').present());
    assert.deepEqual(
      present.map((item) => [item.label, item.description, item.contextValue]),
      [
        ['default', 'unix:///var/run/docker.sock · in use', 'dockerContext.current'],
        ['build', 'ssh://me@build · current', 'dockerContext.current'],
        ['pod', 'unix:///tmp/podman.sock', 'dockerContext'],
        ['Podman (rootful)', 'unix:///run/podman/podman.sock', 'engineSocket'],
        ['Automatic: DOCKER_HOST or the current Docker context', '', 'engineSocket'],
      ],
    );
    assert.equal(present[0].tooltip, 'Docker Engine 20.10', 'the engine in use shows what it is');
    assert.equal(present[2].tooltip, 'unix:///tmp/podman.sock\nPodman here');
  });
});

describe('a chosen engine wins over the setting, DOCKER_HOST and the current context', () => {
  const base = { env: { DOCKER_HOST: 'tcp://127.0.0.1:2375' }, platform: 'linux' as const, dockerConfigDir: '/home/me/.docker', hostSetting: 'unix:///setting.sock' };

  test('a chosen address', () => {
    const location = resolveEngineLocation({ ...base, choice: { kind: 'host', host: 'unix:///run/podman/podman.sock' }, context: { name: 'default' } });
    assert.deepEqual([location.source, location.host], ['chosen', 'unix:///run/podman/podman.sock']);
  });

  test('a chosen context, and `default` chosen meaning DOCKER_HOST', () => {
    const location = resolveEngineLocation({
      ...base,
      choice: { kind: 'context', name: 'pod' },
      context: { name: 'pod', meta: { name: 'pod', host: 'unix:///tmp/podman.sock', skipTlsVerify: false } },
    });
    assert.deepEqual([location.source, location.contextName, location.host], ['context', 'pod', 'unix:///tmp/podman.sock']);
    const chosenDefault = resolveEngineLocation({ ...base, choice: { kind: 'context', name: 'default' }, context: { name: 'default' } });
    assert.deepEqual([chosenDefault.source, chosenDefault.host], ['env', 'tcp://127.0.0.1:2375']);
  });

  test('without a choice, nothing changes: the setting first', () => {
    assert.equal(resolveEngineLocation({ ...base, context: { name: 'default' } }).source, 'setting');
  });
});

describe('the Docker CLI contexts on disk', () => {
  const config = mkdtempSync(join(tmpdir(), 'dockside-contexts-'));
  after(() => rmSync(config, { recursive: true, force: true }));
  const writeContext = (name: string, host: string): void => {
    const dir = join(config, 'contexts', 'meta', contextDirectoryName(name));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ Name: name, Metadata: { Description: `${name} engine` }, Endpoints: { docker: { Host: host, SkipTLSVerify: false } } }));
  };

  test('lists, uses as `docker context use` does (keeping the rest of config.json), inspects and removes', () => {
    writeContext('pod', 'unix:///tmp/podman.sock');
    writeContext('remote', 'ssh://me@build');
    mkdirSync(join(config, 'contexts', 'tls', contextDirectoryName('remote'), 'docker'), { recursive: true });
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: { 'registry.local': { auth: 'eDp5' } } }));
    const store = new ContextStore(config, {});
    assert.deepEqual(store.list().map((meta) => [meta.name, meta.host]), [
      ['pod', 'unix:///tmp/podman.sock'],
      ['remote', 'ssh://me@build'],
    ]);
    assert.equal(store.current(), 'default');

    store.use('pod');
    assert.equal(store.current(), 'pod');
    const written = JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(written, { auths: { 'registry.local': { auth: 'eDp5' } }, currentContext: 'pod' }, 'the credentials are kept');
    assert.equal(readEngineLocation(undefined, { DOCKER_CONFIG: config }, 'linux').contextName, 'pod', 'what the CLI and Dockside then read');
    store.use('default');
    assert.equal('currentContext' in (JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')) as object), false);

    const inspected = store.inspect('remote') as { Name: string; Storage: { TLSPath: string } };
    assert.equal(inspected.Name, 'remote');
    assert.equal(inspected.Storage.TLSPath, join(config, 'contexts', 'tls', contextDirectoryName('remote')));
    store.remove('remote');
    assert.deepEqual(store.list().map((meta) => meta.name), ['pod']);
    assert.equal(existsSync(inspected.Storage.TLSPath), false, 'its TLS files go with it');
  });

  test('a config.json that is not JSON is left alone', () => {
    const damaged = mkdtempSync(join(tmpdir(), 'dockside-contexts-damaged-'));
    writeFileSync(join(damaged, 'config.json'), '{ not json');
    assert.throws(() => new ContextStore(damaged, {}).use('pod'));
    assert.equal(readFileSync(join(damaged, 'config.json'), 'utf8'), '{ not json');
    rmSync(damaged, { recursive: true, force: true });
  });
});

test('"Enter an engine address…" refuses what the host setting refuses, with the same reason, and takes what it takes', () => {
  assert.equal(engineAddressProblem('ftp://nowhere'), 'ftp://nowhere uses the unsupported scheme "ftp://" (use unix, npipe, tcp or ssh)');
  assert.equal(engineAddressProblem(' unix:// '), 'unix:// names no socket path');
  assert.equal(engineAddressProblem('tcp://'), 'tcp:// names no host');
  for (const host of ['unix:///run/podman/podman.sock', ' tcp://10.0.0.2:2376 ', 'ssh://me@builder', 'npipe:////./pipe/docker_engine', 'localhost:2375']) {
    assert.equal(engineAddressProblem(host), undefined, host);
  }
  assert.equal(engineAddressProblem('   '), undefined, 'nothing typed yet is no error');
});
