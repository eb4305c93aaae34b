import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { nextEvent } from '../../../client/src/engine/emitter';
import { untranslated } from '../../../client/src/explorer/format';
import { ContainersModel } from '../../../client/src/explorer/model/containers';
import { ImagesModel } from '../../../client/src/explorer/model/images';
import { VolumesModel } from '../../../client/src/explorer/model/volumesNetworks';
import type { ExplorerNode } from '../../../client/src/explorer/nodes/base';
import { ComposeWorkspaceState } from '../../../client/src/compose/source';
import type { ComposeProjectDefinition } from '../../../client/src/compose/workspaceProjects';
import { ComposeProjectNode } from '../../../client/src/explorer/nodes/compose';
import { ContainerNode } from '../../../client/src/explorer/nodes/containers';
import { FakeEngine, inspectResult, unreachable } from './fakeEngine';

const project = (name: string): Record<string, string> => ({ 'com.docker.compose.project': name, 'com.docker.compose.service': 'svc' });

function setup(compose?: ComposeWorkspaceState): { engine: FakeEngine; model: ContainersModel; changes: Array<ExplorerNode | undefined> } {
  const engine = new FakeEngine();
  const model = new ContainersModel({ engine, t: untranslated, locale: 'en', now: () => Date.parse('2026-01-01T00:05:00Z') }, compose);
  const changes: Array<ExplorerNode | undefined> = [];
  model.onDidChange((node) => changes.push(node));
  return { engine, model, changes };
}

/** The `shop` project of /w/shop/compose.yaml with `services`, each an nginx. */
function shopDefinition(services: string[]): ComposeProjectDefinition {
  return {
    name: 'shop',
    workingDir: '/w/shop',
    files: ['/w/shop/compose.yaml'],
    services: services.map((name, index) => ({
      name,
      profiles: [],
      image: 'nginx',
      file: '/w/shop/compose.yaml',
      range: { start: { line: index + 1, character: 2 }, end: { line: index + 1, character: 2 + name.length } },
    })),
    profiles: [],
    unreadable: [],
  };
}

const labelsOf = (nodes: ExplorerNode[]): string[] => nodes.map((node) => node.present().label);

describe('containers model', () => {
  test('an unreachable engine gives Retry and Settings items (the view message explains); when it comes back the view is redrawn', async () => {
    const { engine, model, changes } = setup();
    engine.reachable = false;
    engine.containers.set('a', inspectResult('a', 'running'));
    assert.deepEqual(labelsOf(await model.getRoots()), ['Retry', 'Open Engine Settings']);
    assert.deepEqual(engine.requests, [], 'nothing is listed while unreachable');

    engine.reachable = true;
    const redrawn = nextEvent(model.onDidChange);
    await engine.connect();
    assert.equal(await redrawn, undefined, 'the top level is redrawn');
    assert.deepEqual(labelsOf(await model.getRoots()), ['a']);

    engine.reachable = false;
    engine.setState(unreachable);
    assert.equal(changes.at(-1), undefined);
    assert.deepEqual(labelsOf(await model.getRoots()), ['Retry', 'Open Engine Settings'], 'and no containers again when the engine goes away');
  });

  test('a state change of one container re-reads that container only and redraws only its node', async () => {
    const { engine, model, changes } = setup();
    engine.containers.set('a', inspectResult('a', 'running'));
    engine.containers.set('b', inspectResult('b', 'running'));
    await model.getRoots();
    const nodeB = model.findContainer('b');
    changes.length = 0;
    engine.requests.length = 0;

    engine.containers.set('b', inspectResult('b', 'paused'));
    const changed = nextEvent(model.onDidChange);
    engine.emit('container', 'pause', 'b');
    assert.equal(await changed, nodeB);
    assert.deepEqual(engine.requests, ['inspect b']);
    assert.equal(nodeB?.present().contextValue, 'container.paused');
    assert.deepEqual(changes, [nodeB]);
  });

  test('a burst of events for one container costs at most two reads and ends in the final state', async () => {
    const { engine, model } = setup();
    engine.containers.set('a', inspectResult('a', 'running'));
    await model.getRoots();
    engine.requests.length = 0;
    engine.containers.delete('a');
    const gone = nextEvent(model.onDidChange);
    for (const action of ['kill', 'die', 'stop', 'destroy']) engine.emit('container', action, 'a');
    assert.equal(await gone, undefined);
    assert.ok(engine.requests.length <= 2, engine.requests.join(', '));
    assert.equal(model.findContainer('a'), undefined);
    assert.equal((await model.getRoots())[0].present().contextValue, 'emptyState');
  });

  test('a new container of a known project redraws that project; of a new project, the top level', async () => {
    const { engine, model, changes } = setup();
    engine.containers.set('shop-db', inspectResult('shop-db', 'running', project('shop')));
    const [shop] = (await model.getRoots()) as ComposeProjectNode[];
    assert.equal(shop.present().description, '1/1 running');
    changes.length = 0;

    engine.containers.set('shop-web', inspectResult('shop-web', 'created', project('shop')));
    let changed = nextEvent(model.onDidChange);
    engine.emit('container', 'create', 'shop-web');
    assert.equal(await changed, shop);
    assert.deepEqual(labelsOf(shop.services[0].getChildren()), ['shop-db', 'shop-web']);
    assert.equal(shop.present().description, '1/2 running');

    engine.containers.set('blog-db', inspectResult('blog-db', 'created', project('blog')));
    changed = nextEvent(model.onDidChange);
    engine.emit('container', 'create', 'blog-db');
    assert.equal(await changed, undefined);
    assert.deepEqual(labelsOf(await model.getRoots()), ['blog', 'shop'], 'projects stay sorted');
  });

  test('when the last container of a project goes, the project goes', async () => {
    const { engine, model } = setup();
    engine.containers.set('solo', inspectResult('solo', 'exited', project('p')));
    engine.containers.set('other', inspectResult('other', 'exited'));
    await model.getRoots();
    engine.containers.delete('solo');
    const changed = nextEvent(model.onDidChange);
    engine.emit('container', 'destroy', 'solo');
    assert.equal(await changed, undefined);
    assert.deepEqual(labelsOf(await model.getRoots()), ['other']);
  });

  test('a removed container is gone from the model when its change fires, in a project or not', async () => {
    const { engine, model } = setup();
    engine.containers.set('loose', inspectResult('loose', 'exited'));
    engine.containers.set('member', inspectResult('member', 'exited', project('p')));
    engine.containers.set('other', inspectResult('other', 'exited', project('p')));
    await model.getRoots();
    for (const id of ['loose', 'member']) {
      engine.containers.delete(id);
      // What a listener finds while the change is being announced, not after.
      const seenWhenFired: unknown[] = [];
      const listening = model.onDidChange(() => seenWhenFired.push(model.findContainer(id)));
      const changed = nextEvent(model.onDidChange);
      engine.emit('container', 'destroy', id);
      await changed;
      listening.dispose();
      assert.deepEqual(seenWhenFired, [undefined], id);
    }
  });

  test('a workspace project shows its services before any container exists; containers then join their service', async () => {
    const compose = new ComposeWorkspaceState([shopDefinition(['web', 'db'])]);
    const { engine, model, changes } = setup(compose);
    engine.containers.set('other', inspectResult('other', 'running'));
    const roots = await model.getRoots();
    assert.deepEqual(labelsOf(roots), ['shop', 'other']);
    const shop = roots[0] as ComposeProjectNode;
    assert.deepEqual(shop.services.map((service) => [service.name, service.present().description]), [
      ['web', 'not created · nginx'],
      ['db', 'not created · nginx'],
    ]);
    assert.equal(shop.present().description, 'not created');
    changes.length = 0;

    engine.containers.set('shop-web-1', inspectResult('shop-web-1', 'running', { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web' }));
    const joined = nextEvent(model.onDidChange);
    engine.emit('container', 'start', 'shop-web-1');
    assert.equal(await joined, shop, 'the project redraws: its count changed');
    assert.deepEqual(shop.services.map((service) => service.present().description), ['1/1 running · nginx', 'not created · nginx']);
    assert.equal(model.findContainer('shop-web-1')?.parent, shop.services[0]);
    assert.equal(shop.present().description, '1/1 running');
  });

  test('an edit of a compose file redraws the services it changed, the project only when its list of services changed', async () => {
    const compose = new ComposeWorkspaceState([shopDefinition(['web', 'db'])]);
    const { model, changes } = setup(compose);
    const [shop] = (await model.getRoots()) as ComposeProjectNode[];
    const [web, db] = shop.services;
    changes.length = 0;

    const edited = shopDefinition(['web', 'db']);
    compose.set({ definitions: [{ ...edited, services: [edited.services[0], { ...edited.services[1], image: 'postgres:16' }] }] });
    assert.deepEqual(changes, [db], 'only db changed');
    assert.equal(db.present().description, 'not created · postgres:16');
    assert.equal(shop.services[0], web, 'nodes are kept across edits');

    changes.length = 0;
    compose.set({ definitions: [shopDefinition(['web', 'db', 'cache'])] });
    assert.deepEqual(changes, [shop]);
    assert.deepEqual(labelsOf(shop.getChildren()), ['web', 'db', 'cache']);

    changes.length = 0;
    compose.set({ definitions: [] });
    assert.deepEqual(changes, [undefined], 'a project with no files and no containers leaves the top level');
    assert.deepEqual(labelsOf(await model.getRoots()), ['No containers']);
  });

  test('a change that leaves the counts as they were redraws the container only', async () => {
    const { engine, model, changes } = setup();
    const labels = { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'web' };
    engine.containers.set('w1', inspectResult('w1', 'running', labels));
    engine.containers.set('w2', inspectResult('w2', 'running', labels));
    await model.getRoots();
    changes.length = 0;
    const healthy = inspectResult('w1', 'running', labels);
    healthy.State.Health = { Status: 'healthy', FailingStreak: 0, Log: [] };
    engine.containers.set('w1', healthy);
    const changed = nextEvent(model.onDidChange);
    engine.emit('container', 'health_status: healthy', 'w1');
    assert.equal(await changed, model.findContainer('w1'));
    assert.deepEqual(changes, [model.findContainer('w1')]);
    assert.match(model.findContainer('w1')?.present().description ?? '', /\(healthy\)/);
  });

  test('the compose CLI, once found, shows in every project tooltip', async () => {
    const compose = new ComposeWorkspaceState([shopDefinition(['web'])]);
    const { model, changes } = setup(compose);
    const [shop] = (await model.getRoots()) as ComposeProjectNode[];
    assert.match(shop.present().tooltip ?? '', /Compose CLI: looking for one…/);
    changes.length = 0;
    compose.set({
      cli: {
        status: 'found',
        cli: { command: { program: 'docker-compose', prefix: [] }, implementation: 'compose-v1', version: '1.29.2', capabilities: { wait: false, watch: false, profiles: true, envFile: true, removeOrphans: true } },
      },
    });
    assert.deepEqual(changes, [shop]);
    assert.match(shop.present().tooltip ?? '', /Compose CLI: docker-compose 1\.29\.2/);
  });

  test('exec sessions, terminal resizes and prune summaries are not read at all', async () => {
    const { engine, model } = setup();
    engine.containers.set('a', inspectResult('a', 'running'));
    await model.getRoots();
    engine.requests.length = 0;
    engine.emit('container', 'exec_create: sh', 'a');
    engine.emit('container', 'resize', 'a');
    engine.emit('network', 'connect', 'n');
    // Someone's `docker container prune` elsewhere: a summary event with no container ID.
    engine.emit('container', 'prune', '');
    engine.emit('container', 'destroy', '');
    assert.deepEqual(engine.requests, []);
  });

  test('events that arrive while the first listing is in flight are applied after it', async () => {
    const { engine, model } = setup();
    let openGate = (): void => undefined;
    engine.listingGate = new Promise((resolve) => (openGate = resolve));
    const listing = nextEvent(engine.listingStarted.event);
    const roots = model.getRoots();
    await listing;
    // The listing is in flight and will not include `late`.
    engine.containers.set('late', inspectResult('late', 'running'));
    engine.emit('container', 'start', 'late');
    const applied = nextEvent(model.onDidChange, () => model.findContainer('late') !== undefined);
    openGate();
    await roots;
    await applied;
    assert.ok(model.findContainer('late') instanceof ContainerNode);
  });

  test('a failed listing is an error item, never a thrown error; refresh tries again', async () => {
    const { engine, model } = setup();
    engine.listingFails = Object.assign(new Error('(HTTP code 500) server error'), { json: { message: 'database is locked' } });
    const [item] = await model.getRoots();
    assert.equal(item.present().contextValue, 'errorState');
    assert.equal(item.present().label, 'Could not list: database is locked');
    engine.listingFails = undefined;
    engine.containers.set('a', inspectResult('a', 'running'));
    await model.refresh();
    assert.deepEqual(labelsOf(await model.getRoots()), ['a']);
  });

  test('an error item gives way to the offline items when the engine goes away', async () => {
    const { engine, model } = setup();
    engine.listingFails = new Error('boom');
    assert.equal((await model.getRoots())[0].present().contextValue, 'errorState');
    const redrawn = nextEvent(model.onDidChange);
    engine.reachable = false;
    engine.setState(unreachable);
    assert.equal(await redrawn, undefined);
    assert.deepEqual(labelsOf(await model.getRoots()), ['Retry', 'Open Engine Settings']);
  });
});

describe('images model', () => {
  const image = (id: string, tags: string[]): Docker.ImageInfo =>
    ({ Id: id, RepoTags: tags, Created: 1, Size: 1000, Labels: {} }) as unknown as Docker.ImageInfo;

  test('a new tag in a known repository redraws that repository only; a new repository, the top level', async () => {
    const engine = new FakeEngine();
    const model = new ImagesModel({ engine, t: untranslated, locale: 'en', now: () => 0 });
    engine.images = [image('sha256:1', ['app:1']), image('sha256:2', ['db:1'])];
    await model.getRoots();
    const app = (await model.getRoots())[0];

    engine.images = [image('sha256:1', ['app:1', 'app:2']), image('sha256:2', ['db:1'])];
    let changed = nextEvent(model.onDidChange);
    engine.emit('image', 'tag', 'sha256:1');
    assert.equal(await changed, app);
    assert.deepEqual(labelsOf(await app.getChildren()), ['1', '2']);
    assert.equal(app.present().description, '2 tags');

    engine.images = [...engine.images, image('sha256:3', ['cache:1'])];
    changed = nextEvent(model.onDidChange);
    engine.emit('image', 'pull', 'cache:1');
    assert.equal(await changed, undefined);
    assert.deepEqual(labelsOf(await model.getRoots()), ['app', 'cache', 'db']);
  });

  test('untagged images are grouped apart, and the group goes with the last of them', async () => {
    const engine = new FakeEngine();
    const model = new ImagesModel({ engine, t: untranslated, locale: 'en', now: () => 0 });
    engine.images = [image('sha256:1', ['app:1']), image('sha256:dead', ['<none>:<none>'])];
    const roots = await model.getRoots();
    assert.deepEqual(
      roots.map((node) => node.present().contextValue),
      ['imageRepository', 'danglingImages'],
    );
    assert.equal((await roots[1].getChildren())[0].present().contextValue, 'image.dangling');
    engine.images = [image('sha256:1', ['app:1'])];
    const changed = nextEvent(model.onDidChange);
    engine.emit('image', 'delete', 'sha256:dead');
    assert.equal(await changed, undefined);
    assert.deepEqual(labelsOf(await model.getRoots()), ['app']);
  });
});

describe('volumes model', () => {
  test('sizes arrive after the list; a mount redraws that volume only; a new volume, the top level', async () => {
    const engine = new FakeEngine();
    const model = new VolumesModel({ engine, t: untranslated, locale: 'en', now: () => 0 });
    engine.volumes = ['cache', 'db'];
    const sized = nextEvent(model.onDidChange, (node) => node?.present().label === 'db' && /2.05 kB/.test(node.present().description ?? ''));
    assert.deepEqual(labelsOf(await model.getRoots()), ['cache', 'db']);
    await sized;
    const db = model.findVolume('db');

    const changes: Array<ExplorerNode | undefined> = [];
    model.onDidChange((node) => changes.push(node));
    engine.requests.length = 0;
    engine.emit('volume', 'mount', 'db');
    assert.deepEqual(changes, [db]);
    assert.deepEqual(engine.requests, [], 'the node itself re-reads its users, and only if expanded');

    engine.volumes = ['cache', 'db', 'logs'];
    const added = nextEvent(model.onDidChange);
    engine.emit('volume', 'create', 'logs');
    assert.equal(await added, undefined);
    assert.deepEqual(labelsOf(await model.getRoots()), ['cache', 'db', 'logs']);
  });
});

describe('containers model: build steps', () => {
  const buildStep = (id: string, status: string): Docker.ContainerInspectInfo => {
    const inspect = inspectResult(id, status);
    inspect.Config.Image = `sha256:${'b'.repeat(64)}`;
    inspect.HostConfig.LogConfig = { Type: 'none', Config: {} };
    return inspect;
  };

  test("a classic build step's container is neither listed nor added by its events", async () => {
    const { engine, model, changes } = setup();
    engine.containers.set('app', inspectResult('app', 'running'));
    engine.containers.set('step1', buildStep('step1', 'running'));
    assert.deepEqual(labelsOf(await model.getRoots()), ['app']);

    changes.length = 0;
    engine.containers.set('step2', buildStep('step2', 'created'));
    engine.emit('container', 'create', 'step2');
    engine.emit('container', 'start', 'step2');
    engine.containers.set('after', inspectResult('after', 'created'));
    const added = nextEvent(model.onDidChange);
    engine.emit('container', 'create', 'after');
    await added;
    assert.deepEqual(labelsOf(await model.getRoots()), ['after', 'app']);
    assert.equal(model.findContainer('step2'), undefined);
  });
});
