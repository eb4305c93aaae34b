/**
 * Every diagnostic rule can be re-graded in the settings editor: the manifest's
 * `dockside.<language>.rules` settings list exactly the codes the modes emit,
 * so users get completion and validation for them in settings.json.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { commandLineCodes } from '../../../server/src/service/commandline/diagnostics';
import { composeRules } from '../../../server/src/service/compose/rules';
import { dockerfileRules } from '../../../server/src/service/dockerfile/rules/index';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } };
};
const listed = (setting: string) => Object.keys(manifest.contributes.configuration.properties[setting]?.properties ?? {}).sort();

test('dockside.dockerfile.rules lists every rule of the Dockerfile registry', () => {
  assert.deepEqual(listed('dockside.dockerfile.rules'), dockerfileRules.rules.map((rule) => rule.id).sort());
});

test('dockside.compose.rules lists every Compose rule', () => {
  assert.deepEqual(listed('dockside.compose.rules'), composeRules.map((rule) => rule.id).sort());
});

test('dockside.commandline.rules lists every command-line rule', () => {
  assert.deepEqual(listed('dockside.commandline.rules'), [...commandLineCodes].sort());
});
