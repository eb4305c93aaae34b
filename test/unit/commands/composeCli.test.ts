/**
 * The compose CLI: which one answers (`auto` order or the setting), what its
 * `version` output says it is and supports, the argument array of every
 * operation for the plugin, v1, `podman compose` and `podman-compose`, and the
 * environment that points it at the view's engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  autoCommands,
  composeCapabilities,
  ComposeCli,
  composeCommandsFor,
  composeEnvironment,
  composeInvocation,
  ComposeTarget,
  describeComposeCli,
  detectComposeCli,
  parseComposeVersion,
  ProgramResult,
} from '../../../client/src/compose/cli';
import type { EngineLocation } from '../../../client/src/engine/location';

// What each CLI prints for `version` (stdout and stderr together).
const versionOutputs = {
  plugin: 'Docker Compose version v2.29.1\n',
  desktopPlugin: 'Docker Compose version v2.29.1-desktop.1\n',
  oldPlugin: 'Docker Compose version v2.0.1\n',
  standaloneV2: 'Docker Compose version v2.24.6\n',
  v1: 'docker-compose version 1.29.2, build unknown\ndocker-py version: 5.0.3\nCPython version: 3.11.2\nOpenSSL version: OpenSSL 3.0.19 27 Jan 2026\n',
  oldV1: 'docker-compose version 1.25.0, build unknown\n',
  podmanComposeWithDockerCompose:
    '>>>> Executing external compose provider "/usr/local/bin/docker-compose". Please refer to the documentation for details. <<<<\n\nDocker Compose version v2.27.0\n',
  podmanComposeWithPodmanCompose:
    ">>>> Executing external compose provider \"/usr/bin/podman-compose\". Please refer to the documentation for details. <<<<\n\npodman-compose version: 1.0.6\n['podman', '--version', '']\nusing podman version: 4.9.3\npodman-compose version 1.0.6\npodman --version \npodman version 4.9.3\nexit code: 0\n",
  podmanCompose12: 'podman-compose version 1.2.0\npodman version 4.9.3\n',
  // Debian 12's podman-compose spells its own name with an r.
  podmanCompose103: 'podman-composer version  1.0.3\npodman --version \npodman version 4.3.1\nexit code: 0\n',
};

function cliFor(program: string, prefix: string[], output: string): ComposeCli {
  const { implementation, version } = parseComposeVersion(output);
  return { command: { program, prefix }, implementation, version, capabilities: composeCapabilities(implementation, version) };
}

const plugin = cliFor('docker', ['compose'], versionOutputs.plugin);
const v1 = cliFor('docker-compose', [], versionOutputs.v1);
const podmanCompose = cliFor('podman', ['compose'], versionOutputs.podmanComposeWithDockerCompose);
const podmanComposePy = cliFor('podman-compose', [], versionOutputs.podmanCompose12);
const podmanComposeDebian = cliFor('podman-compose', [], versionOutputs.podmanCompose103);

const target: ComposeTarget = { projectName: 'shop', files: ['/w/shop/compose.yaml', '/w/shop/compose.override.yaml'] };

describe('compose version and capabilities', () => {
  test('each CLI is told apart by its version output', () => {
    const read = (output: string) => parseComposeVersion(output);
    assert.deepEqual(read(versionOutputs.plugin), { implementation: 'compose-v2', version: '2.29.1' });
    assert.deepEqual(read(versionOutputs.desktopPlugin), { implementation: 'compose-v2', version: '2.29.1' });
    assert.deepEqual(read(versionOutputs.standaloneV2), { implementation: 'compose-v2', version: '2.24.6' });
    assert.deepEqual(read(versionOutputs.v1), { implementation: 'compose-v1', version: '1.29.2' });
    assert.deepEqual(read(versionOutputs.podmanComposeWithDockerCompose), { implementation: 'compose-v2', version: '2.27.0' });
    assert.deepEqual(read(versionOutputs.podmanComposeWithPodmanCompose), { implementation: 'podman-compose', version: '1.0.6' });
    assert.deepEqual(read(versionOutputs.podmanCompose12), { implementation: 'podman-compose', version: '1.2.0' });
    assert.deepEqual(read(versionOutputs.podmanCompose103), { implementation: 'podman-compose', version: '1.0.3' });
    assert.deepEqual(read('mycompose 0.3.1'), { implementation: 'unknown', version: '0.3.1' });
    assert.deepEqual(read(''), { implementation: 'unknown', version: '' });
  });

  test('v1 has neither --wait nor watch; v2 has each from the version that brought it', () => {
    assert.deepEqual(v1.capabilities, { wait: false, watch: false, profiles: true, envFile: true, removeOrphans: true });
    assert.deepEqual(plugin.capabilities, { wait: true, watch: true, profiles: true, envFile: true, removeOrphans: true });
    assert.deepEqual(cliFor('docker', ['compose'], versionOutputs.oldPlugin).capabilities, { wait: false, watch: false, profiles: true, envFile: true, removeOrphans: true });
    assert.deepEqual(cliFor('docker', ['compose'], 'Docker Compose version v2.21.0').capabilities.watch, false);
    assert.deepEqual(cliFor('docker', ['compose'], 'Docker Compose version v2.22.0').capabilities.watch, true);
    assert.deepEqual(cliFor('docker-compose', [], versionOutputs.oldV1).capabilities, { wait: false, watch: false, profiles: false, envFile: true, removeOrphans: true });
  });

  test('podman-compose: profiles from 1.1, an env file and down --remove-orphans from 1.0.6, --wait from 1.6, never watch', () => {
    assert.deepEqual(podmanComposePy.capabilities, { wait: false, watch: false, profiles: true, envFile: true, removeOrphans: true });
    assert.deepEqual(podmanComposeDebian.capabilities, { wait: false, watch: false, profiles: false, envFile: false, removeOrphans: false });
    assert.deepEqual(cliFor('podman-compose', [], 'podman-compose version 1.0.6').capabilities, { wait: false, watch: false, profiles: false, envFile: true, removeOrphans: true });
    assert.equal(cliFor('podman-compose', [], 'podman-compose version 1.6.0').capabilities.wait, true);
    // `podman compose` is as capable as the provider it runs.
    assert.deepEqual(podmanCompose.capabilities, plugin.capabilities);
  });

  test('the description says which program and which version', () => {
    assert.equal(describeComposeCli(plugin), 'docker compose 2.29.1 (Docker Compose v2)');
    assert.equal(describeComposeCli(v1), 'docker-compose 1.29.2 (Docker Compose v1)');
    assert.equal(describeComposeCli(podmanComposePy), 'podman-compose 1.2.0 (podman-compose)');
    assert.equal(describeComposeCli(cliFor('/opt/compose', [], 'whatever')), '/opt/compose');
  });
});

describe('compose CLI detection', () => {
  /** A fake PATH: the programs that exist and what `version` prints for each invocation. */
  const runner = (answers: Record<string, { ok: boolean; output: string } | undefined>) => {
    const calls: string[] = [];
    const run = async (program: string, args: readonly string[]): Promise<ProgramResult> => {
      const line = [program, ...args].join(' ');
      calls.push(line);
      const answer = answers[line];
      return answer ? { ...answer, missing: false } : { ok: false, missing: true, output: '' };
    };
    return { run, calls };
  };

  test('auto tries docker compose, docker-compose, podman compose, podman-compose, and takes the first that answers', async () => {
    const onlyV1 = runner({
      'docker compose version': { ok: false, output: "docker: 'compose' is not a docker command.\nSee 'docker --help'" },
      'docker-compose version': { ok: true, output: versionOutputs.v1 },
    });
    const found = await detectComposeCli('auto', onlyV1.run);
    assert.deepEqual(onlyV1.calls, ['docker compose version', 'docker-compose version']);
    assert.equal(found.status, 'found');
    assert.deepEqual(found.status === 'found' && found.cli, v1);

    const onlyPodmanCompose = runner({ 'podman-compose version': { ok: true, output: versionOutputs.podmanCompose12 } });
    const podman = await detectComposeCli(undefined, onlyPodmanCompose.run);
    assert.deepEqual(onlyPodmanCompose.calls, ['docker compose version', 'docker-compose version', 'podman compose version', 'podman-compose version']);
    assert.equal(podman.status === 'found' && podman.cli.implementation, 'podman-compose');

    const pluginFirst = runner({ 'docker compose version': { ok: true, output: versionOutputs.plugin }, 'docker-compose version': { ok: true, output: versionOutputs.v1 } });
    const preferred = await detectComposeCli('auto', pluginFirst.run);
    assert.deepEqual(pluginFirst.calls, ['docker compose version']);
    assert.equal(preferred.status === 'found' && describeComposeCli(preferred.cli), 'docker compose 2.29.1 (Docker Compose v2)');
  });

  test('nothing installed: each attempt says why, for the message that tells what to install', async () => {
    const none = runner({ 'docker compose version': { ok: false, output: "docker: 'compose' is not a docker command." } });
    const result = await detectComposeCli('auto', none.run);
    assert.deepEqual(result, {
      status: 'notFound',
      tried: [
        { command: autoCommands[0], reason: "docker: 'compose' is not a docker command." },
        { command: autoCommands[1], reason: 'not installed' },
        { command: autoCommands[2], reason: 'not installed' },
        { command: autoCommands[3], reason: 'not installed' },
      ],
    });
  });

  test('an explicit argument array is the only command tried; a malformed setting is reported, not guessed at', async () => {
    const custom = runner({ '/opt/bin/docker compose version': { ok: true, output: versionOutputs.plugin } });
    const found = await detectComposeCli(['/opt/bin/docker', 'compose'], custom.run);
    assert.deepEqual(custom.calls, ['/opt/bin/docker compose version']);
    assert.deepEqual(found.status === 'found' && found.cli.command, { program: '/opt/bin/docker', prefix: ['compose'] });
    for (const bad of [[], ['docker', 3], 'docker compose', ['  '], 42]) {
      assert.equal(composeCommandsFor(bad), undefined, JSON.stringify(bad));
      assert.deepEqual(await detectComposeCli(bad, custom.run), { status: 'invalidSetting' });
    }
  });
});

describe('compose argument arrays', () => {
  const args = (cli: ComposeCli, ...rest: Parameters<typeof composeInvocation> extends [unknown, ...infer R] ? R : never) => {
    const invocation = composeInvocation(cli, ...rest);
    return [invocation.program, ...invocation.args];
  };
  const files = ['--file', '/w/shop/compose.yaml', '--file', '/w/shop/compose.override.yaml'];

  test('the plugin: docker compose, project name and files first, then the command', () => {
    assert.deepEqual(args(plugin, target, { kind: 'up' }), ['docker', 'compose', '--project-name', 'shop', ...files, 'up', '--detach']);
    assert.deepEqual(args(plugin, target, { kind: 'up', build: true, wait: true, services: ['web'] }), [
      'docker', 'compose', '--project-name', 'shop', ...files, 'up', '--detach', '--build', '--wait', '--', 'web',
    ]);
    assert.deepEqual(args(plugin, target, { kind: 'down' }), ['docker', 'compose', '--project-name', 'shop', ...files, 'down', '--remove-orphans']);
    assert.deepEqual(args(plugin, target, { kind: 'watch' }), ['docker', 'compose', '--project-name', 'shop', ...files, 'watch']);
  });

  test('v1: the same arrays from docker-compose, without the options it lacks', () => {
    assert.deepEqual(args(v1, target, { kind: 'up', build: true, wait: true }), ['docker-compose', '--project-name', 'shop', ...files, 'up', '--detach', '--build']);
    assert.deepEqual(args(v1, target, { kind: 'stop', services: ['web', 'db'] }), ['docker-compose', '--project-name', 'shop', ...files, 'stop', '--', 'web', 'db']);
    assert.deepEqual(args(v1, target, { kind: 'build', services: ['web'] }), ['docker-compose', '--project-name', 'shop', ...files, 'build', '--no-cache', '--', 'web']);
    // v1's `start [SERVICE...]` takes no `--`: what would read as an option is left out instead.
    assert.deepEqual(args(v1, target, { kind: 'start', services: ['web', '--volumes'] }), ['docker-compose', '--project-name', 'shop', ...files, 'start', 'web']);
    assert.deepEqual(args(plugin, target, { kind: 'start', services: ['web'] }).slice(-3), ['start', '--', 'web']);
  });

  test('podman compose and podman-compose', () => {
    assert.deepEqual(args(podmanCompose, target, { kind: 'restart' }), ['podman', 'compose', '--project-name', 'shop', ...files, 'restart']);
    assert.deepEqual(args(podmanComposePy, target, { kind: 'pull' }), ['podman-compose', '--project-name', 'shop', ...files, 'pull']);
    assert.deepEqual(args(podmanComposePy, target, { kind: 'up', wait: true, services: ['web'] }), [
      'podman-compose', '--project-name', 'shop', ...files, 'up', '--detach', '--', 'web',
    ]);
    assert.deepEqual(args(podmanComposePy, target, { kind: 'down' }), ['podman-compose', '--project-name', 'shop', ...files, 'down', '--remove-orphans']);
    // 1.0.3 refuses options it does not know: its down runs without --remove-orphans, its up without profiles or an env file.
    assert.deepEqual(args(podmanComposeDebian, target, { kind: 'down' }), ['podman-compose', '--project-name', 'shop', ...files, 'down']);
    assert.deepEqual(args(podmanComposeDebian, { ...target, envFile: '/w/shop/.env', profiles: ['debug'] }, { kind: 'up' }), [
      'podman-compose', '--project-name', 'shop', ...files, 'up', '--detach',
    ]);
  });

  test('profiles and an env file are global options; a CLI without them gets neither', () => {
    const chosen = { ...target, envFile: '/w/shop/.env.prod', profiles: ['debug', 'tools'] };
    assert.deepEqual(args(plugin, chosen, { kind: 'up' }), [
      'docker', 'compose', '--project-name', 'shop', ...files, '--env-file', '/w/shop/.env.prod', '--profile', 'debug', '--profile', 'tools', 'up', '--detach',
    ]);
    const ancient = cliFor('docker-compose', [], 'docker-compose version 1.24.1, build 4667896b');
    assert.deepEqual(args(ancient, chosen, { kind: 'up' }), ['docker-compose', '--project-name', 'shop', ...files, 'up', '--detach']);
  });

  test('names from files stay single arguments; a service cannot become an option', () => {
    const hostile: ComposeTarget = { projectName: 'x; rm -rf ~', files: ['/tmp/$(id)/compose.yaml'], profiles: ['`reboot`'] };
    const invocation = composeInvocation(v1, hostile, { kind: 'stop', services: ['--volumes', 'a b'] });
    assert.ok(invocation.args.includes('x; rm -rf ~'));
    assert.ok(invocation.args.includes('/tmp/$(id)/compose.yaml'));
    assert.ok(invocation.args.includes('`reboot`'));
    assert.deepEqual(invocation.args.slice(-3), ['--', '--volumes', 'a b']);
  });
});

describe('the CLI targets the view’s engine', () => {
  const location = (source: EngineLocation['source'], host: string, address: EngineLocation['address'], contextName = 'default'): EngineLocation => ({
    host,
    contextName,
    source,
    address,
  });
  const socket = (path: string): EngineLocation['address'] => ({ transport: 'socket', socketPath: path });
  const base = { PATH: '/usr/bin', DOCKER_CONTEXT: 'other', HOME: '/root' };

  test('the default socket and DOCKER_HOST are found by the CLI as by the view: the environment is left alone', () => {
    assert.deepEqual(composeEnvironment(location('default', 'unix:///var/run/docker.sock', socket('/var/run/docker.sock')), v1, { PATH: '/usr/bin' }), { PATH: '/usr/bin' });
    assert.deepEqual(composeEnvironment(location('env', 'tcp://h:2375', { transport: 'tcp', hostname: 'h', port: 2375 }), plugin, { PATH: '/p', DOCKER_HOST: 'tcp://h:2375' }), {
      PATH: '/p',
      DOCKER_HOST: 'tcp://h:2375',
    });
  });

  test('dockside.engine.host becomes DOCKER_HOST (and CONTAINER_HOST for podman), overriding any context', () => {
    const podmanSocket = location('setting', 'unix:///run/podman/podman.sock', socket('/run/podman/podman.sock'));
    assert.deepEqual(composeEnvironment(podmanSocket, v1, base), { PATH: '/usr/bin', HOME: '/root', DOCKER_HOST: 'unix:///run/podman/podman.sock' });
    assert.deepEqual(composeEnvironment(podmanSocket, podmanComposePy, base), {
      PATH: '/usr/bin',
      HOME: '/root',
      DOCKER_HOST: 'unix:///run/podman/podman.sock',
      CONTAINER_HOST: 'unix:///run/podman/podman.sock',
    });
  });

  test('a context: the docker CLI is named the context; the others get its endpoint and certificates', () => {
    const tls = location(
      'context',
      'tcp://remote:2376',
      { transport: 'tcp', hostname: 'remote', port: 2376, tls: { verify: true, caFile: '/root/.docker/contexts/tls/abc/docker/ca.pem', certFile: '/root/.docker/contexts/tls/abc/docker/cert.pem' } },
      'remote',
    );
    assert.deepEqual(composeEnvironment(tls, plugin, { ...base, DOCKER_HOST: 'unix:///stale.sock' }), { PATH: '/usr/bin', HOME: '/root', DOCKER_CONTEXT: 'remote' });
    assert.deepEqual(composeEnvironment(tls, v1, base), {
      PATH: '/usr/bin',
      HOME: '/root',
      DOCKER_HOST: 'tcp://remote:2376',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/root/.docker/contexts/tls/abc/docker',
    });
  });
});
