import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type Docker from 'dockerode';
import { TransferError, transferImage } from '../../client/src/commands/imageTransfer';
import {
  containersUsingImage,
  imageHistory,
  imageRemovalConfirmation,
  removeImage,
  tagImage,
} from '../../client/src/commands/imageOps';
import { formatMessage } from '../../client/src/commands/localizable';
import { isEmpty, prune, pruneCandidates, pruneConfirmation } from '../../client/src/commands/prune';
import {
  containersOnNetwork,
  containersUsingVolume,
  createNetwork,
  createVolume,
  networkRemovalConfirmation,
  removeNetwork,
  removeVolume,
  volumeRemovalConfirmation,
} from '../../client/src/commands/volumeNetworkOps';
import {
  buildFromFiles,
  createTestContainer,
  ensureBusyboxImage,
  newRunId,
  removeTestObjects,
  testLabel,
  testLabels,
} from '../support/engineFixtures';
import { testEngines } from '../support/testEngines';

const notFound = (error: { statusCode?: number }) => error.statusCode === 404;
/** Nothing listens here: the registry is unreachable by construction. */
const deadRegistry = '127.0.0.1:1';

// The same suite on the Docker Engine and on Podman; where Podman differs, the test says how.
for (const target of testEngines) describe(`image, volume, network and prune commands against the engine (${target.name})`, () => {
  const runId = newRunId();
  const podman = target.kind === 'podman';
  const busyboxImage = target.busyboxImage;
  let docker: Docker;
  const tags: string[] = [];
  before(async () => {
    docker = await target.ready();
    await ensureBusyboxImage(docker);
  });
  after(async () => {
    for (const tag of tags) await docker.getImage(tag).remove().catch(() => undefined);
    await removeTestObjects(docker, runId);
  });

  test('tag, then remove the tag: the image itself stays', async () => {
    const tag = `dockside-test/tagged-${runId}:v1`;
    tags.push(tag);
    await tagImage(docker, busyboxImage, tag);
    const tagged = await docker.getImage(tag).inspect();
    const original = await docker.getImage(busyboxImage).inspect();
    assert.equal(tagged.Id, original.Id);
    const removed = await removeImage(docker, tag, false);
    assert.deepEqual(removed, [{ Untagged: target.listed(tag) }]);
    await assert.rejects(docker.getImage(tag).inspect(), notFound);
    await docker.getImage(busyboxImage).inspect();
  });

  test('remove names the containers using the image and needs force for stopped ones', async () => {
    // An image of our own, so that forcing its removal cannot disturb anyone else.
    const tag = `dockside-test/used-${runId}:v1`;
    tags.push(tag);
    await buildFromFiles(docker, { Dockerfile: `FROM ${busyboxImage}\nLABEL purpose=used\n` }, { t: tag, labels: testLabels(runId) });
    const container = await docker.createContainer({ name: `dockside-${runId}-user`, Image: tag, Labels: testLabels(runId) });
    const users = await containersUsingImage(docker, tag);
    assert.deepEqual(users, [{ name: `dockside-${runId}-user`, state: 'created' }]);
    const confirmation = imageRemovalConfirmation(tag, users);
    assert.equal(confirmation.needsForce, true);
    assert.equal(confirmation.blocked, false);
    assert.match(formatMessage(confirmation.detail), new RegExp(`dockside-${runId}-user \\(created\\)`));
    await assert.rejects(removeImage(docker, tag, false), /conflict|being used|must be forced/i);

    await container.start();
    const running = imageRemovalConfirmation(tag, await containersUsingImage(docker, tag));
    assert.equal(running.blocked, true);
    await container.remove({ force: true });
    await removeImage(docker, tag, false);
    await assert.rejects(docker.getImage(tag).inspect(), notFound);
  });

  test('pull and push report an unreachable registry as such, naming it', async () => {
    await assert.rejects(transferImage(docker, 'pull', `${deadRegistry}/dockside/nothing:1`, undefined, () => undefined), (error: TransferError) => {
      assert.equal(error.kind, 'unreachable');
      assert.equal(error.registry, deadRegistry);
      assert.match(error.message, /127\.0\.0\.1:1.*(connection refused|connect)/);
      return true;
    });
    const tag = `${deadRegistry}/dockside-${runId}:v1`;
    tags.push(tag);
    await tagImage(docker, busyboxImage, tag);
    const progress: string[] = [];
    await assert.rejects(transferImage(docker, 'push', tag, undefined, (event) => progress.push(event.status ?? '')), (error: TransferError) => {
      assert.equal(error.kind, 'unreachable');
      assert.match(error.message, /connection refused|connect/);
      return true;
    });
    assert.ok(progress.some((status) => /push refers to repository/i.test(status)), progress.join('\n'));
  });

  test('history lists each layer with the instruction that made it', async () => {
    const lines = await imageHistory(docker, busyboxImage);
    assert.ok(lines.length >= 4, lines.join('\n'));
    // Podman (Buildah) keeps the exec form as written; Docker's classic builder drops the commas.
    const cmd = podman ? /CMD \["sh", "-c", "echo hello; sleep 3600"\]/ : /CMD \["sh" "-c" "echo hello; sleep 3600"\]/;
    assert.ok(lines.some((line) => cmd.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /COPY file:[0-9a-f]+ in \/bin\/busybox/.test(line)), lines.join('\n'));
  });

  test('volumes: create, refuse removal while used (naming the user), remove', async () => {
    const name = `dockside-${runId}-vol`;
    await createVolume(docker, name, testLabels(runId));
    const container = await createTestContainer(docker, runId, { name: 'voluser', binds: [`${name}:/data`] });
    const users = await containersUsingVolume(docker, name);
    assert.deepEqual(users, [`dockside-${runId}-voluser`]);
    const blocked = volumeRemovalConfirmation(name, users);
    assert.equal(blocked.blocked, true);
    await assert.rejects(removeVolume(docker, name), podman ? /is being used by the following container/ : /in use/);
    await container.remove({ force: true });
    assert.equal(volumeRemovalConfirmation(name, await containersUsingVolume(docker, name)).blocked, false);
    await removeVolume(docker, name);
    await assert.rejects(docker.getVolume(name).inspect(), notFound);
  });

  test('networks: create, list attached containers, remove once free', async () => {
    const name = `dockside-${runId}-net`;
    await createNetwork(docker, name, 'bridge', testLabels(runId));
    const container = await createTestContainer(docker, runId, { name: 'netuser', network: name, start: true });
    const attached = await containersOnNetwork(docker, name);
    assert.deepEqual(attached, [`dockside-${runId}-netuser`]);
    assert.equal(networkRemovalConfirmation(name, attached).blocked, true);
    await assert.rejects(removeNetwork(docker, name), podman ? /has associated containers with it/ : /active endpoints/);
    await container.remove({ force: true });
    await removeNetwork(docker, name);
    await assert.rejects(docker.getNetwork(name).inspect(), notFound);
  });

  test('prune counts first, then removes exactly what it counted and reports the space', async () => {
    const scope = { label: `${testLabel}=${runId}` };
    assert.equal(isEmpty(await pruneCandidates(docker, 'system', scope)), true);

    const stopped = await createTestContainer(docker, runId, { name: 'stopped', cmd: ['sh', '-c', 'head -c 200000 /dev/zero > /blob'], start: true });
    await stopped.wait();
    const running = await createTestContainer(docker, runId, { name: 'running', start: true });
    await createVolume(docker, `dockside-${runId}-unused`, testLabels(runId));
    await createNetwork(docker, `dockside-${runId}-unused`, 'bridge', testLabels(runId));
    // A dangling image: build a tag twice with different content.
    const tag = `dockside-test/dangling-${runId}:v1`;
    tags.push(tag);
    await buildFromFiles(docker, { Dockerfile: `FROM ${busyboxImage}\nLABEL round=1\n` }, { t: tag, labels: testLabels(runId) });
    await buildFromFiles(docker, { Dockerfile: `FROM ${busyboxImage}\nLABEL round=2\n` }, { t: tag, labels: testLabels(runId) });

    const candidates = await pruneCandidates(docker, 'containers', scope);
    assert.deepEqual(candidates.containers, [`dockside-${runId}-stopped`]);
    const system = await pruneCandidates(docker, 'system', scope);
    assert.equal(system.images.length, 1);
    assert.deepEqual(system.networks, [`dockside-${runId}-unused`]);
    assert.deepEqual(system.volumes, [], 'a system prune keeps volumes');
    assert.equal(formatMessage(pruneConfirmation(system).message), 'Remove 3 unused object(s)? This cannot be undone.');

    const result = await prune(docker, 'system', scope);
    assert.ok(result.removed >= 3, `removed ${result.removed}`);
    assert.ok(result.spaceReclaimed >= 200_000, `reclaimed ${result.spaceReclaimed}`);
    await assert.rejects(stopped.inspect(), notFound);
    assert.equal((await running.inspect()).State.Status, 'running');
    await docker.getImage(tag).inspect();

    const volumes = await pruneCandidates(docker, 'volumes', scope);
    assert.deepEqual(volumes.volumes, [`dockside-${runId}-unused`]);
    const volumeResult = await prune(docker, 'volumes', scope);
    assert.equal(volumeResult.removed, 1);
    assert.equal(isEmpty(await pruneCandidates(docker, 'volumes', scope)), true);
  });
});
