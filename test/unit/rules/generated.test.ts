/**
 * What the rule registries decide is generated, never written by hand: the manifest's
 * `dockside.<family>.rules` settings, their descriptions in both nls files, and docs/rules*.md.
 * This fails while any of them is out of date with the registries; `npm run rules` fixes it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ruleRegistries } from '../../../server/src/service/rules/families';
import { generatedFiles } from '../../../server/src/service/rules/generatedFiles';

const root = join(__dirname, '..', '..', '..', '..');

test('the files generated from the rule registries are up to date (npm run rules)', () => {
  for (const file of generatedFiles(ruleRegistries, (path) => readFileSync(join(root, path), 'utf8'))) {
    const path = join(root, file.path);
    assert.ok(existsSync(path), `${file.path} is missing: run npm run rules`);
    assert.ok(readFileSync(path, 'utf8') === file.content, `${file.path} is out of date: run npm run rules`);
  }
});
