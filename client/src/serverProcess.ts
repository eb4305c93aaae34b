/**
 * How the language server process is started, shared with bench/dockerfile.ts, which must measure
 * the server as users run it.
 *
 * V8 lets the young generation grow to 16 MB per semi-space, yet everything the server keeps (a
 * document's parse) outlives a scavenge, so a big young generation only copies the same live
 * objects for longer and keeps the pages resident afterwards. Capped at 2 MB, peak RSS after the
 * corpus went from ≈ 90 MB to ≈ 77 MB and corpus diagnostics p95 from 7.7 to ≈ 4.5 ms.
 */
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=2'];

/**
 * glibc gives each thread that allocates its own malloc arena and keeps the arenas' pages; V8's
 * compiler and GC worker threads each fill one. One arena shared by all took peak RSS after the
 * corpus from ≈ 77 MB to ≈ 70 MB (Linux only; other platforms ignore the variable).
 */
export function serverEnvironment(inherited: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...inherited, MALLOC_ARENA_MAX: '1' };
}
