/**
 * One knowledge entry per Compose key, top level and service level, not only
 * the keys the notes use: every key the Compose catalogue knows there has an
 * entry in both languages, so its hover and completion carry real docs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { knowledgeId, specAt } from '../../../server/src/compose/catalogue';
import { getEntry } from '../../../server/src/knowledge/index';

/** Keys still documented by the catalogue's one-line text alone, each for a reason. */
const catalogueOnly = new Set([
  'services.*.cpu_rt_runtime', // the Compose hover tests use it as their example of the catalogue fallback
  'services.*.pull_refresh_after', // too new to describe beyond the catalogue's line
]);

function missingEntries(path: readonly string[]): string[] {
  const children = Object.keys(specAt(path)?.children ?? {});
  assert.ok(children.length > 0, `the catalogue has no keys under ${path.join('.') || 'the top level'}`);
  return children
    .map((key) => knowledgeId([...path, key]).replace(/^compose\.key\./, ''))
    .filter((id) => !catalogueOnly.has(id) && !getEntry(`compose.key.${id}`));
}

describe('every Compose key has a knowledge entry', () => {
  test('top-level keys', () => {
    assert.deepEqual(missingEntries([]), []);
  });

  test('service-level keys', () => {
    assert.deepEqual(missingEntries(['services', 'any-service']), []);
  });

  test('the keys left to the catalogue are still catalogue keys without entries', () => {
    for (const id of catalogueOnly) {
      const path = id.split('.').map((segment) => (segment === '*' ? 'any-service' : segment));
      assert.ok(specAt(path), `${id} is no longer a catalogue key`);
      assert.equal(getEntry(`compose.key.${id}`), undefined, `${id} has an entry now: drop it from the list`);
    }
  });
});
