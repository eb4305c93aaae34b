/**
 * Whether the `docker compose` CLI can run, told apart the way the user fixes
 * it: no `docker` at all, or `docker` without the Compose plugin. `vscode`-free.
 */
import { execFile } from 'node:child_process';

export type ComposeCliStatus = 'available' | 'dockerMissing' | 'composeMissing';

export function composeCliStatus(env: NodeJS.ProcessEnv = process.env): Promise<ComposeCliStatus> {
  return new Promise((resolve) => {
    execFile('docker', ['compose', 'version'], { env, timeout: 10_000 }, (error) => {
      if (!error) resolve('available');
      else resolve((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'dockerMissing' : 'composeMissing');
    });
  });
}
