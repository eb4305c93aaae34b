/**
 * Node flags for the spawned language server (and for bench/dockerfile.ts, which must measure the
 * server as users run it). V8 lets the young generation grow to 16 MB per semi-space, yet
 * everything the server keeps (a document's parse) outlives a scavenge, so a big young generation
 * only copies the same live objects for longer and keeps the pages resident afterwards. Capped at
 * 2 MB, a 12,800-line Dockerfile's full diagnostics went from p95 ≈ 200–300 ms to 70–85 ms on a
 * fresh server, and peak RSS after the corpus from ≈ 86 MB to ≈ 75 MB.
 */
export const serverExecArgv: readonly string[] = ['--max-semi-space-size=2'];
