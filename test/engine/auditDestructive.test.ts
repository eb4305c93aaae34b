/**
 * Audit of issue 6's "destructive actions always confirm and say exactly
 * what will be removed", against the real engine. The tests cover two
 * confirmations that once did not match what the engine then does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { formatMessage } from '../../client/src/commands/localizable';
import { prune, pruneCandidates, pruneConfirmation } from '../../client/src/commands/prune';
import { composeDownConfirmation, composeDownScope } from '../../client/src/commands/composeConfirmations';
import { containersOnNetwork, networkRemovalConfirmation } from '../../client/src/commands/volumeNetworkOps';
import { buildFromFiles, busyboxImage, createTestContainer, createTestNetwork, ensureBusyboxImage, newRunId, removeTestObjects, testLabel, testLabels } from '../support/engineFixtures';

const docker = new Docker();
const runId = newRunId();

describe('audit: confirmations say exactly what goes', () => {
  before(() => ensureBusyboxImage(docker));
  after(() => removeTestObjects(docker, runId));

  test(
    'prune images announces only the dangling images the engine removes, and reports images, not layers',
    async () => {
      const tag = `dockside-test/audit-prune-${runId}:v1`;
      // A RUN gives each generation a layer of its own, as real rebuilds have.
      const build = (generation: string) =>
        buildFromFiles(docker, { Dockerfile: `FROM ${busyboxImage}\nRUN echo ${generation} > /generation\n` }, { t: tag, labels: testLabels(runId) });
      await build('first');
      const usedId = (await docker.getImage(tag).inspect()).Id;
      await docker.createContainer({ Image: usedId, Labels: testLabels(runId) });
      await build('second'); // leaves the first image dangling, still used by the container
      await build('third'); // leaves the second image dangling and unused

      const scope = { label: `${testLabel}=${runId}` };
      const filters = JSON.stringify({ dangling: ['true'], label: [scope.label] });
      const danglingBefore = (await docker.listImages({ filters })).map((image) => image.Id);
      const candidates = await pruneCandidates(docker, 'images', scope);
      const result = await prune(docker, 'images', scope);
      const danglingAfter = new Set((await docker.listImages({ filters })).map((image) => image.Id));
      const gone = danglingBefore.filter((id) => !danglingAfter.has(id)).map((id) => id.slice(7, 19));

      assert.deepEqual([...candidates.images].sort(), gone.sort(), `announced: ${formatMessage(pruneConfirmation(candidates).message)}`);
      assert.equal(result.removed, gone.length, 'the report counts the images removed');
    },
  );

  test('compose down names every container and network of the project, stopped containers included, and none of another project', async () => {
    const project = `dockside-${runId}-shop`;
    const composeLabels = (configFiles: string) => ({ 'com.docker.compose.project': project, 'com.docker.compose.project.config_files': configFiles });
    await createTestContainer(docker, runId, { name: 'shop-web-1', labels: composeLabels('/srv/shop/compose.yaml'), start: true, cmd: ['sleep', '300'] });
    await createTestContainer(docker, runId, { name: 'shop-db-1', labels: composeLabels('/srv/shop/compose.yaml') });
    await createTestContainer(docker, runId, { name: 'other-1', labels: { 'com.docker.compose.project': `${project}-other` } });

    const network = `dockside-${runId}-shop_default`;
    await docker.createNetwork({ Name: network, Labels: { ...testLabels(runId), 'com.docker.compose.project': project } });

    const scope = await composeDownScope(docker, project);
    assert.deepEqual(scope, { containers: [`dockside-${runId}-shop-db-1`, `dockside-${runId}-shop-web-1`], networks: [network] });
    assert.match(formatMessage(composeDownConfirmation(project, scope).detail), new RegExp(`^2 container\\(s\\) are stopped and removed: .*The network\\(s\\) ${network} are removed too`));
  });

  test(
    'removing a network names the stopped containers configured for it, which cannot start without it',
    async () => {
      const network = await createTestNetwork(docker, runId, 'configured');
      const stopped = await createTestContainer(docker, runId, { name: 'configured', network });
      const { Id } = await docker.getNetwork(network).inspect();
      const confirmation = networkRemovalConfirmation(network, await containersOnNetwork(docker, Id));
      assert.match(formatMessage(confirmation.detail), new RegExp(`dockside-${runId}-configured`), formatMessage(confirmation.detail));

      // What the confirmation must warn about: once the network is gone, the container cannot start.
      await docker.getNetwork(Id).remove();
      await assert.rejects(stopped.start(), /network .* not found/i);
    },
  );
});
