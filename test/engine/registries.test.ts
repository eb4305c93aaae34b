/**
 * The Registries view's model against real registries: Debian's distribution registry 2.8 on
 * 127.0.0.1, with htpasswd logins and deleting enabled; a second with deleting disabled; the same
 * registry with token logins (the token service in the fixture signs what the registry
 * verifies); and one over HTTPS with a CA of its own. Logins live in temporary DOCKER_CONFIG
 * folders, as the Docker CLI keeps them. Content is pushed through the Registry API, and by the
 * engine where an image must really pull.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { tagImage } from '../../client/src/commands/imageOps';
import { transferImage } from '../../client/src/commands/imageTransfer';
import { formatMessage } from '../../client/src/commands/localizable';
import { deleteRemoteTag, deletionFailure, manifestDocument, remoteDigest } from '../../client/src/commands/remoteImageOps';
import { nextEvent } from '../../client/src/engine/emitter';
import { silentLog } from '../../client/src/log';
import { MessageNode, type ExplorerNode } from '../../client/src/explorer/nodes/base';
import { LoadMoreNode } from '../../client/src/explorer/registries/loading';
import { RegistryNode } from '../../client/src/explorer/registries/registryNodes';
import { TagNode, type PlatformNode } from '../../client/src/explorer/registries/tagNodes';
import { defaultCertsDirs, RegistryClient } from '../../client/src/registry/registryClient';
import { remoteImageReference } from '../../client/src/registry/remoteImages';
import { busyboxImage, ensureBusyboxImage, freePort, newRunId } from '../support/engineFixtures';
import { createCredentialHelper } from '../support/credentialHelperFixture';
import { RegistryContent } from '../support/registryContent';
import { registryUnavailableReason, startTestRegistry, type TestRegistry } from '../support/registryFixture';
import { until } from '../support/explorerHarness';
import { labeled, labels, loaded, registriesView, wholeTree } from '../support/registriesHarness';

const docker = new Docker();
const runId = newRunId();
const user = 'alice';
const password = `s3cret-${runId}`;
const right = { username: user, password };
const missing = registryUnavailableReason();
/** Without the registry installed: skipped on a developer's machine, a failure under CI. */
const unavailable = missing && process.env.CI !== 'true' ? missing : false;
/** A hang guard, not a speed check: a request that is never cancelled would otherwise wait forever. */
const timeout = 120_000;

const folders: string[] = [];
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A DOCKER_CONFIG folder whose config.json has these logins, written as `docker login` writes them. */
function dockerConfig(logins: Record<string, { username: string; password: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-registries-config-'));
  folders.push(dir);
  const auths = Object.fromEntries(Object.entries(logins).map(([host, login]) => [host, { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') }]));
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }, null, '\t'));
  return dir;
}

function isLogin(node: ExplorerNode): boolean {
  return node.present().contextValue === 'registryLogin';
}

describe('the Registries view against a real registry (htpasswd logins, deleting enabled)', { skip: unavailable, timeout }, () => {
  let registry: TestRegistry;
  let configDir: string;
  let content: RegistryContent;
  const created = new Date(Date.now() - 3 * 86_400_000);
  let repositories: string[];

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    registry = await startTestRegistry({ [user]: password });
    configDir = dockerConfig({ [registry.address]: right });
    content = new RegistryContent(new RegistryClient(registry.address, right));
    // More than two pages of ten, besides the repositories the other tests add.
    repositories = await content.repositories('page', 23, created);
  });
  after(() => registry?.stop());

  test('a registry known only from DOCKER_CONFIG is listed; its catalog comes ten at a time through Link headers, with "Load more…"', async () => {
    const view = registriesView(configDir, [], { pageSize: 10 });
    const roots = await view.model.getRoots();
    assert.deepEqual(labels(roots), [registry.address]);
    const node = roots[0] as RegistryNode;
    assert.equal(node.present().contextValue, 'registry.generic.loggedIn');

    let shown = await node.getChildren();
    assert.deepEqual(labels(shown), [...repositories.slice(0, 10), 'Load more…']);
    const more = shown.at(-1) as LoadMoreNode;
    assert.deepEqual(more.present().command, { id: 'dockside.registries.loadMore', title: 'Load more…', arguments: [more] });
    while (shown.at(-1) instanceof LoadMoreNode) {
      await view.model.loadMore(shown.at(-1) as LoadMoreNode);
      shown = await node.getChildren();
    }
    assert.deepEqual(labels(shown), repositories);

    // The pages are the registry's own: it answered ten names and a Link to the next ten.
    const api = await view.sessions.distribution(registry.address);
    const first = await api.repositories(10, undefined);
    assert.deepEqual(first.items, repositories.slice(0, 10));
    assert.equal(first.next, `/v2/_catalog?last=${encodeURIComponent(repositories[9])}&n=10`);
    assert.deepEqual((await api.repositories(10, first.next)).items, repositories.slice(10, 20));
  });

  test('a tag the engine pushed shows its size and age; its reference by digest pulls the very same image', async () => {
    await ensureBusyboxImage(docker);
    const pushed = `${registry.address}/engine/busybox:1.0`;
    await tagImage(docker, busyboxImage, pushed);
    try {
      await transferImage(docker, 'push', pushed, right, () => undefined);
      const view = registriesView(configDir);
      const repository = labeled(await (await view.model.getRoots())[0].getChildren(), 'engine/busybox');
      const tag = labeled(await repository.getChildren(), '1.0') as TagNode;
      const shown = await loaded(view.model, tag);
      const image = await docker.getImage(busyboxImage).inspect();
      assert.match(shown.description ?? '', /^\d[\d.]* (kB|MB) · (\d+ \w+ ago|yesterday|now|this \w+|last \w+)$/, `size and age: ${shown.description}`);
      assert.equal(shown.collapsible, 'none', 'a single-platform tag has no children');
      assert.match(shown.tooltip ?? '', new RegExp(`Created: ${new Date(image.Created).toLocaleString('en').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

      const byDigest = remoteImageReference(tag.remoteImage, 'digest')!;
      assert.match(byDigest, new RegExp(`^${registry.address}/engine/busybox@sha256:[0-9a-f]{64}$`));
      await docker.getImage(pushed).remove();
      await transferImage(docker, 'pull', byDigest, right, () => undefined);
      assert.equal((await docker.getImage(byDigest).inspect()).Id, image.Id);
      await docker.getImage(byDigest).remove();
    } finally {
      await docker.getImage(pushed).remove().catch(() => undefined);
    }
  });

  test('a multi-platform index pushed through the Registry API: one child per platform with its digest and size; the build attestation is not a platform', async () => {
    const index = await content.index('multi/app', '2.0', [
      { platform: { os: 'linux', architecture: 'amd64' }, created: created, layerBytes: 3000 },
      { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, created: new Date(Date.now() - 60 * 86_400_000), layerBytes: 5000 },
    ]);
    const view = registriesView(configDir, [], { platform: { os: 'linux', architecture: 'amd64' } });
    const repository = labeled(await (await view.model.getRoots())[0].getChildren(), 'multi/app');
    const tag = labeled(await repository.getChildren(), '2.0') as TagNode;
    const shown = await loaded(view.model, tag);
    assert.equal(shown.description, '3 kB · 3 days ago · 2 platforms', "the engine's platform's size and age");
    assert.equal(shown.collapsible, 'collapsed');
    assert.equal(tag.remoteImage.digest, index.digest);

    const platforms = (await tag.getChildren()) as PlatformNode[];
    assert.deepEqual(labels(platforms), ['linux/amd64', 'linux/arm64/v8']);
    const presented = await Promise.all(platforms.map((platform) => loaded(view.model, platform)));
    assert.deepEqual(
      presented.map((presentation) => presentation.description),
      [`3 kB · ${index.images[0].digest.slice(0, 19)}`, `5 kB · ${index.images[1].digest.slice(0, 19)}`],
    );
    assert.deepEqual(platforms.map((platform) => remoteImageReference(platform.remoteImage, 'digest')), index.images.map((image) => `${registry.address}/multi/app@${image.digest}`));

    const document = JSON.parse(await manifestDocument(view.sessions, tag.remoteImage)) as { mediaType: string; manifests: unknown[] };
    assert.equal(document.mediaType, 'application/vnd.oci.image.index.v1+json');
    assert.equal(document.manifests.length, 3, 'the document is the index as stored, attestation included');
  });

  test('deleting a tag deletes its manifest by digest: the tag leaves the view and the registry', async () => {
    await content.image('delete/me', 'old', { created, layerBytes: 200 });
    await content.image('delete/me', 'keep', { created, layerBytes: 300 });
    const view = registriesView(configDir);
    const repository = labeled(await (await view.model.getRoots())[0].getChildren(), 'delete/me');
    const tag = labeled(await repository.getChildren(), 'old') as TagNode;
    await loaded(view.model, tag);

    const digest = await remoteDigest(view.sessions, tag.remoteImage);
    assert.equal(digest, tag.remoteImage.digest);
    await deleteRemoteTag(view.sessions, tag.remoteImage, digest);
    const changed = nextEvent(view.model.onDidChange);
    view.model.tagDeleted(tag);
    assert.equal(await changed, repository);
    assert.deepEqual(labels(await repository.getChildren()), ['keep']);

    view.model.refreshNode(repository);
    assert.deepEqual(labels(await repository.getChildren()), ['keep'], 'the registry lists it no more');
  });

  test('no login, or a refused one, is a "Log in to …" item that runs Log In for that registry; logging in lists the repositories at once', async () => {
    const empty = dockerConfig({});
    const view = registriesView(empty, [registry.address]);
    const node = (await view.model.getRoots())[0];
    assert.equal(node.present().contextValue, 'registry.generic.anonymous');
    const [login] = await node.getChildren();
    assert.ok(isLogin(login));
    assert.deepEqual(login.present(), {
      id: `registry:${registry.address}/login`,
      label: `Log in to ${registry.address}…`,
      icon: { id: 'sign-in' },
      contextValue: 'registryLogin',
      collapsible: 'none',
      command: { id: 'dockside.registry.login', title: 'Log In to Registry...', arguments: [registry.address] },
    });

    await view.credentials.store(registry.address, { username: user, password: 'wrong' });
    const refused = await until(view.model, async () => {
      const [first] = await (await view.model.getRoots())[0].getChildren();
      return isLogin(first) ? first : undefined;
    });
    assert.ok(isLogin(refused), 'a wrong password is "Log in" too');

    // What "Log In to Registry..." does once the registry accepted the password: store it.
    const stored = nextEvent(view.model.onDidChange);
    await view.credentials.store(registry.address, right);
    assert.equal(await stored, undefined, 'the whole view is told, without a refresh');
    const roots = await view.model.getRoots();
    assert.equal(roots[0].present().contextValue, 'registry.generic.loggedIn');
    assert.ok(labels(await roots[0].getChildren()).includes(repositories[0]));
  });

  test("a login kept by a credential helper: the registry is listed from the helper's list, appears as soon as Log In stores it, and lists with the helper's login", async () => {
    const helper = createCredentialHelper(`dockside-${runId}`);
    try {
      const helperConfig = dockerConfig({});
      writeFileSync(join(helperConfig, 'config.json'), JSON.stringify({ credsStore: helper.name }));
      const view = registriesView(helperConfig, [], { env: helper.env });
      assert.deepEqual(labels(await view.model.getRoots()), ['No registries: log in to one, or add one to the dockside.registries setting.', 'Log In to Registry...']);

      const told = nextEvent(view.model.onDidChange);
      await view.credentials.store(registry.address, right);
      assert.equal(await told, undefined);
      const roots = await view.model.getRoots();
      assert.deepEqual(labels(roots), [registry.address]);
      assert.ok(labels(await roots[0].getChildren()).includes(repositories[0]));
      assert.deepEqual(helper.stored(), { [registry.address]: { Username: user, Secret: password } });
      assert.ok(helper.calls().includes('list') && helper.calls().includes('get'), helper.calls().join());
    } finally {
      helper.remove();
    }
  });

  test('no password, encoded login or token appears in any label, description, tooltip or error of the whole tree', async () => {
    const encoded = Buffer.from(`${user}:${password}`).toString('base64');
    const secrets = [password, encoded];
    const view = registriesView(configDir, [], { pageSize: 100 });
    const everything = await wholeTree(view.model);
    assert.ok(everything.length > 30, `the whole tree was walked (${everything.length} items)`);
    const leaks = everything.filter((item) => secrets.some((secret) => JSON.stringify(item).includes(secret)));
    assert.deepEqual(leaks, []);

    const wrong = registriesView(dockerConfig({ [registry.address]: { username: user, password: `${password}-wrong` } }));
    const [login] = await (await wrong.model.getRoots())[0].getChildren();
    assert.ok(isLogin(login));
    assert.ok(!JSON.stringify(login.present()).includes(`${password}-wrong`));
  });

  test('an unreachable registry is an error item with the reason on that registry; the other one keeps working', async () => {
    const closed = `127.0.0.1:${await freePort()}`;
    const logged: string[] = [];
    const view = registriesView(configDir, [closed], { log: { ...silentLog, warn: (line) => void logged.push(line) } });
    const roots = await view.model.getRoots();
    assert.deepEqual(labels(roots), [closed, registry.address].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const [failure] = await labeled(roots, closed).getChildren();
    assert.ok(failure instanceof MessageNode);
    assert.match(failure.present().label, new RegExp(`^Could not load: ${closed} cannot be reached: .*ECONNREFUSED`));
    assert.equal(failure.present().contextValue, 'errorState');
    assert.equal(logged.length, 1, 'the failure is logged once, for that registry');
    assert.match(logged[0], new RegExp(`^Registries: listing registry:${closed} failed: ${closed} cannot be reached: .*ECONNREFUSED`));
    assert.ok(labels(await labeled(roots, registry.address).getChildren()).includes(repositories[0]));
  });

  test('a registry that stops answering times out into an error item (tried again on the next expansion); collapsing or refreshing its node stops the request at once', async () => {
    registry.pause();
    try {
      const timing = registriesView(configDir, [], { timeoutMs: 1000 });
      const timedOut = (await timing.model.getRoots())[0];
      const [failure] = await timedOut.getChildren();
      assert.match(failure.present().label, new RegExp(`^Could not load: ${registry.address} cannot be reached: no answer within 1 s`));

      const patient = registriesView(configDir, [], { timeoutMs: 600_000 });
      const node = (await patient.model.getRoots())[0];
      const expanding = node.getChildren();
      const changed = nextEvent(patient.model.onDidChange);
      patient.model.collapsed(node);
      assert.equal(await changed, node, 'the view is told to ask again on the next expansion');
      assert.deepEqual(await expanding, [], 'the cancelled listing ends without an error item');

      // Refreshing stops what is in flight too.
      const again = node.getChildren();
      patient.model.refreshNode(node);
      assert.deepEqual(await again, []);
      registry.resume();
      assert.ok(labels(await node.getChildren()).includes(repositories[0]), 'expanded again, it lists');

      // The node that failed tries again when collapsed and expanded.
      const retry = nextEvent(timing.model.onDidChange);
      timing.model.collapsed(timedOut);
      assert.equal(await retry, timedOut);
      assert.ok(labels(await timedOut.getChildren()).includes(repositories[0]));
    } finally {
      registry.resume();
    }
  });
});

describe('a registry with deleting disabled', { skip: unavailable, timeout }, () => {
  let registry: TestRegistry;

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    registry = await startTestRegistry({ [user]: password }, 'htpasswd', { deletion: false });
  });
  after(() => registry?.stop());

  test('Delete says exactly that the registry does not allow deleting (405), and the tag stays', async () => {
    await new RegistryContent(new RegistryClient(registry.address, right)).image('team/app', '1.0', { created: new Date(), layerBytes: 100 });
    const view = registriesView(dockerConfig({ [registry.address]: right }));
    const repository = labeled(await (await view.model.getRoots())[0].getChildren(), 'team/app');
    const tag = labeled(await repository.getChildren(), '1.0') as TagNode;
    await loaded(view.model, tag);

    const failure = await deleteRemoteTag(view.sessions, tag.remoteImage, tag.remoteImage.digest!).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.equal(
      formatMessage(deletionFailure(tag.remoteImage, failure)),
      `${registry.address} does not allow deleting images (HTTP 405, UNSUPPORTED): deletion is disabled in its configuration (for the distribution registry, storage.delete.enabled). Nothing was deleted.`,
    );
    view.model.refreshNode(repository);
    assert.deepEqual(labels(await repository.getChildren()), ['1.0']);
  });
});

describe('a registry with token logins (a Bearer challenge to a token service, as Docker Hub and most hosted registries do)', { skip: unavailable, timeout }, () => {
  let registry: TestRegistry;

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    registry = await startTestRegistry({ [user]: password }, 'token');
    const content = new RegistryContent(new RegistryClient(registry.address, right));
    await content.image('team/api', '1.0', { created: new Date(), layerBytes: 100 });
    await content.index('team/api', '2.0', [
      { platform: { os: 'linux', architecture: 'amd64' }, created: new Date(), layerBytes: 100 },
      { platform: { os: 'linux', architecture: 'arm64' }, created: new Date(), layerBytes: 100 },
    ]);
  });
  after(() => registry?.stop());

  test('the catalog, tags, an index and a deletion with tokens for their scopes, each token fetched once and reused until it expires', async () => {
    const view = registriesView(dockerConfig({ [registry.address]: right }));
    registry.tokenRequests.length = 0;
    const node = (await view.model.getRoots())[0];
    const repository = labeled(await node.getChildren(), 'team/api');
    const tags = await repository.getChildren();
    assert.deepEqual(labels(tags), ['2.0', '1.0']);
    const index = labeled(tags, '2.0') as TagNode;
    assert.match((await loaded(view.model, index)).description ?? '', / · 2 platforms$/);
    for (const tag of tags) await loaded(view.model, tag);

    // Expanded again after a collapse: the same tokens serve.
    view.model.collapsed(repository);
    await repository.getChildren();
    assert.deepEqual(registry.tokenRequests, [`${user} registry:catalog:* → 200`, `${user} repository:team/api:pull → 200`]);

    const one = labeled(tags, '1.0') as TagNode;
    await deleteRemoteTag(view.sessions, one.remoteImage, one.remoteImage.digest!);
    assert.deepEqual(registry.tokenRequests.slice(2), [`${user} repository:team/api:delete → 200`]);
  });

  test('without a login the token service refuses: "Log in to …"; a wrong password too', async () => {
    for (const logins of [{}, { [registry.address]: { username: user, password: 'wrong' } }]) {
      const view = registriesView(dockerConfig(logins), [registry.address]);
      const [first] = await (await view.model.getRoots())[0].getChildren();
      assert.ok(isLogin(first), `${JSON.stringify(Object.keys(logins))}: ${first.present().label}`);
    }
  });
});

describe('a registry over HTTPS with a CA of its own', { skip: unavailable, timeout }, () => {
  let registry: TestRegistry;
  let home: string;

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    registry = await startTestRegistry({ [user]: password }, 'htpasswd', { tls: true });
    home = mkdtempSync(join(tmpdir(), 'dockside-home-'));
    folders.push(home);
  });
  after(() => registry?.stop());

  test("TLS is verified: without the CA it is an error item saying where the CA goes; with it in ~/.docker/certs.d/<host>/ca.crt, the registry lists", async () => {
    const strict = { insecure: () => false, certsDirs: defaultCertsDirs(home) };
    const configDir = dockerConfig({ [registry.address]: right });
    const [failure] = await (await registriesView(configDir, [], strict).model.getRoots())[0].getChildren();
    assert.match(failure.present().label, new RegExp(`^Could not load: The secure connection to ${registry.address} failed \\(.+\\)\\. Put its CA certificate in ~/\\.docker/certs\\.d/${registry.address}/ca\\.crt`));

    mkdirSync(join(home, '.docker', 'certs.d', registry.address), { recursive: true });
    writeFileSync(join(home, '.docker', 'certs.d', registry.address, 'ca.crt'), registry.caCertificate!);
    const node = (await registriesView(configDir, [], strict).model.getRoots())[0] as RegistryNode;
    assert.deepEqual(labels(await node.getChildren()), ['No repositories'], 'an empty registry: nothing fails');
  });
});

describe('a registry whose token service never grants the catalog (as Harbor and GitLab do for most logins)', { skip: unavailable, timeout }, () => {
  let registry: TestRegistry;

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    registry = await startTestRegistry({ [user]: password }, 'token', { catalog: false });
    await new RegistryContent(new RegistryClient(registry.address, right)).image('team/api', '3.1', { created: new Date(), layerBytes: 100 });
  });
  after(() => registry?.stop());

  test('says the registry does not list its repositories, offers "Add Repository…", and lists the repositories the setting names', async () => {
    const configDir = dockerConfig({ [registry.address]: right });
    const view = registriesView(configDir, [{ address: registry.address, repositories: ['team/api'] }]);
    const node = (await view.model.getRoots())[0];
    const children = await node.getChildren();
    assert.deepEqual(
      children.map((child) => [child.present().label, child.present().contextValue]),
      [
        ['This registry does not list its repositories', 'emptyState'],
        ['Add Repository…', 'registryAddRepository'],
        ['team/api', 'registryRepository.added'],
      ],
    );
    assert.deepEqual(children[1].present().command, { id: 'dockside.registries.addRepository', title: 'Add Repository…', arguments: [node] });
    const [tag] = await children[2].getChildren();
    assert.match((await loaded(view.model, tag)).description ?? '', /^100 B · /);
  });
});
