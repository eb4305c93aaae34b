/** The Containers view's compose projects: the workspace's definitions joined with the engine's containers by their labels. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import type { ComposeProjectDefinition } from '../../../client/src/compose/workspaceProjects';
import { composeLabels, containerTree, podOfKey, podProjectKey, serviceState } from '../../../client/src/explorer/composeProjects';
import { containerName } from '../../../client/src/explorer/format';

function container(name: string, labels: Record<string, string> = {}, state = 'running', status = 'Up 2 minutes'): Docker.ContainerInfo {
  return {
    Id: `${name}-id`,
    Names: [`/${name}`],
    Image: 'img',
    ImageID: 'sha256:1',
    Command: '',
    Created: 0,
    Ports: [],
    Labels: labels,
    State: state,
    Status: status,
    HostConfig: { NetworkMode: 'default' },
    NetworkSettings: { Networks: {} },
    Mounts: [],
  };
}

const compose = (project: string, service: string, number = '1', extra: Record<string, string> = {}): Record<string, string> => ({
  'com.docker.compose.project': project,
  'com.docker.compose.service': service,
  'com.docker.compose.container-number': number,
  ...extra,
});

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 5 } });

function definition(name: string, folder: string, services: Array<{ name: string; profiles?: string[]; image?: string; build?: string }>): ComposeProjectDefinition {
  return {
    name,
    workingDir: folder,
    files: [`${folder}/compose.yaml`],
    services: services.map((service, index) => ({ profiles: [], ...service, file: `${folder}/compose.yaml`, range: range(index + 1) })),
    profiles: [...new Set(services.flatMap((service) => service.profiles ?? []))].sort(),
    unreadable: [],
  };
}

describe('compose labels', () => {
  test('project, service, one-off, working directory and config files; no project label is no project', () => {
    assert.deepEqual(
      composeLabels({
        ...compose('shop', 'web'),
        'com.docker.compose.oneoff': 'True',
        'com.docker.compose.project.working_dir': '/w/shop',
        'com.docker.compose.project.config_files': '/w/shop/compose.yaml, /w/shop/compose.override.yaml,',
      }),
      { project: 'shop', service: 'web', oneOff: true, workingDir: '/w/shop', configFiles: ['/w/shop/compose.yaml', '/w/shop/compose.override.yaml'] },
    );
    assert.deepEqual(
      composeLabels({ ...compose('old', 'web'), 'com.docker.compose.project.working_dir': '/w/old/', 'com.docker.compose.project.config_files': 'compose.yaml,C:\\x\\c.yml' })?.configFiles,
      ['/w/old/compose.yaml', 'C:\\x\\c.yml'],
      'v1 records the files as it was given them: relative ones are resolved against the working directory',
    );
    assert.equal(composeLabels({ 'com.docker.compose.project': '' }), undefined);
    assert.equal(composeLabels(undefined), undefined);
  });

  test("podman-compose's own project label names the project when Docker's is absent", () => {
    assert.deepEqual(composeLabels({ 'io.podman.compose.project': 'pods', 'com.docker.compose.service': 'web' }), { project: 'pods', service: 'web', oneOff: false, workingDir: undefined, configFiles: [] });
    assert.equal(composeLabels({ 'io.podman.compose.project': 'theirs', 'com.docker.compose.project': 'docker' })?.project, 'docker');
  });
});

describe('service state', () => {
  const of = (...states: Array<[string, string?]>) => serviceState(states.map(([state, status], i) => container(`c${i}`, {}, state, status ?? '')));
  test('not created, running n/m, restarting, paused, exited with its code, created, dead', () => {
    assert.deepEqual(of(), { kind: 'notCreated' });
    assert.deepEqual(of(['running'], ['exited', 'Exited (0) 1 minute ago'], ['running']), { kind: 'running', running: 2, total: 3 });
    assert.deepEqual(of(['running'], ['restarting']), { kind: 'restarting' });
    assert.deepEqual(of(['paused'], ['exited', 'Exited (0) 1 minute ago']), { kind: 'paused' });
    assert.deepEqual(of(['exited', 'Exited (0) 1 minute ago'], ['exited', 'Exited (137) 2 minutes ago']), { kind: 'exited', exitCode: 137 });
    assert.deepEqual(of(['exited', 'Exited (0) 1 minute ago']), { kind: 'exited', exitCode: 0 });
    assert.deepEqual(of(['created'], ['created']), { kind: 'created' });
    assert.deepEqual(of(['dead']), { kind: 'dead' });
  });
});

describe('container tree', () => {
  test('without definitions: projects from labels first (by name), services by name, the rest in natural order', () => {
    const tree = containerTree(
      [],
      [
        container('web-10'),
        container('shop-web-2', compose('shop', 'web', '2')),
        container('web-2'),
        container('blog-db-1', compose('blog', 'db')),
        container('shop-db-1', compose('shop', 'db')),
        container('shop-web-1', compose('shop', 'web', '1')),
        container('Api'),
        container('x', { 'com.docker.compose.project': '' }),
      ],
    );
    assert.deepEqual(
      tree.projects.map((project) => [project.name, project.services.map((service) => [service.name, service.containers.map(containerName)])]),
      [
        ['blog', [['db', ['blog-db-1']]]],
        ['shop', [['db', ['shop-db-1']], ['web', ['shop-web-1', 'shop-web-2']]]],
      ],
    );
    assert.deepEqual(tree.ungrouped.map(containerName), ['Api', 'web-2', 'web-10', 'x']);
  });

  test('a workspace project shows every defined service before anything runs', () => {
    const shop = definition('shop', '/w/shop', [{ name: 'web', build: './web' }, { name: 'db', image: 'postgres' }, { name: 'debug', profiles: ['debug'], image: 'busybox' }]);
    const [project] = containerTree([shop], []).projects;
    assert.equal(project.definition, shop);
    assert.deepEqual(
      project.services.map((service) => [service.name, service.state.kind, service.containers.length]),
      [
        ['web', 'notCreated', 0],
        ['db', 'notCreated', 0],
        ['debug', 'notCreated', 0],
      ],
    );
    assert.equal(project.total, 0);
    assert.deepEqual(project.configFiles, ['/w/shop/compose.yaml']);
  });

  test('containers join their project by name; a service the files no longer define is kept, after the defined ones', () => {
    const shop = definition('shop', '/w/shop', [{ name: 'web' }, { name: 'db' }]);
    const tree = containerTree(
      [shop],
      [
        container('shop-web-1', compose('shop', 'web', '1')),
        container('shop-web-2', compose('shop', 'web', '2'), 'exited', 'Exited (1) 3 seconds ago'),
        container('shop-old-1', compose('shop', 'old')),
        container('shop-web-run-1', compose('shop', 'web', '1', { 'com.docker.compose.oneoff': 'True' }), 'exited', 'Exited (0) 1 second ago'),
        container('shop-adhoc', { 'com.docker.compose.project': 'shop' }),
      ],
    );
    const [project] = tree.projects;
    assert.deepEqual(
      project.services.map((service) => [service.name, service.definition !== undefined, service.state]),
      [
        ['web', true, { kind: 'running', running: 1, total: 2 }],
        ['db', true, { kind: 'notCreated' }],
        ['old', false, { kind: 'running', running: 1, total: 1 }],
      ],
      'the one-off run container is listed but not counted',
    );
    assert.deepEqual(project.services[0].containers.map(containerName), ['shop-web-1', 'shop-web-run-1', 'shop-web-2']);
    assert.deepEqual(project.loose.map(containerName), ['shop-adhoc']);
    assert.equal(`${project.running}/${project.total}`, '3/5');
    assert.deepEqual(tree.ungrouped, []);
  });

  test('two folders defining the same project name: containers go to the folder they were made from', () => {
    const first = definition('app', '/w/a/app', [{ name: 'web' }]);
    const second = definition('app', '/w/b/app', [{ name: 'web' }]);
    const tree = containerTree(
      [first, second],
      [
        container('from-b', compose('app', 'web', '1', { 'com.docker.compose.project.working_dir': '/w/b/app/' })),
        container('from-elsewhere', compose('app', 'web', '2', { 'com.docker.compose.project.working_dir': '/tmp/app' })),
      ],
    );
    assert.deepEqual(
      tree.projects.map((project) => [project.workingDir, project.services[0].containers.map(containerName)]),
      [
        ['/w/a/app', ['from-elsewhere']],
        ['/w/b/app', ['from-b']],
      ],
    );
    assert.notEqual(tree.projects[0].key, tree.projects[1].key);
  });

  test("Podman's pods group like projects, their containers loose; compose labels win over a pod", () => {
    const pods: Record<string, string> = { 'a-id': 'backend', 'b-id': 'backend', 'composed-id': 'backend' };
    const tree = containerTree(
      [],
      [container('b', {}, 'exited', 'Exited (0) 1 second ago'), container('a'), container('composed', compose('shop', 'web')), container('alone')],
      (id) => pods[id],
    );
    assert.deepEqual(
      tree.projects.map((project) => [project.key, project.name, project.pod, project.services.map((service) => service.name), project.loose.map(containerName), `${project.running}/${project.total}`]),
      [
        [podProjectKey('backend'), 'backend', true, [], ['a', 'b'], '1/2'],
        ['shop', 'shop', undefined, ['web'], [], '1/1'],
      ],
    );
    assert.deepEqual(tree.ungrouped.map(containerName), ['alone']);
    assert.equal(podOfKey(podProjectKey('backend')), 'backend');
    assert.equal(podOfKey('shop'), undefined, 'a compose project name never reads as a pod');
  });
});
