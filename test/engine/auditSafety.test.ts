/**
 * Audit of issue 6's safety rules against the real engine: names, tags and
 * paths holding shell metacharacters are plain data on every command path
 * that can meet them. The engine refuses such container and volume names
 * (see commandsContainers.test.ts), but it accepts them for networks and
 * labels, and the local filesystem accepts them for build contexts,
 * Dockerfiles and copy destinations.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { buildImage } from '../../client/src/commands/buildImage';
import { copyFromContainer } from '../../client/src/commands/containerOps';
import { composeCapabilities, composeInvocation } from '../../client/src/compose/cli';
import { formatMessage } from '../../client/src/commands/localizable';
import { createOptionsFor } from '../../client/src/commands/runSpec';
import { validateNetworkName } from '../../client/src/commands/validators';
import { containersOnNetwork, networkRemovalConfirmation, removeNetwork } from '../../client/src/commands/volumeNetworkOps';
import { ContainersModel } from '../../client/src/explorer/model/containers';
import { NetworksModel } from '../../client/src/explorer/model/volumesNetworks';
import { ComposeProjectNode } from '../../client/src/explorer/nodes/compose';
import { NetworkNode } from '../../client/src/explorer/nodes/volumesNetworks';
import { busyboxImage, createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects, testLabels } from '../support/engineFixtures';
import { localEngine, until } from '../support/explorerHarness';

const docker = new Docker();
const runId = newRunId();
const scratch = mkdtempSync(join(tmpdir(), 'dockside-audit-safety-'));
/** Were any of these run by a shell, it would leave a `pwned*` file behind (or worse). */
const hostile = `x; rm -rf ~ $(touch pwned1) \`touch pwned2\` && touch pwned3 | cat`;
const { engine, ctx } = localEngine();

/** Every `pwned*` file under `directory` (recursively): evidence that something was evaluated by a shell. */
function pwnedFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((path) => /(^|\/)pwned\d$/.test(path));
}

describe('audit: hostile names and paths are plain data', () => {
  const images: string[] = [];
  before(() => ensureBusyboxImage(docker));
  after(async () => {
    engine.dispose();
    await removeTestObjects(docker, runId);
    for (const image of images) await docker.getImage(image).remove({ force: true }).catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  });

  test('a network the engine let someone name `x; rm -rf ~ …` is listed, confirmed and removed by that exact name', async () => {
    const name = `dockside-${runId} ${hostile}`;
    assert.ok(validateNetworkName(name), 'our own Create Network refuses such a name');
    const model = new NetworksModel(ctx);
    await model.getRoots();
    await docker.createNetwork({ Name: name, Driver: 'bridge', Labels: testLabels(runId) });

    const node = await until(model, async () => (await model.getRoots()).find((n): n is NetworkNode => n instanceof NetworkNode && n.info.Name === name));
    assert.equal(node.present().label, name);
    assert.equal(node.present().contextValue, 'network', 'a user network: Remove is offered');
    assert.equal(node.ref.name, name);

    // A running member is attached: removal is blocked, and the text names the network and the member exactly.
    const member = await createTestContainer(docker, runId, { name: 'member', network: name, start: true });
    const inUse = networkRemovalConfirmation(node.ref.name, await containersOnNetwork(docker, node.ref.id));
    assert.equal(inUse.blocked, true);
    assert.equal(formatMessage(inUse.message), `Network ${name} is in use.`);
    assert.match(formatMessage(inUse.detail), new RegExp(`dockside-${runId}-member`));
    await member.remove({ force: true });
    const free = networkRemovalConfirmation(node.ref.name, await containersOnNetwork(docker, node.ref.id));
    assert.equal(free.blocked, false);
    assert.equal(formatMessage(free.message), `Remove network ${name}?`);

    await removeNetwork(docker, node.ref.id);
    await assert.rejects(docker.getNetwork(node.ref.id).inspect(), (error: { statusCode?: number }) => error.statusCode === 404);
    await until(model, async () => ((await model.getRoots()).includes(node) ? undefined : true));
    model.dispose();
    assert.deepEqual(pwnedFiles(process.cwd()), []);
  });

  test('a Compose project label with shell metacharacters groups its containers and stays one argument each for the CLI', async () => {
    const project = `dockside-${runId} ${hostile}`;
    const workingDir = join(scratch, hostile);
    const model = new ContainersModel(ctx);
    await model.getRoots();
    await createTestContainer(docker, runId, {
      name: 'composed',
      labels: {
        'com.docker.compose.project': project,
        'com.docker.compose.service': 'web',
        'com.docker.compose.project.working_dir': workingDir,
        'com.docker.compose.project.config_files': `${workingDir}/compose.yaml,override; touch pwned4.yaml`,
      },
    });
    const group = await until(model, async () =>
      (await model.getRoots()).find((node): node is ComposeProjectNode => node instanceof ComposeProjectNode && node.name === project),
    );
    assert.equal(group.present().label, project);

    const { name, configFiles } = group.composeProject;
    const v1 = { command: { program: 'docker-compose', prefix: [] }, implementation: 'compose-v1', version: '1.29.2', capabilities: composeCapabilities('compose-v1', '1.29.2') } as const;
    assert.deepEqual(composeInvocation(v1, { projectName: name, files: configFiles }, { kind: 'down' }).args, [
      '--project-name',
      project,
      '--file',
      `${workingDir}/compose.yaml`,
      '--file',
      `${workingDir}/override; touch pwned4.yaml`,
      'down',
      '--remove-orphans',
    ]);
    model.dispose();
  });

  test('build from a context folder and a Dockerfile whose names hold shell metacharacters; copy a file with such a name out into such a folder', async () => {
    const contextDir = join(scratch, `context ${hostile}`);
    mkdirSync(contextDir, { recursive: true });
    const dockerfile = `Dockerfile; touch pwned5`;
    const payload = 'a; b `touch pwned6` & c.txt';
    writeFileSync(join(contextDir, payload), `payload of ${runId}\n`);
    writeFileSync(join(contextDir, dockerfile), [`FROM ${busyboxImage}`, `COPY ${JSON.stringify([payload, `/${payload}`])}`, ''].join('\n'));
    const tag = `dockside-test/audit-${runId}:hostile`;
    images.push(tag);

    const result = await buildImage(
      docker,
      { contextDir, dockerfile, tags: [tag], labels: testLabels(runId), builder: 'buildkit' },
      { credentials: async () => undefined, allCredentials: async () => new Map(), env: {}, output: () => undefined, step: () => undefined },
    );
    assert.equal(result.error, undefined, result.output);
    assert.ok(result.imageId, 'the build produced an image');
    assert.equal((await docker.getImage(tag).inspect()).Id, result.imageId);

    // `docker cp` works on a container that was never started.
    const container = await docker.createContainer({ Image: tag, Labels: testLabels(runId) });
    const destination = join(scratch, `out ${hostile}`);
    mkdirSync(destination);
    const written = await copyFromContainer(docker, container.id, `/${payload}`, destination);
    assert.deepEqual(written, [payload]);
    assert.equal(readFileSync(join(destination, payload), 'utf8'), `payload of ${runId}\n`);

    assert.deepEqual(pwnedFiles(scratch), [], 'nothing in the names was evaluated');
    assert.deepEqual(pwnedFiles(process.cwd()), []);
  });

  test('run: environment values and bind paths with shell metacharacters reach the container verbatim', async () => {
    const hostDir = join(scratch, `bind ${hostile.replace(/:/g, '')}`);
    mkdirSync(hostDir, { recursive: true });
    writeFileSync(join(hostDir, 'seen.txt'), 'from the host\n');
    const greeting = `GREETING=${hostile}`;
    const options = createOptionsFor({
      image: busyboxImage,
      name: `dockside-${runId}-verbatim`,
      ports: [],
      env: [greeting],
      volumes: [`${hostDir}:/mnt/host:ro`],
      interactive: false,
      autoRemove: false,
      labels: testLabels(runId),
    });
    const container = await docker.createContainer({ ...options, Cmd: ['sh', '-c', 'printf "%s|" "$GREETING"; cat /mnt/host/seen.txt'] });
    await container.start();
    await container.wait();
    const info = await container.inspect();
    assert.ok(info.Config.Env.includes(greeting), 'the value is stored as typed');
    assert.deepEqual(
      info.Mounts.map((mount) => [mount.Source, mount.Destination, mount.RW]),
      [[hostDir, '/mnt/host', false]],
    );
    const logs = (await container.logs({ stdout: true, stderr: true })).toString('utf8');
    // Non-TTY logs are framed: 8-byte headers before each chunk.
    assert.match(logs, new RegExp(`${hostile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\|`));
    assert.match(logs, /from the host/);
    assert.deepEqual(pwnedFiles(scratch), []);
  });
});
