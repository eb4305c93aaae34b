/**
 * Running the compose CLI for real (fake programs on a private PATH): the
 * detection's runner tells a missing program from a failing one, the run
 * streams output and passes every argument through untouched, and aborting
 * stops the program.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { detectComposeCli } from '../../../client/src/compose/cli';
import { programRunner, runCompose } from '../../../client/src/compose/run';

describe('running the compose CLI', { skip: process.platform === 'win32' && 'uses POSIX shell scripts as fake programs' }, () => {
  const bin = mkdtempSync(join(tmpdir(), 'dockside-fake-compose-'));
  after(() => rmSync(bin, { recursive: true, force: true }));
  /** A PATH holding only the given programs, each a shell script. */
  const path = (programs: Record<string, string>): Record<string, string> => {
    const dir = mkdtempSync(join(bin, 'path-'));
    for (const [name, script] of Object.entries(programs)) {
      writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`);
      chmodSync(join(dir, name), 0o755);
    }
    return { PATH: `${dir}:/usr/bin:/bin` };
  };

  test('auto: docker without its compose plugin is passed over for docker-compose', async () => {
    const env = path({
      docker: 'echo "docker: \'compose\' is not a docker command." >&2; exit 1',
      'docker-compose': '[ "$1" = version ] && echo "docker-compose version 1.29.2, build unknown" && exit 0; exit 2',
    });
    const detection = await detectComposeCli('auto', programRunner(env));
    assert.equal(detection.status, 'found');
    assert.deepEqual(detection.status === 'found' && [detection.cli.command.program, detection.cli.implementation, detection.cli.version], ['docker-compose', 'compose-v1', '1.29.2']);
  });

  test('nothing installed: each program is reported missing or failing', async () => {
    const env = { PATH: mkdtempSync(join(bin, 'empty-')) };
    const detection = await detectComposeCli('auto', programRunner(env));
    assert.deepEqual(detection.status === 'notFound' && detection.tried.map((attempt) => attempt.reason), ['not installed', 'not installed', 'not installed', 'not installed']);
  });

  test('detection passes over a program that ignores SIGTERM, killed at the time limit rather than left running', { timeout: 20_000 }, async () => {
    const env = path({
      docker: `echo $$ > ${join(bin, 'docker.pid')}; trap '' TERM; sleep 60 & exec sleep 60`,
      'docker-compose': '[ "$1" = version ] && echo "docker-compose version 1.29.2, build unknown" && exit 0; exit 2',
    });
    const detection = await detectComposeCli('auto', programRunner(env, 300));
    assert.equal(detection.status, 'found');
    assert.equal(detection.status === 'found' && detection.cli.command.program, 'docker-compose');
    const pid = readFileSync(join(bin, 'docker.pid'), 'utf8').trim();
    const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    assert.ok(stat === '' || /^\d+ \(.*\) Z/.test(stat), `docker (pid ${pid}) is no longer running: ${stat}`);
  });

  test('a run streams the output and gets every argument as it was given', async () => {
    const env = path({ compose: 'for a in "$@"; do echo "[$a]"; done; echo oops >&2; exit 3' });
    const chunks: string[] = [];
    const result = await runCompose({ program: 'compose', args: ['--project-name', 'x; touch pwned', '--', '$(id)', 'a b'] }, { env, onOutput: (text) => chunks.push(text) });
    assert.equal(result.exitCode, 3);
    assert.equal(chunks.join(''), result.output);
    assert.match(result.output, /^\[--project-name\]\n\[x; touch pwned\]\n\[--\]\n\[\$\(id\)\]\n\[a b\]\n/);
    assert.match(result.output, /oops/);
  });

  test('aborting stops the program', async () => {
    const env = path({ compose: 'echo started; exec sleep 30' });
    const controller = new AbortController();
    const result = runCompose({ program: 'compose', args: [] }, { env, signal: controller.signal, onOutput: () => controller.abort() });
    assert.equal((await result).exitCode, null);
  });
});
