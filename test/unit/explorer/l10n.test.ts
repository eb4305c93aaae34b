import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

const repoRoot = resolve(__dirname, '../../../..');
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(repoRoot, path), 'utf8')) as Record<string, unknown>;

function sources(path: string): string[] {
  const full = join(repoRoot, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => sources(join(path, name)));
}

/** Every message the explorer, the engine module and the status bar pass to a translator. */
function explorerMessages(): string[] {
  const messages = new Set<string>();
  for (const file of [...sources('client/src/explorer'), ...sources('client/src/engine'), join(repoRoot, 'client/src/statusBar.ts')]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:l10n|ctx)\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) messages.add(match[1].replace(/\\'/g, "'"));
  }
  return [...messages];
}

describe('explorer translations', () => {
  test('every explorer message has a Korean translation with the same placeholders', () => {
    const korean = readJson('l10n/bundle.l10n.ko.json');
    const messages = explorerMessages();
    assert.ok(messages.length > 20, `found only ${messages.length} messages: is the pattern still right?`);
    for (const message of messages) {
      const translation = korean[message];
      assert.equal(typeof translation, 'string', `no Korean for "${message}"`);
      const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(placeholders(translation as string), placeholders(message), message);
    }
  });

  test('the explorer\'s manifest strings exist in English and Korean', () => {
    const manifest = readFileSync(join(repoRoot, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/%((?:welcome|config\.engine|command\.explorer|command\.engine)\.[\w.]+)%/g)].map((match) => match[1]);
    assert.ok(keys.length >= 4);
    const english = readJson('package.nls.json');
    const korean = readJson('package.nls.ko.json');
    for (const key of keys) {
      assert.equal(typeof english[key], 'string', `package.nls.json lacks ${key}`);
      assert.equal(typeof korean[key], 'string', `package.nls.ko.json lacks ${key}`);
    }
  });

  test('each of the four views says "connecting" while it connects; an unreachable engine is explained by items, not welcome views', () => {
    const manifest = readJson('package.json') as { contributes: { viewsWelcome: Array<{ view: string; when: string }> } };
    for (const view of ['dockside.containers', 'dockside.images', 'dockside.volumes', 'dockside.networks']) {
      assert.deepEqual(
        manifest.contributes.viewsWelcome.filter((entry) => entry.view === view).map((entry) => entry.when),
        ['dockside.engine.state == connecting'],
        view,
      );
    }
  });
});
