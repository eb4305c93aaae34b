/** Which builder a build goes to, from what the engine says about itself. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseBuilder, engineStopsCancelledBuild, type BuilderProbe } from '../../../client/src/buildkit/builder';

const docker2010: BuilderProbe = { osType: 'linux', apiVersion: '1.41', engineVersion: '20.10.24', components: ['Engine', 'containerd', 'runc', 'docker-init'] };

test('Docker Engine 20.10 on Linux (no Builder-Version header): BuildKit, as the Docker CLI assumes', () => {
  assert.deepEqual(chooseBuilder(docker2010), { builder: 'buildkit', reason: 'supported' });
});

test('an engine that prefers BuildKit (Builder-Version: 2) gets it, even on Windows', () => {
  assert.deepEqual(chooseBuilder({ ...docker2010, builderVersion: '2', apiVersion: '1.47' }), { builder: 'buildkit', reason: 'preferred' });
  assert.deepEqual(chooseBuilder({ ...docker2010, builderVersion: '2', osType: 'windows' }), { builder: 'buildkit', reason: 'preferred' });
});

test('a Linux engine that defaults to the classic builder (Builder-Version: 1) still builds with BuildKit, as the Docker CLI does', () => {
  assert.deepEqual(chooseBuilder({ ...docker2010, builderVersion: '1' }), { builder: 'buildkit', reason: 'supported' });
});

test('Windows engines without BuildKit, and engines older than API 1.39, get the classic builder', () => {
  assert.deepEqual(chooseBuilder({ ...docker2010, osType: 'windows', builderVersion: '1' }), { builder: 'classic', reason: 'windows' });
  assert.deepEqual(chooseBuilder({ ...docker2010, osType: 'Windows' }), { builder: 'classic', reason: 'windows' });
  assert.deepEqual(chooseBuilder({ ...docker2010, apiVersion: '1.38' }), { builder: 'classic', reason: 'tooOld' });
  assert.deepEqual(chooseBuilder({ ...docker2010, apiVersion: '1.39' }), { builder: 'buildkit', reason: 'supported' });
  assert.deepEqual(chooseBuilder({ ...docker2010, apiVersion: '1.100' }), { builder: 'buildkit', reason: 'supported' });
});

test("Podman's Docker-compatible API gets the classic builder, whatever it says about versions", () => {
  const podman: BuilderProbe = { osType: 'linux', apiVersion: '1.41', engineVersion: '4.3.1', components: ['Podman Engine', 'Conmon', 'OCI Runtime (crun)'] };
  assert.deepEqual(chooseBuilder(podman), { builder: 'classic', reason: 'podman' });
  assert.deepEqual(chooseBuilder({ ...podman, builderVersion: '2' }), { builder: 'classic', reason: 'podman' });
});

test('an engine that says little (no components, no OS) is taken at its API version', () => {
  assert.deepEqual(chooseBuilder({ components: [] }), { builder: 'buildkit', reason: 'supported' });
  assert.deepEqual(chooseBuilder({ components: [], apiVersion: '1.24' }), { builder: 'classic', reason: 'tooOld' });
});

test('a cancelled build stops inside Docker (either builder), but not inside Podman, which has no way to cancel one', () => {
  const podman: BuilderProbe = { osType: 'linux', apiVersion: '1.41', engineVersion: '4.3.1', components: ['Podman Engine'] };
  assert.equal(engineStopsCancelledBuild(chooseBuilder(docker2010)), true);
  assert.equal(engineStopsCancelledBuild(chooseBuilder({ ...docker2010, apiVersion: '1.38' })), true);
  assert.equal(engineStopsCancelledBuild(chooseBuilder(podman)), false);
});
