/** Registry names as the Docker CLI spells them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  apiHostOf,
  credentialKey,
  dockerHubKey,
  hostOfServerAddress,
  isLoopbackRegistry,
  namesRegistry,
  registryOfReference,
} from '../../../client/src/registry/registryNames';

test('the registry of an image reference: a first component with a dot, a colon or localhost; else Docker Hub', () => {
  assert.equal(registryOfReference('nginx'), 'docker.io');
  assert.equal(registryOfReference('nginx:1.27'), 'docker.io');
  assert.equal(registryOfReference('team/app:1.0'), 'docker.io');
  assert.equal(registryOfReference('docker.io/library/nginx'), 'docker.io');
  assert.equal(registryOfReference('index.docker.io/team/app'), 'docker.io');
  assert.equal(registryOfReference('registry.example.com/team/app:1.0'), 'registry.example.com');
  assert.equal(registryOfReference('127.0.0.1:5000/app'), '127.0.0.1:5000');
  assert.equal(registryOfReference('localhost/app'), 'localhost');
  assert.equal(registryOfReference('Registry.Example.com/app@sha256:abc'), 'registry.example.com');
});

test('whether a reference names its registry, or goes to Docker Hub without saying so', () => {
  assert.equal(namesRegistry('app:1.0'), false);
  assert.equal(namesRegistry('team/app'), false);
  assert.equal(namesRegistry('docker.io/team/app'), true);
  assert.equal(namesRegistry('127.0.0.1:5000/app'), true);
});

test("Docker Hub's credential key is https://index.docker.io/v1/, whatever alias is used; other registries are keyed by host", () => {
  for (const alias of ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1/', 'https://registry-1.docker.io/v2/', 'registry.hub.docker.com']) {
    assert.equal(credentialKey(alias), dockerHubKey, alias);
  }
  assert.equal(credentialKey('https://registry.example.com:5000/'), 'registry.example.com:5000');
  assert.equal(credentialKey('127.0.0.1:5000'), '127.0.0.1:5000');
  assert.equal(hostOfServerAddress(' HTTP://Registry.Example.com/v2/ '), 'registry.example.com');
  assert.equal(apiHostOf('docker.io'), 'registry-1.docker.io');
  assert.equal(apiHostOf('https://registry.example.com/'), 'registry.example.com');
});

test('loopback registries (reached over plain HTTP, as the engine does): 127.0.0.0/8, localhost, ::1', () => {
  for (const registry of ['127.0.0.1:5000', '127.1.2.3', 'localhost:5000', 'localhost', '[::1]:5000']) assert.equal(isLoopbackRegistry(registry), true, registry);
  for (const registry of ['docker.io', 'registry.example.com', '10.0.0.1:5000', '127.example.com']) assert.equal(isLoopbackRegistry(registry), false, registry);
});
