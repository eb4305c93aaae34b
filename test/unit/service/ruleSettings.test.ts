/**
 * Every diagnostic rule can be re-graded in the settings editor: each family's
 * `dockside.<family>.rules` setting lists exactly the rules of its registry (the
 * rules the harness shows each report something), so users get completion and
 * validation for them in settings.json, and nothing that is never reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ruleRegistries } from '../../../server/src/service/rules/families';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } };
};
const listed = (setting: string) => Object.keys(manifest.contributes.configuration.properties[setting]?.properties ?? {}).sort();

test('the rule families are the Dockerfile, Compose and command-line ones', () => {
  assert.deepEqual(ruleRegistries.map((registry) => registry.family), ['dockerfile', 'compose', 'commandline']);
});

for (const registry of ruleRegistries) {
  test(`dockside.${registry.family}.rules lists every rule of the ${registry.family} registry`, () => {
    assert.deepEqual(listed(`dockside.${registry.family}.rules`), registry.rules.map((rule) => rule.id).sort());
  });
}
