import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { locateBuildFailure } from '../../client/src/commands/buildErrors';
import { buildImage, dockerfileStages, stepOf } from '../../client/src/commands/buildImage';
import { contextEntries } from '../../client/src/commands/contextArchive';
import { busyboxImage, ensureBusyboxImage, newRunId, removeTestObjects, testLabels } from '../support/engineFixtures';

const docker = new Docker();
const runId = newRunId();
const contexts: string[] = [];
/** Outputs of failed builds: the classic builder leaves their last good step behind as an untagged image. */
const failedOutputs: string[] = [];

/** Removes the untagged images a failed build left, newest first; tagged ones (the shared busybox) are kept. */
async function removeLeftoverImages(): Promise<void> {
  const ids = failedOutputs.flatMap((output) => [...output.matchAll(/^ ---> ([0-9a-f]{12})$/gm)].map((match) => match[1])).reverse();
  for (const id of new Set(ids)) {
    const info = await docker.getImage(id).inspect().catch(() => undefined);
    if (info && (info.RepoTags ?? []).length === 0) await docker.getImage(id).remove().catch(() => undefined);
  }
}

/** A build context on disk: name → content. */
function makeContext(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-build-cmd-'));
  contexts.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('build command against the engine', () => {
  before(() => ensureBusyboxImage(docker));
  after(async () => {
    for (const dir of contexts) rmSync(dir, { recursive: true, force: true });
    await removeLeftoverImages();
    await removeTestObjects(docker, runId);
  });

  test('builds with the step shown, respects .dockerignore, and yields the image', async () => {
    const context = makeContext({
      'docker/app.Dockerfile': `FROM ${busyboxImage}\nCOPY . /ctx\nRUN test -e /ctx/src/kept.txt\nRUN test ! -e /ctx/secret.env && test ! -e /ctx/logs/debug.log\n`,
      'src/kept.txt': 'kept',
      'secret.env': 'TOKEN=1',
      'logs/debug.log': 'noise',
      '.dockerignore': 'secret.env\nlogs/\n',
    });
    assert.deepEqual(
      (await contextEntries(context, 'docker/app.Dockerfile')).map((entry) => entry.path),
      ['.dockerignore', 'docker', 'docker/app.Dockerfile', 'src', 'src/kept.txt'],
    );
    const steps: string[] = [];
    const result = await buildImage(
      docker,
      { contextDir: context, dockerfile: 'docker/app.Dockerfile', tag: `dockside-test/build-${runId}:ok`, labels: testLabels(runId) },
      (text) => {
        const step = stepOf(text);
        if (step) steps.push(`${step.step}/${step.total} ${step.instruction}`);
      },
    );
    assert.equal(result.error, undefined, result.output);
    assert.ok(result.imageId?.startsWith('sha256:'));
    // The classic builder applies build labels as one extra, last step.
    assert.deepEqual(steps, [
      `1/5 FROM ${busyboxImage}`,
      '2/5 COPY . /ctx',
      '3/5 RUN test -e /ctx/src/kept.txt',
      '4/5 RUN test ! -e /ctx/secret.env && test ! -e /ctx/logs/debug.log',
      `5/5 LABEL dockside.test=${runId}`,
    ]);
    assert.equal((await docker.getImage(`dockside-test/build-${runId}:ok`).inspect()).Id, result.imageId);
  });

  test('a failing RUN is mapped to its Dockerfile line (comments, blank lines and continuations in between)', async () => {
    const dockerfile = [
      '# syntax reminder: this is the classic builder',
      `FROM ${busyboxImage} AS base`,
      '',
      'RUN echo preparing && \\',
      '    # a comment inside the continuation',
      '    echo done',
      '',
      'FROM base AS test',
      'RUN echo about to fail && \\',
      '    exit 3',
      'CMD ["sh"]',
      '',
    ].join('\n');
    const context = makeContext({ Dockerfile: dockerfile });
    assert.deepEqual(dockerfileStages(dockerfile), ['base', 'test']);
    const result = await buildImage(
      docker,
      { contextDir: context, dockerfile: 'Dockerfile', tag: `dockside-test/build-${runId}:fail`, target: 'test', labels: testLabels(runId) },
      () => undefined,
    );
    failedOutputs.push(result.output);
    assert.match(result.error ?? '', /returned a non-zero code: 3/);
    assert.equal(result.imageId, undefined);
    const location = locateBuildFailure(dockerfile, result.output);
    assert.deepEqual(location, { startLine: 8, endLine: 9, message: result.error });
  });

  test('a COPY of a file excluded by .dockerignore fails on the COPY line', async () => {
    const dockerfile = `FROM ${busyboxImage}\nCOPY kept.txt /kept.txt\nCOPY ignored.txt /ignored.txt\n`;
    const context = makeContext({ Dockerfile: dockerfile, 'kept.txt': 'k', 'ignored.txt': 'i', '.dockerignore': 'ignored.txt\n' });
    const result = await buildImage(docker, { contextDir: context, dockerfile: 'Dockerfile', tag: `dockside-test/build-${runId}:copy`, labels: testLabels(runId) }, () => undefined);
    failedOutputs.push(result.output);
    assert.match(result.error ?? '', /ignored\.txt/);
    assert.equal(locateBuildFailure(dockerfile, result.output)?.startLine, 2);
  });

  test('a parse error comes back as an error with its line', async () => {
    const dockerfile = `FROM ${busyboxImage}\nRUN true\nRUNN false\n`;
    const context = makeContext({ Dockerfile: dockerfile });
    const result = await buildImage(docker, { contextDir: context, dockerfile: 'Dockerfile', tag: `dockside-test/build-${runId}:parse` }, () => undefined);
    assert.match(result.error ?? '', /unknown instruction: RUNN/i);
    assert.equal(locateBuildFailure(dockerfile, result.output)?.startLine, 2);
  });

  test('an allow-list .dockerignore (`*` then `!src`) still sends the Dockerfile, as the CLI does', async () => {
    const dockerfile = `FROM ${busyboxImage}\nCOPY src /src\nRUN test -e /src/a.txt && test ! -e /notes.md\n`;
    const context = makeContext({ Dockerfile: dockerfile, 'src/a.txt': 'a', 'notes.md': 'n', '.dockerignore': '*\n!src\n' });
    const result = await buildImage(
      docker,
      { contextDir: context, dockerfile: 'Dockerfile', tag: `dockside-test/build-${runId}:allow`, labels: testLabels(runId) },
      () => undefined,
    );
    assert.equal(result.error, undefined, result.output);
  });

  test('cancelling stops the build: no image is tagged', async () => {
    const context = makeContext({ Dockerfile: `FROM ${busyboxImage}\nRUN sleep 30\n` });
    const abort = new AbortController();
    const tag = `dockside-test/build-${runId}:cancelled`;
    const started = Date.now();
    await assert.rejects(
      buildImage(docker, { contextDir: context, dockerfile: 'Dockerfile', tag, labels: testLabels(runId), signal: abort.signal }, (text) => {
        if (text.includes('Running in')) abort.abort();
      }),
    );
    assert.ok(Date.now() - started < 20_000, 'cancelled well before the step would finish');
    await assert.rejects(docker.getImage(tag).inspect(), (error: { statusCode?: number }) => error.statusCode === 404);
  });
});
