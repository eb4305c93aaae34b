/**
 * The command palette in the real workbench: what people type finds the
 * command they mean, and every title names what it acts on.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workbench } from './support';

/** The ten most used commands and what people type for them (the `docker` CLI's words). */
const searches: ReadonlyArray<readonly [query: string, command: string]> = [
  ['docker build', 'Docker: Build Image...'],
  ['docker run', 'Docker: Run Image...'],
  ['docker logs', 'Docker: View Container Logs'],
  ['docker exec', 'Docker: Open Shell in Container (exec)'],
  ['docker stop', 'Docker: Stop Container'],
  ['docker start', 'Docker: Start Container'],
  ['docker rm', 'Docker: Remove Container (rm)...'],
  ['docker pull', 'Docker: Pull Image...'],
  ['compose up', 'Docker: Compose Up'],
  ['compose down', 'Docker: Compose Down'],
];

describe('Command palette', () => {
  before(async () => {
    await vscode.extensions.getExtension('dockside.dockside')!.activate();
  });

  for (const [query, command] of searches) {
    it(`"${query}" finds ${command}`, async function () {
      const page = workbench();
      if (!page) return this.skip();
      const rows = await page.palette(query);
      const found = rows.findIndex((row) => row === command || row.startsWith(`${command},`));
      assert.ok(found >= 0, `${command} is listed for "${query}": ${rows.join(' | ')}`);
      // Past the matches the palette lists "similar commands" it guessed: the command must be a match.
      const firstGuess = rows.findIndex((row) => row.includes(', similar commands'));
      assert.ok(firstGuess === -1 || found < firstGuess, `${command} is a match for "${query}", not a guess: ${rows.join(' | ')}`);
      assert.ok(found < 3, `${command} is among the first three for "${query}": ${rows.join(' | ')}`);
    });
  }

  it('"docker" alone lists the Docker commands, and "kill" says what it kills', async function () {
    const page = workbench();
    if (!page) return this.skip();
    const rows = await page.palette('docker');
    assert.ok(rows.length >= 10, `the list is full: ${rows.join(' | ')}`);
    assert.deepEqual(rows.filter((row) => !row.startsWith('Docker: ')), [], 'every command shown is a Docker command');
    assert.ok((await page.palette('kill')).includes('Docker: Kill Container'));
  });

});
