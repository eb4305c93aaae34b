/** How the benchmarks start our server: as users run it, with the Node flags and arguments the extension starts it with. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverArguments, serverExecArgv } from '../../client/src/serverProcess';

/**
 * `node` arguments for the server at `serverPath` over stdio. Its code cache directory is empty at
 * first (the first start compiles the server and writes the cache the later ones read, as for a
 * user) and is removed when the benchmark exits.
 */
export function docksideCommand(serverPath: string): string[] {
  const codeCacheDirectory = mkdtempSync(join(tmpdir(), 'dockside-bench-code-cache-'));
  process.on('exit', () => rmSync(codeCacheDirectory, { recursive: true, force: true }));
  return [...serverExecArgv, serverPath, '--stdio', ...serverArguments(codeCacheDirectory)];
}
