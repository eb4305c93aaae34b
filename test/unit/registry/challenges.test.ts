/** `WWW-Authenticate` challenges as registries send them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseChallenges } from '../../../client/src/registry/registryClient';

test("Docker Hub's Bearer challenge: realm, service and scope", () => {
  assert.deepEqual(parseChallenges('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"'), [
    { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/nginx:pull' } },
  ]);
});

test("the distribution registry's Basic challenge, and several challenges in one header", () => {
  assert.deepEqual(parseChallenges('Basic realm="test"'), [{ scheme: 'basic', params: { realm: 'test' } }]);
  assert.deepEqual(parseChallenges('Basic realm="a, b", Bearer realm="https://x/token" , service=reg'), [
    { scheme: 'basic', params: { realm: 'a, b' } },
    { scheme: 'bearer', params: { realm: 'https://x/token', service: 'reg' } },
  ]);
});

test('escaped quotes, parameter names in any case, and nothing at all', () => {
  assert.deepEqual(parseChallenges('bearer Realm="say \\"hi\\""'), [{ scheme: 'bearer', params: { realm: 'say "hi"' } }]);
  assert.deepEqual(parseChallenges(undefined), []);
  assert.deepEqual(parseChallenges(''), []);
});
