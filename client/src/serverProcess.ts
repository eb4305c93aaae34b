/**
 * How the language server process is started, shared with bench/dockerfile.ts, which must measure
 * the server as users run it.
 *
 * `--max-semi-space-size=2`: V8 lets the young generation grow to 16 MB per semi-space, yet
 * everything the server keeps (a document's parse) outlives a scavenge, so a big young generation
 * only copies the same live objects for longer and keeps the pages resident afterwards. Capped at
 * 2 MB, peak RSS after the corpus went from ≈ 90 MB to ≈ 77 MB and corpus diagnostics p95 from 7.7
 * to ≈ 4.5 ms.
 *
 * `--v8-pool-size=1`: V8 runs its optimizing compiler and parallel GC work on a pool of background
 * threads (four by default). While the first large file is read, dozens of functions are compiled
 * at once, and on a two-core machine those threads take the server's own thread off its core,
 * which also stretches every scavenge it waits for. With one background thread the main thread
 * keeps its core: on the 12,800-line benchmark file the first open went from ≈ 100 to ≈ 67 ms and
 * the second from ≈ 50 to ≈ 32 ms (later opens are unchanged, at ≈ 20 ms).
 */
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=2', '--v8-pool-size=1'];

/**
 * The server's own arguments: where it keeps the V8 code cache of its bundle (server/src/start.ts),
 * so that every start after the first skips compiling it (spawn → `initialize` ≈ 87 → 75 ms).
 */
export function serverArguments(codeCacheDirectory: string): string[] {
  return [`--code-cache-dir=${codeCacheDirectory}`];
}

/**
 * glibc gives each thread that allocates its own malloc arena and keeps the arenas' pages; V8's
 * compiler and GC worker threads each fill one. One arena shared by all took peak RSS after the
 * corpus from ≈ 77 MB to ≈ 70 MB (Linux only; other platforms ignore the variable).
 */
export function serverEnvironment(inherited: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...inherited, MALLOC_ARENA_MAX: '1' };
}
