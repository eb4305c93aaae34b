/**
 * A real registry for tests: Debian's `docker-registry` (the CNCF distribution registry 2.8) on
 * 127.0.0.1 on a free port, with htpasswd (bcrypt) logins made by `htpasswd`, in a private folder.
 * The engine treats 127.0.0.0/8 registries as insecure, so it pushes and pulls over plain HTTP.
 * `stop()` ends only the process this started and removes its folder.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './engineFixtures';

export interface TestRegistry {
  /** `127.0.0.1:PORT`: the registry part of image references, and its credential key. */
  readonly address: string;
  stop(): Promise<void>;
}

/** `undefined` when the registry and htpasswd are installed, else what is missing. */
export function registryUnavailableReason(): string | undefined {
  for (const program of ['docker-registry', 'htpasswd']) {
    if (spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0) return `${program} is not installed (apt-get install docker-registry apache2-utils)`;
  }
  return undefined;
}

function htpasswdLine(user: string, password: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('htpasswd', ['-nbB', user, password], (error, stdout) => (error ? reject(error) : resolve(stdout.trim())));
  });
}

/** Starts a registry whose logins are `users` (name → password); resolves once it listens. */
export async function startTestRegistry(users: Readonly<Record<string, string>>): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-registry-'));
  const lines = await Promise.all(Object.entries(users).map(([user, password]) => htpasswdLine(user, password)));
  writeFileSync(join(dir, 'htpasswd'), `${lines.join('\n')}\n`);
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: info',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${address}`,
      // A fixed secret, so the registry does not warn that it made one up.
      `  secret: dockside-test-${port}`,
      'auth:',
      '  htpasswd:',
      '    realm: dockside-test',
      `    path: ${join(dir, 'htpasswd')}`,
      '',
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let said = '';
    const listen = (chunk: Buffer) => (said += chunk.toString());
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    await new Promise<void>((resolve, reject) => {
      const check = () => said.includes(`listening on ${address}`) && resolve();
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`docker-registry exited (${code}) before listening:\n${said}`)));
    });
    // Its log is not needed once it listens; the pipes are still read so that they never fill up.
    child.stdout.removeAllListeners('data').resume();
    child.stderr.removeAllListeners('data').resume();
  } catch (error) {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    address,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
