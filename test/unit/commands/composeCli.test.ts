import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { composeCliStatus } from '../../../client/src/commands/composeCli';

describe('composeCliStatus', { skip: process.platform === 'win32' && 'uses POSIX shell scripts as a fake docker' }, () => {
  const bin = mkdtempSync(join(tmpdir(), 'dockside-fake-docker-'));
  after(() => rmSync(bin, { recursive: true, force: true }));
  /** A `docker` on an otherwise empty PATH that behaves as `script` says. */
  const withFakeDocker = (script: string) => {
    const dir = mkdtempSync(join(bin, 'path-'));
    writeFileSync(join(dir, 'docker'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(dir, 'docker'), 0o755);
    return { PATH: dir };
  };

  test('no docker on PATH', async () => {
    assert.equal(await composeCliStatus({ PATH: mkdtempSync(join(bin, 'empty-')) }), 'dockerMissing');
  });
  test('docker without the compose plugin', async () => {
    const env = withFakeDocker('echo "docker: unknown command: docker compose" >&2; exit 1');
    assert.equal(await composeCliStatus(env), 'composeMissing');
  });
  test('docker with compose', async () => {
    const env = withFakeDocker('[ "$1 $2" = "compose version" ] && echo "Docker Compose version v2.29.0" && exit 0; exit 2');
    assert.equal(await composeCliStatus(env), 'available');
  });
});
