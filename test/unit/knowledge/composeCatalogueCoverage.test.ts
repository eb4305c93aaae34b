/**
 * One knowledge entry per Compose key, top level and service level, not only
 * the keys the notes use: every key the Compose catalogue knows there has an
 * entry in both languages, so its hover and completion carry real docs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { knowledgeId, specAt } from '../../../server/src/compose/catalogue';
import { getEntry } from '../../../server/src/knowledge/index';

function missingEntries(path: readonly string[]): string[] {
  const children = Object.keys(specAt(path)?.children ?? {});
  assert.ok(children.length > 0, `the catalogue has no keys under ${path.join('.') || 'the top level'}`);
  return children
    .map((key) => knowledgeId([...path, key]).replace(/^compose\.key\./, ''))
    .filter((id) => !getEntry(`compose.key.${id}`));
}

describe('every Compose key has a knowledge entry', () => {
  test('top-level keys', () => {
    assert.deepEqual(missingEntries([]), []);
  });

  test('service-level keys', () => {
    assert.deepEqual(missingEntries(['services', 'any-service']), []);
  });
});
