/**
 * Docker Hub in the Registries view, through its documented API: no network reaches Hub here, so
 * a server on 127.0.0.1 answers with the response shapes of Hub's API reference
 * (docs.docker.com/reference/api/hub/latest: "Create access token", "List repositories in a
 * namespace", "List repository tags"), written from the documentation, and checks requests as
 * the documentation says they are made.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DockerHubApi, hubRepositoryOf, hubTagOf } from '../../../client/src/registry/dockerHub';
import { RegistryError } from '../../../client/src/registry/registryClient';
import { labeled, labels, registriesView } from '../../support/registriesHarness';

const password = 'dckr_pat_s3cret-hub-token';
const now = Date.now();
const ago = (days: number) => new Date(now - days * 86_400_000).toISOString();
const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

/** A repository as "List repositories in a namespace" documents it (`repository_list_entry`). */
const repository = (namespace: string, name: string, isPrivate = false) => ({
  name,
  namespace,
  repository_type: 'image',
  status: 1,
  status_description: 'active',
  description: `${name} service`,
  is_private: isPrivate,
  star_count: 0,
  pull_count: 12,
  last_updated: ago(1),
  last_modified: ago(1),
  date_registered: ago(100),
  affiliation: '',
  media_types: ['application/vnd.oci.image.index.v1+json'],
  content_types: ['image'],
  categories: [],
  storage_size: 1234,
});

/** A tag as "List repository tags" documents it (`tag` with its `image`s). */
const multiPlatformTag = {
  id: 1,
  images: [
    { architecture: 'amd64', features: '', variant: null, digest: digest(1), layers: [], os: 'linux', os_features: '', os_version: null, size: 5_234_000, status: 'active', last_pulled: ago(1), last_pushed: ago(3) },
    { architecture: 'arm64', features: '', variant: 'v8', digest: digest(2), layers: [], os: 'linux', os_features: '', os_version: null, size: 5_100_000, status: 'active', last_pulled: null, last_pushed: ago(3) },
    { architecture: 'unknown', features: '', variant: null, digest: digest(3), layers: [], os: 'unknown', os_features: '', os_version: null, size: 800, status: 'active', last_pulled: null, last_pushed: ago(3) },
  ],
  creator: 7,
  last_updated: ago(3),
  last_updater: 7,
  last_updater_username: 'alice',
  name: '1.2',
  repository: 42,
  full_size: 5_234_000,
  v2: 'true',
  status: 'active',
  tag_last_pulled: ago(1),
  tag_last_pushed: ago(3),
  digest: digest(9),
};
/** The reference types `images` as a single `image` object: a tag written that way. */
const singleImageTag = {
  ...multiPlatformTag,
  name: 'old',
  images: { architecture: 'amd64', os: 'linux', digest: digest(4), size: 1_000_000, last_pushed: ago(40) },
  full_size: 1_000_000,
  tag_last_pushed: ago(40),
  digest: undefined,
};

class FakeHub {
  server!: Server;
  base = '';
  tokensIssued = 0;
  /** Every request, as `METHOD path Authorization`. */
  readonly requests: string[] = [];
  /** Makes the next tags request answer 429. */
  rateLimited = false;

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    const url = new URL(request.url ?? '/', this.base);
    this.requests.push(`${request.method} ${url.pathname}${url.search} ${request.headers.authorization ?? '-'}`);
    const send = (status: number, value: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(value));
    };

    if (request.method === 'POST' && url.pathname === '/v2/auth/token') {
      const { identifier, secret } = JSON.parse(body) as { identifier?: string; secret?: string };
      // A careless server that quotes what it was sent: the client must not pass it on.
      if (identifier !== 'alice' || secret !== password) return send(401, { errinfo: null, detail: `incorrect login for ${identifier} with ${secret}`, message: 'unauthorized' });
      this.tokensIssued += 1;
      return send(200, { access_token: `hub-jwt-${this.tokensIssued}` });
    }
    const authorized = request.headers.authorization === `Bearer hub-jwt-${this.tokensIssued}`;
    if (url.pathname === '/v2/namespaces/alice/repositories') {
      if (!authorized) return send(401, { errinfo: null, detail: 'authentication required', message: 'unauthorized' });
      const page = Number(url.searchParams.get('page') ?? '1');
      const names = ['api', 'web', 'worker'];
      const size = Number(url.searchParams.get('page_size'));
      const next = page * size < names.length ? `${this.base}/v2/namespaces/alice/repositories?page=${page + 1}&page_size=${size}&ordering=name` : null;
      const previous = page > 1 ? `${this.base}/v2/namespaces/alice/repositories?page=${page - 1}&page_size=${size}&ordering=name` : null;
      return send(200, { count: names.length, next, previous, results: names.slice((page - 1) * size, page * size).map((name) => repository('alice', name, name === 'worker')) });
    }
    if (url.pathname === '/v2/namespaces/myorg/repositories') {
      // Public repositories are listed to anyone; this one's next page is elsewhere and must not be followed.
      return send(200, { count: 2, next: 'https://elsewhere.example/v2/namespaces/myorg/repositories?page=2', previous: null, results: [repository('myorg', 'site')] });
    }
    if (url.pathname === '/v2/namespaces/alice/repositories/api/tags') {
      if (!authorized) return send(401, { errinfo: null, detail: 'authentication required', message: 'unauthorized' });
      if (this.rateLimited) {
        this.rateLimited = false;
        return send(429, { detail: 'Rate limit exceeded', error: false }, { 'Retry-After': '42' });
      }
      return send(200, { count: 2, next: null, previous: null, results: [multiPlatformTag, singleImageTag] });
    }
    send(404, { errinfo: null, detail: 'not found', message: 'not found' });
  }
}

describe('response shapes from the documentation', () => {
  test('a repository list entry', () => {
    assert.deepEqual(hubRepositoryOf(repository('docker', 'highland_builder', true)), {
      namespace: 'docker',
      name: 'highland_builder',
      description: 'highland_builder service',
      isPrivate: true,
      lastUpdated: Date.parse(ago(1)),
    });
    assert.equal(hubRepositoryOf({ namespace: 'docker' }), undefined);
  });

  test('a tag with its images (an array, as Hub sends, or one object, as the reference types it); attestations are not platforms', () => {
    const multi = hubTagOf(multiPlatformTag)!;
    assert.deepEqual(
      multi.images.map((image) => [image.platform, image.digest, image.size]),
      [
        [{ os: 'linux', architecture: 'amd64', variant: undefined }, digest(1), 5_234_000],
        [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, digest(2), 5_100_000],
      ],
    );
    assert.deepEqual([multi.name, multi.size, multi.lastPushed, multi.digest], ['1.2', 5_234_000, Date.parse(ago(3)), digest(9)]);
    const single = hubTagOf(singleImageTag)!;
    assert.deepEqual([single.images.length, single.images[0].digest, single.digest], [1, digest(4), undefined]);
  });
});

describe("Docker Hub's API", () => {
  const hub = new FakeHub();
  before(() => hub.start());
  after(() => hub.server.close());

  test('the login becomes an access token ("Create access token"), sent as a bearer token and reused', async () => {
    const api = new DockerHubApi({ username: 'alice', password }, { baseUrl: hub.base });
    hub.requests.length = 0;
    const first = await api.repositories('alice', 2, undefined);
    assert.deepEqual(first.items.map((entry) => entry.name), ['api', 'web']);
    assert.equal(first.next, `${hub.base}/v2/namespaces/alice/repositories?page=2&page_size=2&ordering=name`);
    const second = await api.repositories('alice', 2, first.next);
    assert.deepEqual([second.items.map((entry) => entry.name), second.next], [['worker'], undefined]);
    assert.deepEqual(hub.requests, [
      'POST /v2/auth/token -',
      `GET /v2/namespaces/alice/repositories?page_size=2&ordering=name Bearer hub-jwt-${hub.tokensIssued}`,
      `GET /v2/namespaces/alice/repositories?page=2&page_size=2&ordering=name Bearer hub-jwt-${hub.tokensIssued}`,
    ]);
  });

  test('a token Hub stops accepting is replaced once; a next page on another origin is not followed', async () => {
    const api = new DockerHubApi({ username: 'alice', password }, { baseUrl: hub.base });
    await api.repositories('alice', 10, undefined);
    const issued = hub.tokensIssued;
    // Another client's login makes this token stale, as an expiry would.
    await new DockerHubApi({ username: 'alice', password }, { baseUrl: hub.base }).repositories('alice', 10, undefined);
    assert.equal((await api.repositories('alice', 10, undefined)).items.length, 3);
    assert.equal(hub.tokensIssued, issued + 2);
    assert.equal((await api.repositories('myorg', 10, undefined)).next, undefined);
  });

  test('refusals: a wrong password (never repeated back), a rate limit with when to try again, a login with only an identity token', async () => {
    await assert.rejects(new DockerHubApi({ username: 'alice', password: `${password}-wrong` }, { baseUrl: hub.base }).repositories('alice', 10, undefined), (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.kind, 'unauthorized');
      assert.ok(!error.message.includes(password), error.message);
      return true;
    });
    hub.rateLimited = true;
    await assert.rejects(new DockerHubApi({ username: 'alice', password }, { baseUrl: hub.base }).tags('alice', 'api', 10, undefined), {
      message: "docker.io: Docker Hub's API rate limit was reached; try again in 42 s",
    });
    await assert.rejects(new DockerHubApi({ username: '', password: '', identityToken: 'oauth-refresh' }, { baseUrl: hub.base }).repositories('alice', 10, undefined), (error: unknown) => error instanceof RegistryError && error.kind === 'unauthorized');
  });
});

describe('Docker Hub in the Registries view', () => {
  const hub = new FakeHub();
  let configDir: string;
  before(async () => {
    await hub.start();
    configDir = mkdtempSync(join(tmpdir(), 'dockside-hub-config-'));
  });
  after(() => {
    hub.server.close();
    rmSync(configDir, { recursive: true, force: true });
  });

  test("signed in: your namespace and the setting's organizations, their repositories, tags with size and push age, a multi-platform tag's platforms", async () => {
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth: Buffer.from(`alice:${password}`).toString('base64') } } }));
    const view = registriesView(configDir, [{ address: 'docker.io', namespaces: ['myorg'] }], { hubApiUrl: hub.base, pageSize: 2 });
    const [docker] = await view.model.getRoots();
    assert.deepEqual([docker.present().label, docker.present().contextValue], ['Docker Hub', 'registry.hub.loggedIn']);
    const namespaces = await docker.getChildren();
    assert.deepEqual(labels(namespaces), ['alice', 'myorg']);
    assert.equal(namespaces[0].present().description, 'you');

    const repositories = await labeled(namespaces, 'alice').getChildren();
    assert.deepEqual(labels(repositories), ['api', 'web', 'Load more…']);
    const tags = await labeled(repositories, 'api').getChildren();
    assert.deepEqual(
      tags.map((tag) => [tag.present().label, tag.present().description, tag.present().contextValue, tag.present().collapsible]),
      [
        ['1.2', '5.23 MB · 3 days ago · 2 platforms', 'registryTag.hub', 'collapsed'],
        ['old', '1 MB · last month', 'registryTag.hub', 'none'],
      ],
    );
    const platforms = await tags[0].getChildren();
    assert.deepEqual(
      platforms.map((platform) => [platform.present().label, platform.present().description]),
      [
        ['linux/amd64', '5.23 MB · sha256:111111111111'],
        ['linux/arm64/v8', '5.1 MB · sha256:222222222222'],
      ],
    );
    const texts = [namespaces, repositories, tags, platforms].flat().map((node) => {
      const { label, description, tooltip } = node.present();
      return [label, description, tooltip].join('\n');
    });
    assert.deepEqual(texts.filter((text) => text.includes(password)), []);
  });

  test('not signed in: "Log in to docker.io…", and the public repositories of the namespaces the setting names', async () => {
    writeFileSync(join(configDir, 'config.json'), '{}');
    const view = registriesView(configDir, [{ address: 'docker.io', namespaces: ['myorg'] }], { hubApiUrl: hub.base });
    const [docker] = await view.model.getRoots();
    assert.equal(docker.present().contextValue, 'registry.hub.anonymous');
    const children = await docker.getChildren();
    assert.deepEqual(labels(children), ['Log in to docker.io…', 'myorg']);
    assert.deepEqual(children[0].present().command?.arguments, ['docker.io']);
    assert.deepEqual(labels(await children[1].getChildren()), ['site']);
  });
});
