/**
 * The VSIX a user installs: bundled code only (no node_modules), the manifest
 * with its translations, and small. Packs the current build with @vscode/vsce.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = join(__dirname, '..', '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'dockside-vsix-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function vsce(...args: string[]): string {
  return execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), ...args, '--no-dependencies'], {
    cwd: root,
    encoding: 'utf8',
  });
}

test('the VSIX holds the bundles, manifest and translations but no node_modules', () => {
  const files = vsce('ls').split('\n').map((line) => line.trim()).filter(Boolean);
  for (const expected of ['dist/extension.js', 'dist/dockerode.js', 'dist/server.js', 'dist/server-main.js', 'dist/knowledge.js', 'dist/yaml.js', 'package.json', 'package.nls.ko.json', 'l10n/bundle.l10n.ko.json']) {
    assert.ok(files.includes(expected), `${expected} is packaged (got ${files.join(', ')})`);
  }
  assert.deepEqual(files.filter((file) => file.startsWith('node_modules/') || file.startsWith('out/') || file.endsWith('.map')), []);
});

test('the VSIX stays under 1.5 MiB', () => {
  const vsix = join(scratch, 'dockside.vsix');
  vsce('package', '--allow-missing-repository', '--out', vsix);
  const size = statSync(vsix).size;
  assert.ok(size < 1.5 * 1024 * 1024, `VSIX is ${(size / 1024 / 1024).toFixed(2)} MiB`);
});

/** The first character of `text` above U+007F, with a little context, or undefined. */
function firstNonAscii(text: string): string | undefined {
  const at = text.search(/[^\x00-\x7f]/);
  return at < 0 ? undefined : JSON.stringify(text.slice(Math.max(0, at - 40), at + 10));
}

// V8 keeps a script's source for lazy compilation, one byte a character only while every character is
// Latin-1: a single • in a regular expression literal (esbuild escapes strings, not those) doubles the
// server's source in memory (0.5 MB more right after initialize). Checked on a production build, whose
// comments are gone.
test('the production server and knowledge bundles are ASCII', () => {
  const dist = join(scratch, 'production');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production', `--dist=${dist}`], { cwd: root });
  for (const bundle of ['server.js', 'server-main.js', 'knowledge.js', 'yaml.js']) {
    assert.equal(firstNonAscii(readFileSync(join(dist, bundle), 'utf8')), undefined, bundle);
  }
});
