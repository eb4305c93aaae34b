/** Which registries the Registries view lists: the Docker configuration's logins and the `dockside.registries` setting. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRegistriesSetting, plainHttpAllowed, registryEntries, withAddedName, withoutName } from '../../../client/src/registry/registrySettings';

describe('the dockside.registries setting', () => {
  test('bare addresses and objects; entries without an address are left out', () => {
    assert.deepEqual(parseRegistriesSetting(['registry.example.com', ' ', { address: 'lab:5000', insecure: true, repositories: ['team/app', 3, ' '] }, { insecure: true }, 7, null]), [
      { address: 'registry.example.com', insecure: false, repositories: [], namespaces: [] },
      { address: 'lab:5000', insecure: true, repositories: ['team/app'], namespaces: [] },
    ]);
    assert.deepEqual(parseRegistriesSetting(undefined), []);
    assert.deepEqual(parseRegistriesSetting({ address: 'x' }), []);
  });
});

describe('the registries listed', () => {
  test('logins and the setting, one entry per host (any spelling), Docker Hub first, then by name', () => {
    const entries = registryEntries(
      ['registry-10.example.com', 'https://index.docker.io/v1/', '127.0.0.1:5000'],
      parseRegistriesSetting(['https://registry-10.example.com/v2/', { address: 'registry-9.example.com', repositories: ['b', 'a'] }, { address: '127.0.0.1:5000', insecure: true, repositories: ['x'] }]),
    );
    assert.deepEqual(
      entries.map((entry) => [entry.host, entry.key, entry.isDockerHub, entry.loggedIn, entry.inSettings, entry.insecure, entry.repositories.join()]),
      [
        ['docker.io', 'https://index.docker.io/v1/', true, true, false, false, ''],
        ['127.0.0.1:5000', '127.0.0.1:5000', false, true, true, true, 'x'],
        ['registry-9.example.com', 'registry-9.example.com', false, false, true, false, 'a,b'],
        ['registry-10.example.com', 'registry-10.example.com', false, true, true, false, ''],
      ],
    );
  });

  test('Docker Hub organizations come from the setting', () => {
    const [hub] = registryEntries([], parseRegistriesSetting([{ address: 'docker.io', namespaces: ['myorg', 'acme'] }]));
    assert.deepEqual([hub.isDockerHub, hub.loggedIn, hub.namespaces], [true, false, ['acme', 'myorg']]);
  });
});

describe('Add Repository and Remove from View write the setting', () => {
  test('a new registry gets an object entry; a bare address becomes one; a name is not added twice', () => {
    assert.deepEqual(withAddedName(undefined, 'lab:5000', 'team/app'), [{ address: 'lab:5000', repositories: ['team/app'] }]);
    assert.deepEqual(withAddedName(['other', 'https://lab:5000'], 'lab:5000', 'team/app'), ['other', { address: 'https://lab:5000', repositories: ['team/app'] }]);
    const once = withAddedName([{ address: 'lab:5000', insecure: true, repositories: ['a'] }], 'lab:5000', 'b');
    assert.deepEqual(once, [{ address: 'lab:5000', insecure: true, repositories: ['a', 'b'] }]);
    assert.deepEqual(withAddedName(once, 'lab:5000', 'b'), once);
    assert.deepEqual(withAddedName([], 'docker.io', 'myorg', 'namespaces'), [{ address: 'docker.io', namespaces: ['myorg'] }]);
  });

  test('removing keeps every other entry and key as it was', () => {
    const setting = ['plain', { address: 'lab:5000', insecure: true, repositories: ['a', 'b'] }];
    assert.deepEqual(withoutName(setting, 'lab:5000', 'a'), ['plain', { address: 'lab:5000', insecure: true, repositories: ['b'] }]);
    assert.deepEqual(withoutName(setting, 'elsewhere', 'a'), setting);
  });
});

test('plain HTTP only for loopback registries and those the setting marks insecure', () => {
  const allowed = plainHttpAllowed(parseRegistriesSetting(['registry.example.com', { address: 'https://lab.internal:5000/', insecure: true }]));
  assert.deepEqual(
    ['127.0.0.1:5000', 'localhost:5000', '[::1]:5000', 'lab.internal:5000', 'registry.example.com', 'lab.internal:5001', 'docker.io'].map(allowed),
    [true, true, true, true, false, false, false],
  );
});
