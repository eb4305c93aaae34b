/**
 * Compose projects against the real engine, with Debian's standalone
 * `docker-compose` (1.29.2) as the CLI, run exactly as the commands run it
 * (composeOps.ts): the project is read by the language server's own parse,
 * the tree model shows its services before and after Up, a profiled service
 * stays down until its profile is chosen, a service stops and starts, logs
 * keep following across a restart and a re-creation, and Down removes the
 * containers and the network.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeDownConfirmation, composeDownScope } from '../../client/src/commands/composeConfirmations';
import { removeServiceContainers, runComposeOperation } from '../../client/src/commands/composeOps';
import { formatMessage } from '../../client/src/commands/localizable';
import { LogSession, type LogLine, type LogSelector } from '../../client/src/commands/logSession';
import { composeEnvironment, detectComposeCli, type ComposeCli, type ComposeOperation } from '../../client/src/compose/cli';
import { programRunner } from '../../client/src/compose/run';
import { ComposeWorkspaceState } from '../../client/src/compose/source';
import { composeProjectDefinition, type ComposeProjectDefinition } from '../../client/src/compose/workspaceProjects';
import type { EngineLocation } from '../../client/src/engine/location';
import { definedProjectRef } from '../../client/src/explorer/composeProjects';
import { ContainersModel } from '../../client/src/explorer/model/containers';
import type { ComposeProjectNode } from '../../client/src/explorer/nodes/compose';
import { parseCompose } from '../../server/src/compose/model';
import { composeServicesOutline } from '../../server/src/service/compose/services';
import { ensureBusyboxImage, newRunId, removeTestObjects, testComposeFile } from '../support/engineFixtures';
import { localEngine, until } from '../support/explorerHarness';
import type { Log } from '../../client/src/log';

const docker = new Docker();
const runId = newRunId();
const project = `dockside-${runId}`;
// The project is named after its folder, as compose names it (v1 has no top-level `name:`).
const scratch = mkdtempSync(join(tmpdir(), 'dockside-compose-'));
const folder = join(scratch, project);
const composeFile = join(folder, 'compose.yaml');
const { engine, ctx } = localEngine();
/** The CLI is pointed at the engine the tests use, whatever DOCKER_HOST says: as `dockside.engine.host` would. */
const location: EngineLocation = { host: 'unix:///var/run/docker.sock', contextName: 'default', source: 'setting', address: { transport: 'socket', socketPath: '/var/run/docker.sock' } };

const composeText = testComposeFile(runId, {
  web: { command: 'echo hello-from-web' },
  worker: { command: 'echo worker-ready' },
  debug: { command: 'echo debugging', profiles: ['debug'] },
});

/** Log lines and notes as they arrive, with a wait for a condition on them (checked on each arrival). */
function logRecorder() {
  const entries: Array<LogLine | string> = [];
  let waiter: (() => void) | undefined;
  const changed = () => waiter?.();
  return {
    entries,
    sink: {
      line: (line: LogLine) => (entries.push(line), changed()),
      note: (note: { text: string; args: readonly (string | number)[] }) => (entries.push(formatMessage(note)), changed()),
    },
    lines: (text: string) => entries.filter((entry): entry is LogLine => typeof entry !== 'string' && entry.text === text),
    async until(check: () => boolean): Promise<void> {
      while (!check()) await new Promise<void>((resolve) => (waiter = resolve));
    },
  };
}

describe('compose projects with the standalone docker-compose', { timeout: 300_000 }, () => {
  let cli: ComposeCli;
  let definition: ComposeProjectDefinition;
  let model: ContainersModel;
  const sessions: LogSession[] = [];
  /** What the runs wrote to the Dockside log, `level message` a line. */
  const logLines: string[] = [];
  const log: Log = {
    trace: (message) => logLines.push(`trace ${message}`),
    debug: (message) => logLines.push(`debug ${message}`),
    info: (message) => logLines.push(`info ${message}`),
    warn: (message) => logLines.push(`warn ${message}`),
    error: (message) => logLines.push(`error ${String(message)}`),
  };
  const compose = (operation: ComposeOperation, choices?: { profiles?: string[] }) =>
    runComposeOperation(cli, definedProjectRef(definition), operation, { env: composeEnvironment(location, cli, process.env), choices, log }).then((result) => {
      assert.equal(result.exitCode, 0, `docker-compose ${operation.kind} failed:\n${result.output}`);
      return result;
    });
  const projectNode = () => model.findProject(project);
  const serviceDescriptions = (node: ComposeProjectNode | undefined) => node?.services.map((service) => `${service.name}: ${service.present().description}`);
  const containersOf = async (serviceName?: string) =>
    docker.listContainers({
      all: true,
      filters: JSON.stringify({ label: [`com.docker.compose.project=${project}`, ...(serviceName ? [`com.docker.compose.service=${serviceName}`] : [])] }),
    });

  before(async () => {
    await ensureBusyboxImage(docker);
    mkdirSync(folder);
    writeFileSync(composeFile, composeText);
    const detection = await detectComposeCli(['docker-compose'], programRunner(process.env as Record<string, string>));
    assert.equal(detection.status, 'found', 'docker-compose is installed (apt-get install docker-compose)');
    cli = (detection as { cli: ComposeCli }).cli;
    // The services as the language server reads them.
    const outline = composeServicesOutline(parseCompose(TextDocument.create(pathToFileURL(composeFile).toString(), 'dockercompose', 1, composeText)));
    definition = composeProjectDefinition({ folder, files: [composeFile] }, [outline], { env: {} })!;
    await engine.connect();
    model = new ContainersModel(ctx, new ComposeWorkspaceState([definition]));
    await model.getRoots();
  });

  after(async () => {
    for (const session of sessions) session.dispose();
    model?.dispose();
    engine.dispose();
    await removeTestObjects(docker, runId);
    rmSync(scratch, { recursive: true, force: true });
  });

  test('docker-compose 1.29.2 is Compose v1: no --wait, no watch', () => {
    assert.equal(cli.implementation, 'compose-v1');
    assert.match(cli.version, /^1\.\d+\.\d+$/);
    assert.deepEqual(cli.capabilities, { wait: false, watch: false, profiles: true, envFile: true, removeOrphans: true });
  });

  test('the tree shows every service before Up, then the counts after', async () => {
    assert.equal(definition.name, project);
    assert.deepEqual(serviceDescriptions(projectNode()), [
      'web: not created · dockside-test/busybox:latest',
      'worker: not created · dockside-test/busybox:latest',
      'debug: not created · profiles: debug · dockside-test/busybox:latest',
    ]);
    assert.equal(projectNode()?.present().description, 'not created');

    await compose({ kind: 'up' });
    const node = await until(model, () => (projectNode()?.present().description === '2/2 running' ? projectNode() : undefined));
    assert.deepEqual(serviceDescriptions(node), [
      'web: 1/1 running · dockside-test/busybox:latest',
      'worker: 1/1 running · dockside-test/busybox:latest',
      'debug: not created · profiles: debug · dockside-test/busybox:latest',
    ]);
    assert.equal(node?.services[0].containers[0]?.info.Labels['com.docker.compose.service'], 'web', "a service's children are its containers");
  });

  test('the profiled service stays down until its profile is chosen', async () => {
    assert.deepEqual((await containersOf()).map((container) => container.Labels['com.docker.compose.service']).sort(), ['web', 'worker']);
    await compose({ kind: 'up' }, { profiles: ['debug'] });
    assert.deepEqual((await containersOf('debug')).map((container) => container.State), ['running']);
    await until(model, () => (projectNode()?.services[2]?.present().description?.startsWith('1/1 running') ? true : undefined));
  });

  test('a service stops and starts', async () => {
    await compose({ kind: 'stop', services: ['worker'] });
    assert.deepEqual((await containersOf('worker')).map((container) => container.State), ['exited']);
    await until(model, () => (projectNode()?.services[1]?.present().description?.startsWith('exited (0)') ? true : undefined));
    assert.equal((await containersOf('web'))[0].State, 'running', 'the other services keep running');

    await compose({ kind: 'start', services: ['worker'] });
    assert.deepEqual((await containersOf('worker')).map((container) => container.State), ['running']);
    await until(model, () => (projectNode()?.services[1]?.present().description?.startsWith('1/1 running') ? true : undefined));
  });

  test('each compose run is in the Dockside log as its argument array, then its outcome; the environment is not', async () => {
    logLines.length = 0;
    await compose({ kind: 'stop', services: ['worker'] });
    await compose({ kind: 'start', services: ['worker'] });
    const stop = `docker-compose --project-name ${project} --file ${composeFile} stop -- worker`;
    // Compose v1's start takes no `--`.
    const start = `docker-compose --project-name ${project} --file ${composeFile} start worker`;
    assert.deepEqual(logLines, [`info Running in ${folder}: ${stop}`, `info Done: ${stop}`, `info Running in ${folder}: ${start}`, `info Done: ${start}`]);
  });

  test("a service's logs keep following across a restart, with a note, and nothing shown twice", async () => {
    const logs = logRecorder();
    const session = new LogSession(engine, { kind: 'compose', project, service: 'web' }, logs.sink, { tail: 100 });
    sessions.push(session);
    await session.start();
    await logs.until(() => logs.lines('hello-from-web').length === 1);

    await compose({ kind: 'restart', services: ['web'] });
    await logs.until(() => logs.lines('hello-from-web').length === 2);
    const notes = logs.entries.filter((entry): entry is string => typeof entry === 'string');
    assert.ok(notes.some((note) => /stopped \(exit code 0\)/.test(note)), notes.join('\n'));
    assert.ok(notes.some((note) => / restarted\.$/.test(note)), notes.join('\n'));
    const restartNote = logs.entries.findIndex((entry) => typeof entry === 'string' && entry.endsWith(' restarted.'));
    const [first, second] = logs.lines('hello-from-web').map((line) => logs.entries.indexOf(line));
    assert.ok(first < restartNote && restartNote < second, 'the note sits between the two runs');
    assert.equal(logs.lines('hello-from-web')[0].container, logs.lines('hello-from-web')[1].container);
  });

  test("a container's logs follow the container that replaces it", async () => {
    const [web] = await containersOf('web');
    const logs = logRecorder();
    const selector: LogSelector = { kind: 'container', id: web.Id, name: web.Names[0].replace(/^\//, '') };
    const session = new LogSession(engine, selector, logs.sink, { tail: 100 });
    sessions.push(session);
    await session.start();
    await logs.until(() => logs.lines('hello-from-web').length >= 1);
    const before = logs.lines('hello-from-web').length;

    // Remove as the service's Remove does it: the containers it names, stopped and removed through the engine.
    await removeServiceContainers(docker, [web.Id]);
    assert.deepEqual(await containersOf('web'), []);
    await removeServiceContainers(docker, [web.Id]); // already gone: nothing to do, no error
    await compose({ kind: 'up', services: ['web'] });
    const [replacement] = await containersOf('web');
    assert.notEqual(replacement.Id, web.Id, 'a new container');
    await logs.until(() => logs.lines('hello-from-web').length === before + 1);
    assert.ok(logs.entries.some((entry) => typeof entry === 'string' && entry.endsWith(' was re-created.')));
  });

  test('down removes the containers and the network, as its confirmation says', async () => {
    const scope = await composeDownScope(docker, project);
    assert.deepEqual(
      scope.containers.map((name) => name.replace(`${project}_`, '')),
      ['debug_1', 'web_1', 'worker_1'],
    );
    assert.deepEqual(scope.networks, [`${project}_default`]);
    assert.match(formatMessage(composeDownConfirmation(project, scope).detail), new RegExp(`^3 container\\(s\\) .*The network\\(s\\) ${project}_default are removed too`));

    await compose({ kind: 'down' });
    assert.deepEqual(await containersOf(), []);
    assert.deepEqual(await docker.listNetworks({ filters: JSON.stringify({ name: [`${project}_default`] }) }), []);
    const node = await until(model, () => (projectNode()?.present().description === 'not created' ? projectNode() : undefined));
    assert.ok(node?.services.every((service) => service.present().description?.startsWith('not created')), 'the project stays, from its file');
  });
});
