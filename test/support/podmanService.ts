/**
 * A real Podman for the tests: `podman system service` on a private socket in
 * a temporary folder (see shared/recipes/registry-podman-compose.md). The
 * engine and vscode tiers start one (test/run.mjs) and hand it to the tests
 * as DOCKSIDE_PODMAN_HOST; a test file run on its own starts its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PodmanService {
  /** `unix://…/podman.sock`, for DOCKER_HOST, a Docker context or dockerode. */
  readonly host: string;
  readonly socketPath: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Why Podman cannot be started here, or `undefined` when it can. */
export function podmanUnavailableReason(): string | undefined {
  const probe = spawnSync('podman', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'podman is not installed (apt-get install podman)';
  return undefined;
}

/** Starts the service and resolves once it answers `/_ping`. */
export async function startPodmanService(): Promise<PodmanService> {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-podman-'));
  // This machine's hard open-files limit is below Podman's default container ulimit:
  // without this, every container fails to start ("error setting rlimit type 7").
  const containersConf = join(dir, 'containers.conf');
  writeFileSync(containersConf, '[containers]\ndefault_ulimits = []\n');
  const socketPath = join(dir, 'podman.sock');
  const appeared = socketAppears(dir, 'podman.sock');
  const child = spawn('podman', ['system', 'service', '--time=0', `unix://${socketPath}`], {
    env: { ...process.env, CONTAINERS_CONF: containersConf },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`podman system service exited (${code}): ${stderr.slice(-1000)}`))),
  );
  try {
    await Promise.race([appeared, exited]);
    await Promise.race([ping(socketPath), exited]);
  } catch (error) {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  exited.catch(() => undefined);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { host: `unix://${socketPath}`, socketPath, pid: child.pid!, stop };
}

/** Resolves when `name` exists in `dir` (the service creates its socket once it listens). */
function socketAppears(dir: string, name: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dir, () => {
      if (!existsSync(join(dir, name))) return;
      watcher.close();
      resolve();
    });
    if (existsSync(join(dir, name))) {
      watcher.close();
      resolve();
    }
  });
}

function ping(socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: '/_ping' }, (response) => {
      response.resume();
      if (response.statusCode === 200) resolve();
      else reject(new Error(`podman answered /_ping with ${response.statusCode}`));
    });
    req.on('error', reject);
    req.end();
  });
}
