/**
 * The knowledge base's Compose entries and the catalogue name the same keys:
 * an entry whose id matches no catalogue path would never be shown on hover.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { knowledgeId, specAt } from '../../../server/src/compose/catalogue';
import { allEntries } from '../../../server/src/knowledge/index';

describe('compose knowledge entries match the catalogue', () => {
  const composeEntries = allEntries().filter((entry) => entry.kind === 'compose-key');

  test('every compose-key entry names a key the catalogue knows, by the id hover looks up', () => {
    const unreachable = composeEntries
      .map((entry) => entry.id)
      .filter((id) => {
        // `*` stands for a user-chosen name: any name will do to walk the catalogue.
        const path = id.replace(/^compose\.key\./, '').split('.').map((segment) => (segment === '*' ? 'any-name' : segment));
        return !specAt(path) || knowledgeId(path) !== id;
      });
    assert.deepEqual(unreachable, []);
  });

  test('values explained by an entry are values the catalogue allows, so hover finds them', () => {
    const unknown: string[] = [];
    for (const entry of composeEntries) {
      const path = entry.id.replace(/^compose\.key\./, '').split('.').map((segment) => (segment === '*' ? 'any-name' : segment));
      const allowed = specAt(path)?.values;
      if (!allowed || !entry.values) continue;
      for (const value of Object.keys(entry.values)) if (!allowed.includes(value)) unknown.push(`${entry.id}: ${value}`);
    }
    assert.deepEqual(unknown, []);
  });

  test('the keys of the notes’ own Compose examples have entries', () => {
    const ids = new Set(composeEntries.map((entry) => entry.id));
    const fromNotes = ['services', 'services.*.image', 'services.*.build', 'services.*.restart', 'services.*.volumes', 'services.*.environment', 'services.*.ports', 'services.*.container_name', 'services.*.working_dir', 'version'];
    assert.deepEqual(fromNotes.map((key) => `compose.key.${key}`).filter((id) => !ids.has(id)), []);
  });
});
