/**
 * The vscode tier under @vscode/test-electron, for machines that can download
 * VS Code: the same suite and sample workspace as runInCodeServer.mjs.
 *   npm run test:electron
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  const workspace = join(mkdtempSync(join(tmpdir(), 'dockside-electron-')), 'workspace');
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/vscode/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
