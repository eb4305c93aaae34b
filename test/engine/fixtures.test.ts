import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import {
  busyboxImage,
  createTestContainer,
  createTestNetwork,
  createTestVolume,
  ensureBusyboxImage,
  newRunId,
  removeTestObjects,
  testLabel,
} from '../support/engineFixtures';

const docker = new Docker();
const runId = newRunId();

describe('engine fixtures', () => {
  before(() => ensureBusyboxImage(docker));
  after(() => removeTestObjects(docker, runId));

  test('the busybox image runs a shell command', async () => {
    const container = await createTestContainer(docker, runId, { cmd: ['sh', '-c', 'echo fixture-ok'] });
    await container.start();
    const { StatusCode } = (await container.wait()) as { StatusCode: number };
    const logs = (await container.logs({ stdout: true })).toString('utf8');
    assert.equal(StatusCode, 0);
    assert.match(logs, /fixture-ok/);
  });

  test('removeTestObjects removes labelled containers, volumes and networks, and nothing else', async () => {
    const otherRun = newRunId();
    const volume = await createTestVolume(docker, otherRun, 'data');
    const network = await createTestNetwork(docker, otherRun, 'net');
    await createTestContainer(docker, otherRun, { start: true, binds: [`${volume}:/data`], network });
    const survivor = await createTestContainer(docker, runId);

    await removeTestObjects(docker, otherRun);

    const filters = JSON.stringify({ label: [`${testLabel}=${otherRun}`] });
    assert.deepEqual(await docker.listContainers({ all: true, filters }), []);
    assert.deepEqual(await docker.listNetworks({ filters }), []);
    assert.deepEqual((await docker.listVolumes({ filters })).Volumes ?? [], []);
    assert.equal((await survivor.inspect()).Config.Image, busyboxImage);
  });
});
