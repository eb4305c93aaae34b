/**
 * Extension activation time in a real VS Code (the VS Code server, headless
 * Chromium), measured by bench/vscode/activationRunner.ts in the extension host.
 * Prints the figure; never passes or fails on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`skipped: no Chromium at ${chromium}`);
} else {
  const scratch = mkdtempSync(join(tmpdir(), 'dockside-bench-activation-'));
  const results = join(scratch, 'results.json');
  spawnSync(process.execPath, [join(root, 'test/vscode/runInCodeServer.mjs')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DOCKSIDE_VSCODE_RUNNER: join(root, 'out/bench/vscode/activationRunner.js'), DOCKSIDE_TEST_RESULTS: results },
  });
  if (!existsSync(results) || JSON.parse(readFileSync(results, 'utf8')).failed > 0) process.exitCode = 1;
  rmSync(scratch, { recursive: true, force: true });
}
