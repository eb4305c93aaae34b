// Checks shared by the test runner and the tiers: is there an engine to test against, a font for Korean?
import { execFileSync } from 'node:child_process';
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

/**
 * `undefined` when fontconfig lists a font with Korean glyphs, else why not: without one the
 * workbench draws Korean as boxes, and the vscode tier's Korean UI test checks that it does not.
 */
export function koreanFontMissingReason() {
  try {
    const families = execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).trim();
    return families === '' ? 'no font with Korean glyphs (apt-get install fonts-noto-cjk, or fonts-nanum)' : undefined;
  } catch (error) {
    return `fontconfig cannot list fonts (${error.code ?? error.message}); apt-get install fontconfig fonts-noto-cjk`;
  }
}
