/**
 * Runs a benchmark against the local engine: skipped (with a line saying why) when no engine
 * answers; the busybox test image built; everything labelled with the run's id removed after,
 * however the benchmark ended; the process exits with the outcome.
 */
import { performance } from 'node:perf_hooks';
import type Docker from 'dockerode';
import { ensureBusyboxImage, newRunId, removeTestObjects } from '../../test/support/engineFixtures';

export function runEngineBench(docker: Docker, bench: (runId: string) => Promise<void>): void {
  const main = async (): Promise<void> => {
    try {
      await docker.ping();
    } catch (error) {
      console.log(`skipped: no Docker Engine answers (${(error as Error).message})`);
      return;
    }
    await ensureBusyboxImage(docker);
    const runId = newRunId();
    try {
      await bench(runId);
    } finally {
      const started = performance.now();
      await removeTestObjects(docker, runId);
      console.log(`(removed the benchmark's containers in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  };
  void main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
