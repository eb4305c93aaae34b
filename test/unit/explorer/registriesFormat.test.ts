/** The Registries view's labels, descriptions, tooltips, order and paging, as pure functions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatMessage } from '../../../client/src/commands/localizable';
import { deletionFailure, tagDeletionConfirmation } from '../../../client/src/commands/remoteImageOps';
import { untranslated } from '../../../client/src/explorer/format';
import { compareTagNames, describeRegistryProblem, platformDescription, shortDigest, tagDescription, tagTooltip } from '../../../client/src/explorer/registries/format';
import { hostPlatform } from '../../../client/src/explorer/registries/model';
import { PagedList, RequestLimit } from '../../../client/src/explorer/registries/paging';
import { CredentialHelperError } from '../../../client/src/registry/credentialHelper';
import { RegistryError } from '../../../client/src/registry/registryClient';

const digest = `sha256:${'ab12'.repeat(16)}`;
const now = Date.parse('2026-03-10T12:00:00Z');

describe('tag order', () => {
  test('latest first, then the highest versions, numbers compared as numbers', () => {
    const tags = ['1.9', 'v1', '1.10', 'latest', '1.10.1', 'dev', 'v2', '2.0-rc1', '2.0'];
    assert.deepEqual([...tags].sort(compareTagNames), ['latest', 'v2', 'v1', 'dev', '2.0-rc1', '2.0', '1.10.1', '1.10', '1.9']);
  });
});

describe('tag and platform items', () => {
  const view = { digest, size: 5_234_000, time: now - 3 * 86_400_000, timeKind: 'created' as const };

  test('a tag: size and age, and how many platforms; "…" while loading', () => {
    assert.equal(tagDescription(untranslated, view, now, 'en'), '5.23 MB · 3 days ago');
    assert.equal(tagDescription(untranslated, { ...view, platforms: [{ platform: { os: 'linux', architecture: 'amd64' } }, { platform: { os: 'linux', architecture: 'arm64' } }] }, now, 'en'), '5.23 MB · 3 days ago · 2 platforms');
    assert.equal(tagDescription(untranslated, { timeKind: 'pushed', platforms: [{ platform: { os: 'linux', architecture: 'amd64' } }] }, now, 'en'), '1 platform');
    assert.equal(tagDescription(untranslated, undefined, now, 'en'), '…');
    assert.equal(tagDescription(untranslated, view, now, 'ko'), '5.23 MB · 3일 전');
  });

  test("a tag's tooltip: reference, digest, size (of which platform), when it was built or pushed, platforms", () => {
    const tooltip = tagTooltip(untranslated, 'lab:5000/team/app:1.0', { ...view, shownPlatform: { os: 'linux', architecture: 'amd64' }, platforms: [{ platform: { os: 'linux', architecture: 'amd64' } }, { platform: { os: 'linux', architecture: 'arm', variant: 'v7' } }] }, 'en');
    assert.deepEqual(tooltip.split('\n'), [
      'lab:5000/team/app:1.0',
      `Digest: ${digest}`,
      'Size: 5.23 MB (linux/amd64)',
      `Created: ${new Date(view.time).toLocaleString('en')}`,
      'Platforms: linux/amd64, linux/arm/v7',
    ]);
    assert.match(tagTooltip(untranslated, 'team/app:1.0', { ...view, timeKind: 'pushed' }, 'en'), /\nLast pushed: /);
  });

  test('a platform: size and short digest', () => {
    assert.equal(shortDigest(digest), 'sha256:ab12ab12ab12');
    assert.equal(platformDescription({ platform: { os: 'linux', architecture: 'amd64' }, digest, size: 12_000_000 }), '12 MB · sha256:ab12ab12ab12');
    assert.equal(platformDescription({ platform: { os: 'linux', architecture: 'amd64' }, digest }), '… · sha256:ab12ab12ab12');
  });
});

describe('why a registry request failed', () => {
  test('each kind says what to do, naming the registry as users write it', () => {
    const problem = (kind: RegistryError['kind'], detail = 'x') => describeRegistryProblem(untranslated, new RegistryError('https://index.docker.io/v1/', kind, detail));
    assert.equal(problem('unknownHost'), 'The registry host docker.io is unknown.');
    assert.equal(problem('unreachable', 'connect ECONNREFUSED'), 'docker.io cannot be reached: connect ECONNREFUSED');
    assert.match(problem('tls', 'self-signed certificate'), /^The secure connection to docker\.io failed \(self-signed certificate\)\. Put its CA certificate in ~\/\.docker\/certs\.d\/docker\.io\/ca\.crt/);
    assert.equal(problem('unexpected', 'HTTP 500'), 'docker.io answered: HTTP 500');
    assert.equal(describeRegistryProblem(untranslated, new CredentialHelperError('pass', 'get', 'timeout', 'no answer within 10 s')), 'The credential helper docker-credential-pass failed: docker-credential-pass get: no answer within 10 s');
  });
});

describe('Delete tag', () => {
  const ref = { registry: 'lab:5000', repository: 'team/app', tag: 'old', digest };

  test('the confirmation names the manifest that goes and warns that every tag on it goes too', () => {
    const confirmation = tagDeletionConfirmation(ref, digest);
    assert.equal(formatMessage(confirmation.message), 'Delete lab:5000/team/app:old from lab:5000?');
    assert.match(formatMessage(confirmation.detail), new RegExp(`deletes the manifest ${digest}: every tag that points at it goes too`));
  });

  test('refusals told apart: deleting disabled (405), a login that may not delete, already gone', () => {
    const refused = (status: number, code?: string) => formatMessage(deletionFailure(ref, new RegistryError('lab:5000', status === 401 ? 'unauthorized' : 'unexpected', `HTTP ${status}`, { status, code })));
    assert.match(refused(405, 'UNSUPPORTED'), /^lab:5000 does not allow deleting images \(HTTP 405, UNSUPPORTED\): deletion is disabled in its configuration/);
    assert.match(refused(403), /^lab:5000 refused to delete from team\/app: the login may not delete there/);
    assert.match(refused(404), /it was deleted already\.$/);
    assert.equal(refused(500), 'lab:5000 did not delete it: HTTP 500');
  });
});

describe('paging', () => {
  const page = (items: string[], next?: string) => ({ items, next });

  test('a server that answers everything at once is still shown a page at a time', () => {
    const list = new PagedList<string>(2);
    assert.deepEqual(list.needsFetch, { cursor: undefined });
    list.add(page(['a', 'b', 'c', 'd', 'e']));
    list.showMore();
    assert.deepEqual([list.shown, list.hasMore, list.needsFetch], [['a', 'b'], true, undefined]);
    list.showMore();
    list.showMore();
    assert.deepEqual([list.shown, list.hasMore], [['a', 'b', 'c', 'd', 'e'], false]);
  });

  test("a server that pages is asked for its next page only when what it sent is all shown; the order applies to everything fetched", () => {
    const list = new PagedList<string>(3, (a, b) => b.localeCompare(a));
    list.add(page(['a', 'b'], '/next'));
    list.showMore();
    assert.deepEqual([list.shown, list.hasMore, list.needsFetch], [['b', 'a'], true, { cursor: '/next' }]);
    list.add(page(['c', 'd']));
    list.showMore();
    assert.deepEqual([list.shown, list.hasMore], [['d', 'c', 'b', 'a'], false]);
    list.remove((item) => item === 'c');
    assert.deepEqual(list.shown, ['d', 'b', 'a']);
  });

  test('at most so many requests at once; one whose signal aborted while waiting never starts', async () => {
    const limit = new RequestLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const release: Array<() => void> = [];
    const task = (id: number) => async () => {
      started.push(id);
      most = Math.max(most, ++running);
      await new Promise<void>((resolve) => release.push(resolve));
      running--;
      return id;
    };
    const cancelled = new AbortController();
    const settling = Promise.allSettled([limit.run(task(1)), limit.run(task(2)), limit.run(task(3), cancelled.signal), limit.run(task(4))]);
    cancelled.abort();
    while (release.length > 0 || started.length < 3) {
      await new Promise((resolve) => setImmediate(resolve));
      release.shift()?.();
    }
    const settled = await settling;
    assert.deepEqual(started, [1, 2, 4]);
    assert.equal(most, 2);
    assert.equal(settled[2].status, 'rejected');
    assert.deepEqual([settled[0], settled[1], settled[3]].map((result) => result.status === 'fulfilled' && result.value), [1, 2, 4]);
  });
});

test("this machine's platform as images name it", () => {
  assert.deepEqual(hostPlatform('x64'), { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(hostPlatform('arm64'), { os: 'linux', architecture: 'arm64' });
  assert.deepEqual(hostPlatform('ia32'), { os: 'linux', architecture: '386' });
});
