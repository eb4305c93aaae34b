// Checks shared by the test runner and the tiers: is there an engine to test against?
import { existsSync } from 'node:fs';
import Docker from 'dockerode';

export const busyboxPath = process.env.BUSYBOX_PATH ?? '/bin/busybox';

/** `undefined` when a Docker Engine answers and static busybox exists, else why not. */
export async function engineUnavailableReason() {
  if (!existsSync(busyboxPath)) return `no static busybox at ${busyboxPath} (apt-get install busybox-static)`;
  try {
    await new Docker().ping();
    return undefined;
  } catch (error) {
    return `no Docker Engine answers (${error.code ?? error.message}); start dockerd (see shared/recipes/docker-engine.md)`;
  }
}
