/**
 * The mocha suite's entry inside the extension host. Both runners load it:
 * test/vscode/runInCodeServer.mjs (this machine) and runInElectron.ts
 * (@vscode/test-electron, on machines that can download VS Code).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // DOCKSIDE_VSCODE_GREP runs only the tests whose full title matches it (the extension host inherits the runner's environment).
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, grep: process.env.DOCKSIDE_VSCODE_GREP });
  for (const name of readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, name));
  }
  const log: string[] = [];
  const counts = { passed: 0, failed: 0, skipped: 0 };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      counts.passed++;
      log.push(`  ✔ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test, error: Error) => {
      counts.failed++;
      log.push(`  ✘ ${test.fullTitle()}\n      ${String(error.stack ?? error.message).split('\n').join('\n      ')}`);
    });
    runner.on('pending', (test) => {
      counts.skipped++;
      log.push(`  - ${test.fullTitle()} (skipped)`);
    });
  });
  const summary = `vscode suite: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
  // The extension host's console does not reach the outer runner; a report file does.
  const reportPath = process.env.DOCKSIDE_SUITE_REPORT;
  if (reportPath) writeFileSync(reportPath, JSON.stringify({ ...counts, log: [...log, summary].join('\n') }));
  console.log([...log, summary].join('\n'));
  if (counts.failed > 0) throw new Error(`${counts.failed} test(s) failed`);
}
