import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatMessage } from '../../../client/src/commands/localizable';
import { hasUnconfirmed, isEmpty, pruneConfirmation, pruneReport, volumePruneIsAnonymousOnly } from '../../../client/src/commands/prune';

describe('pruneConfirmation', () => {
  test('states the total and lists each kind with its count and names', () => {
    const { message, detail } = pruneConfirmation({ containers: ['web', 'db'], images: ['0123456789ab'], volumes: [], networks: ['backend'] });
    assert.equal(formatMessage(message), 'Remove 4 unused object(s)? This cannot be undone.');
    assert.deepEqual(detail.map(formatMessage), [
      '2 stopped container(s): web, db',
      '1 dangling image(s): 0123456789ab',
      '1 unused network(s): backend',
    ]);
  });
  test('long lists are cut after ten names with the rest counted', () => {
    const volumes = Array.from({ length: 13 }, (_, i) => `v${i}`);
    const { detail } = pruneConfirmation({ containers: [], images: [], volumes, networks: [] });
    assert.equal(formatMessage(detail[0]), '13 unused volume(s) and their data: v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, … (+3)');
  });
  test('isEmpty', () => {
    assert.equal(isEmpty({ containers: [], images: [], volumes: [], networks: [] }), true);
    assert.equal(isEmpty({ containers: [], images: [], volumes: ['v'], networks: [] }), false);
  });
});

describe('hasUnconfirmed (re-listing after the confirmation)', () => {
  const confirmed = { containers: ['web'], images: ['0123456789ab'], volumes: [], networks: [] };
  test('a container that stopped while the modal was open makes the prune ask again', () => {
    assert.equal(hasUnconfirmed(confirmed, { ...confirmed, containers: ['web', 'db'] }), true);
    assert.equal(hasUnconfirmed(confirmed, { ...confirmed, networks: ['backend'] }), true);
  });
  test('the same set, or less of it (something was removed meanwhile), proceeds without asking again', () => {
    assert.equal(hasUnconfirmed(confirmed, confirmed), false);
    assert.equal(hasUnconfirmed(confirmed, { ...confirmed, containers: [] }), false);
  });
});

describe('pruneReport', () => {
  test('reports the space reclaimed in CLI units, as the explorer shows sizes', () => {
    assert.equal(formatMessage(pruneReport({ removed: 3, spaceReclaimed: 1_500_000 })), 'Pruned 3 object(s); reclaimed 1.5 MB.');
    assert.equal(formatMessage(pruneReport({ removed: 0, spaceReclaimed: 0 })), 'Pruned 0 object(s); reclaimed 0 B.');
  });
});

describe('volumePruneIsAnonymousOnly', () => {
  test('named volumes are pruned up to API 1.41, spared from 1.42', () => {
    assert.equal(volumePruneIsAnonymousOnly('1.41'), false);
    assert.equal(volumePruneIsAnonymousOnly('1.42'), true);
    assert.equal(volumePruneIsAnonymousOnly('1.50'), true);
    assert.equal(volumePruneIsAnonymousOnly('2.0'), true);
    assert.equal(volumePruneIsAnonymousOnly('1.9'), false);
  });
});
