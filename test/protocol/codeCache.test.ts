/**
 * The server's V8 code cache (server/src/start.ts): written by the first start, read and left as it
 * is by the next, and never in the way of a start when it is corrupt or cannot be written.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { HoverRequest, MarkupContent } from 'vscode-languageserver-protocol/node';
import { serverArguments } from '../../client/src/serverProcess';
import { docksideServer, LspTestClient } from '../support/lspClient';

const scratch = mkdtempSync(join(tmpdir(), 'dockside-code-cache-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Starts the server with `cacheDirectory`, checks that it explains EXPOSE on hover, and stops it. */
async function startAndHover(cacheDirectory: string): Promise<void> {
  const client = await LspTestClient.start({ command: [docksideServer, '--stdio', ...serverArguments(cacheDirectory)], locale: 'en' });
  try {
    const uri = 'file:///code-cache/Dockerfile';
    await client.open(uri, 'dockerfile', 'FROM alpine:3.20\nEXPOSE 80\n');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /EXPOSE/);
  } finally {
    assert.equal(await client.stop(), 0, 'the server exits cleanly');
  }
}

/** The one file in `directory` (the cache; a half-written one would be a second file). */
function onlyFile(directory: string): string {
  const files = readdirSync(directory);
  assert.equal(files.length, 1, `one file in the cache directory (got ${files.join(', ')})`);
  assert.match(files[0], /\.cache$/);
  return join(directory, files[0]);
}

describe('server code cache', () => {
  test('the first start writes the cache (making its directory), and the next start reads it without writing it again', async () => {
    const directory = join(scratch, 'fresh', 'code-cache');
    await startAndHover(directory);
    const cache = onlyFile(directory);
    const written = statSync(cache);
    assert.ok(written.size > 100_000, `a cache of the whole bundle (${written.size} bytes)`);

    await startAndHover(directory);
    // A rejected cache is replaced by renaming a new file over it, which would change the inode.
    assert.equal(statSync(onlyFile(directory)).ino, written.ino, 'the cache was accepted, not replaced');
  });

  test('a corrupt cache is replaced, and the server starts as usual', async () => {
    const directory = join(scratch, 'corrupt');
    await startAndHover(directory);
    const cache = onlyFile(directory);
    writeFileSync(cache, 'not a V8 code cache');

    await startAndHover(directory);
    assert.notEqual(readFileSync(onlyFile(directory), 'utf8'), 'not a V8 code cache');
  });

  test('a cache directory that cannot be made does not stop the server', async () => {
    const blocker = join(scratch, 'blocker');
    mkdirSync(scratch, { recursive: true });
    writeFileSync(blocker, 'a file where the cache directory would go');
    await startAndHover(join(blocker, 'code-cache'));
    assert.equal(readFileSync(blocker, 'utf8'), 'a file where the cache directory would go');
  });
});
