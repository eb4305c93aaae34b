/**
 * The one program runner, on real processes (shell scripts on a private PATH): arguments and
 * input arrive untouched, a missing program is told apart, and neither a time limit nor a
 * cancellation hangs on a program that ignores SIGTERM and whose child holds its output open.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runProgram } from '../../client/src/processes';

describe('the program runner', { skip: process.platform === 'win32' && 'uses POSIX shell scripts as fake programs' }, () => {
  const bin = mkdtempSync(join(tmpdir(), 'dockside-processes-'));
  after(() => rmSync(bin, { recursive: true, force: true }));
  /** An environment whose PATH holds only the given programs, each a shell script. */
  const withPrograms = (programs: Record<string, string>): NodeJS.ProcessEnv => {
    const dir = mkdtempSync(join(bin, 'path-'));
    for (const [name, script] of Object.entries(programs)) {
      writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`);
      chmodSync(join(dir, name), 0o755);
    }
    return { PATH: `${dir}:/usr/bin:/bin` };
  };
  // `trap '' TERM` is inherited through exec: `sleep` ignores SIGTERM too, and a background one holds stdout open.
  // It writes its process ID first, so a test can see that it is gone when the run ends.
  const pidFile = join(bin, 'stubborn.pid');
  const stubborn = `echo $$ > ${pidFile}; trap '' TERM; echo started; sleep 60 & exec sleep 60`;
  /** Gone, or a zombie nobody has reaped yet: either way no longer running. */
  const running = (pid: number): boolean => {
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    return stat !== '' && !/^\d+ \(.*\) Z/.test(stat);
  };

  test('arguments and input arrive as given; stdout and stderr are kept apart and together', async () => {
    const env = withPrograms({ tool: 'for a in "$@"; do echo "[$a]"; done; read line; echo "in:$line"; echo oops >&2; exit 3' });
    const outcome = await runProgram('tool', ['x; touch pwned', '$(id)', 'a b'], { env, input: 'secret\n' });
    assert.deepEqual([outcome.end, outcome.exitCode, outcome.missing], ['exited', 3, false]);
    assert.equal(outcome.stdout, '[x; touch pwned]\n[$(id)]\n[a b]\nin:secret\n');
    assert.equal(outcome.stderr, 'oops\n');
    assert.match(outcome.output, /in:secret\n[^]*oops/);
  });

  test('a program that does not exist is reported missing', async () => {
    const outcome = await runProgram('no-such-program', [], { env: { PATH: mkdtempSync(join(bin, 'empty-')) } });
    assert.deepEqual([outcome.end, outcome.missing, outcome.exitCode], ['notStarted', true, null]);
  });

  test('at the time limit, a program that ignores SIGTERM is killed and the run ends', { timeout: 20_000 }, async () => {
    const outcome = await runProgram('stubborn', [], { env: withPrograms({ stubborn }), timeoutMs: 300 });
    assert.deepEqual([outcome.end, outcome.exitCode], ['timedOut', null]);
    assert.equal(outcome.stdout, 'started\n');
    assert.equal(running(Number(readFileSync(pidFile, 'utf8'))), false, 'the program is gone');
  });

  test('a cancelled program that ignores SIGTERM is killed after its grace period', { timeout: 20_000 }, async () => {
    const controller = new AbortController();
    const outcome = await runProgram('stubborn', [], { env: withPrograms({ stubborn }), signal: controller.signal, onOutput: () => controller.abort() });
    assert.deepEqual([outcome.end, outcome.exitCode], ['cancelled', null]);
    assert.equal(running(Number(readFileSync(pidFile, 'utf8'))), false, 'the program is gone');
  });

  test('a cancellation the program obeys ends the run as cancelled, and one before the start runs nothing', async () => {
    const env = withPrograms({ polite: 'echo started; exec sleep 60', marker: `touch ${join(bin, 'ran')}` });
    const controller = new AbortController();
    const outcome = await runProgram('polite', [], { env, signal: controller.signal, onOutput: () => controller.abort() });
    assert.equal(outcome.end, 'cancelled');
    const early = await runProgram('marker', [], { env, signal: AbortSignal.abort() });
    assert.equal(early.end, 'cancelled');
    assert.equal(existsSync(join(bin, 'ran')), false);
  });
});
