import assert from 'node:assert/strict';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { chooseBuilder, probeBuilder } from '../../client/src/buildkit/builder';
import { locateFailedStep } from '../../client/src/buildkit/failureLocation';
import { locateBuildFailure } from '../../client/src/commands/buildErrors';
import { buildImage, stepOf, type BuildEnvironment, type BuildRequest } from '../../client/src/commands/buildImage';
import { contextEntries } from '../../client/src/commands/contextArchive';
import { parseDockerfile } from '../../server/src/dockerfile/parser';
import { buildInfo } from '../../server/src/service/dockerfile/buildInfo';
import { busyboxImage, ensureBusyboxImage, newRunId, processesWith, removeTestObjects, testLabels } from '../support/engineFixtures';
import { testEngines } from '../support/testEngines';

const docker = new Docker();
const runId = newRunId();
const contexts: string[] = [];
/** Outputs of failed builds: the classic builder leaves their last good step behind as an untagged image. */
const failedOutputs: string[] = [];

/** Removes the untagged images a failed build left, newest first; tagged ones (the shared busybox) are kept. */
async function removeLeftoverImages(docker: Docker): Promise<void> {
  // Docker prints ` ---> 1a2b3c4d5e6f`, Podman `--> 1a2b3c4d5e6`.
  const ids = failedOutputs.flatMap((output) => [...output.matchAll(/^ ?--?-> ([0-9a-f]{11,12})$/gm)].map((match) => match[1])).reverse();
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

/** What the build command gives a build, recording the output and the steps; no registry logins. */
function environment(onOutput: (text: string) => void = () => undefined): BuildEnvironment & { readonly steps: string[] } {
  const steps: string[] = [];
  return {
    steps,
    credentials: async () => undefined,
    allCredentials: async () => new Map(),
    env: {},
    output: onOutput,
    step: (step) => {
      if (steps.at(-1) !== step) steps.push(step);
    },
  };
}

function classic(request: Omit<BuildRequest, 'builder'>): BuildRequest {
  return { ...request, builder: 'classic' };
}

function buildkit(request: Omit<BuildRequest, 'builder'>): BuildRequest {
  return { ...request, builder: 'buildkit' };
}

/** Runs `cat path` in a throwaway container of `image` and resolves to what it printed. */
async function fileInImage(image: string, path: string): Promise<string> {
  const container = await docker.createContainer({ Image: image, Cmd: ['cat', path], Labels: testLabels(runId) });
  try {
    await container.start();
    await container.wait();
    const log = (await container.logs({ stdout: true, stderr: true })) as Buffer;
    // Strip the 8-byte stream headers of the multiplexed log.
    let text = '';
    for (let at = 0; at + 8 <= log.length; at += 8 + log.readUInt32BE(at + 4)) text += log.subarray(at + 8, at + 8 + log.readUInt32BE(at + 4)).toString();
    return text;
  } finally {
    await container.remove({ force: true });
  }
}

describe('the builder is chosen by what this engine says', () => {
  test('this Docker Engine gets BuildKit', async () => {
    const probe = await probeBuilder(docker);
    assert.ok(probe.components.includes('Engine'), JSON.stringify(probe));
    assert.equal(chooseBuilder(probe).builder, 'buildkit');
  });

  test('Podman gets the classic builder, because it is Podman (it has no BuildKit session API)', async () => {
    const podman = testEngines.find((target) => target.kind === 'podman')!;
    const probe = await probeBuilder(await podman.ready());
    assert.ok(probe.components.includes('Podman Engine'), JSON.stringify(probe));
    assert.deepEqual(chooseBuilder(probe), { builder: 'classic', reason: 'podman' });
  });
});

describe('builds through BuildKit against the engine', () => {
  before(() => ensureBusyboxImage(docker));
  after(async () => {
    for (const dir of contexts) rmSync(dir, { recursive: true, force: true });
    await removeTestObjects(docker, runId);
  });

  test('RUN --mount=type=cache and an ARG: the build argument reaches the image, under every tag', async () => {
    const greeting = `hello from ${runId}`;
    const dockerfile = [
      `FROM ${busyboxImage}`,
      'ARG GREETING=unset',
      'RUN --mount=type=cache,target=/cache echo "$GREETING" > /cache/greeting && cp /cache/greeting /greeting && cat /greeting',
      'ENV GREETING_WAS=$GREETING',
      '',
    ].join('\n');
    const tags = [`dockside-test/bk-${runId}:one`, `dockside-test/bk-${runId}:two`];
    let log = '';
    const env = environment((text) => (log += text));
    const result = await buildImage(
      docker,
      buildkit({ contextDir: makeContext({ Dockerfile: dockerfile }), dockerfile: 'Dockerfile', tags, buildArgs: { GREETING: greeting }, labels: testLabels(runId) }),
      env,
    );
    assert.equal(result.error, undefined, result.output);
    assert.ok(result.imageId?.startsWith('sha256:'), result.output);
    assert.equal(result.output, log, 'everything printed was streamed');
    // The log reads as `docker buildx build --progress=plain`: the step, its own output, its duration.
    // BuildKit before 0.10 names the one stage `stage-0`; later versions leave it out.
    assert.match(log, /^#\d+ \[(stage-0 )?2\/2\] RUN --mount=type=cache,target=\/cache echo "hello from \S+" > \/cache\/greeting/m);
    assert.match(log, new RegExp(`^#\\d+ \\d+\\.\\d{3} ${greeting}$`, 'm'));
    assert.match(log, /^#\d+ DONE \d+\.\ds$/m);
    assert.ok(env.steps.some((step) => /^\[(stage-0 )?2\/2\] RUN --mount=type=cache/.test(step)), env.steps.join('\n'));
    for (const tag of tags) assert.equal((await docker.getImage(tag).inspect()).Id, result.imageId);
    const image = await docker.getImage(tags[0]).inspect();
    assert.ok(image.Config.Env?.includes(`GREETING_WAS=${greeting}`), image.Config.Env?.join(' '));
    assert.equal(image.Config.Labels?.['dockside.test'], runId);
    assert.equal((await fileInImage(tags[0], '/greeting')).trim(), greeting);

    const again = await buildImage(
      docker,
      buildkit({ contextDir: makeContext({ Dockerfile: dockerfile }), dockerfile: 'Dockerfile', tags, buildArgs: { GREETING: greeting }, labels: testLabels(runId) }),
      environment(),
    );
    assert.match(again.output, /^#\d+ CACHED$/m, 'an unchanged step is reported CACHED');
  });

  test('the platform option builds for that platform (a build with no RUN needs no emulation)', async () => {
    const own = (await docker.version()).Arch;
    const other = own === 'arm64' ? 'amd64' : 'arm64';
    const tag = `dockside-test/bk-${runId}:${other}`;
    const result = await buildImage(
      docker,
      buildkit({ contextDir: makeContext({ Dockerfile: 'FROM scratch\nCOPY a.txt /a.txt\n', 'a.txt': 'a' }), dockerfile: 'Dockerfile', tags: [tag], platform: `linux/${other}`, labels: testLabels(runId) }),
      environment(),
    );
    assert.equal(result.error, undefined, result.output);
    assert.equal((await docker.getImage(tag).inspect()).Architecture, other);
  });

  test('a failing RUN in a named stage maps to its lines, even with its text changed by an ARG', async () => {
    const dockerfile = [
      `FROM ${busyboxImage} AS base`,
      'WORKDIR /work',
      'RUN echo preparing',
      '',
      'FROM base AS test',
      'ARG CODE=3',
      '# a comment before the failing step',
      'RUN echo about to fail with $CODE && \\',
      '    exit $CODE',
      'CMD ["sh"]',
      '',
    ].join('\n');
    const result = await buildImage(
      docker,
      buildkit({ contextDir: makeContext({ Dockerfile: dockerfile }), dockerfile: 'Dockerfile', tags: [`dockside-test/bk-${runId}:fail`], target: 'test', buildArgs: { CODE: '4' } }),
      environment(),
    );
    assert.match(result.error ?? '', /exit code: 4/);
    assert.equal(result.imageId, undefined);
    assert.match(result.failedStep?.name ?? '', /^\[test \d\/\d\] RUN echo about to fail with 4/);
    assert.match(result.output, /^#\d+ \d+\.\d{3} about to fail with 4$/m);
    assert.match(result.output, /^#\d+ ERROR: .*exit code: 4/m);
    const info = buildInfo(parseDockerfile(dockerfile, 'file:///Dockerfile', 1));
    assert.deepEqual(locateFailedStep(result.failedStep!.name, info), { startLine: 7, endLine: 8 });
  });

  test('a Dockerfile parse error names its line', async () => {
    const dockerfile = `FROM ${busyboxImage}\nRUN true\nRUNN false\n`;
    const result = await buildImage(docker, buildkit({ contextDir: makeContext({ Dockerfile: dockerfile }), dockerfile: 'Dockerfile', tags: [`dockside-test/bk-${runId}:parse`] }), environment());
    assert.match(result.error ?? '', /unknown instruction: RUNN/i);
    assert.equal(locateBuildFailure(dockerfile, result.output)?.startLine, 2);
  });

  test('secrets reach RUN --mount=type=secret through the session, from a file and from a variable, and are never printed', async () => {
    const fileSecret = `file-secret-${randomBytes(8).toString('hex')}`;
    const envSecret = `env-secret-${randomBytes(8).toString('hex')}`;
    const dockerfile = [
      `FROM ${busyboxImage}`,
      'RUN --mount=type=secret,id=npmrc,required=true --mount=type=secret,id=token,required=true \\',
      '    cat /run/secrets/npmrc /run/secrets/token | md5sum > /secrets.md5',
      '',
    ].join('\n');
    const context = makeContext({ Dockerfile: dockerfile, 'npmrc.txt': fileSecret });
    const tag = `dockside-test/bk-${runId}:secrets`;
    const result = await buildImage(
      docker,
      buildkit({
        contextDir: context,
        dockerfile: 'Dockerfile',
        tags: [tag],
        labels: testLabels(runId),
        // BuildKit's cache key does not cover a secret's content.
        noCache: true,
        secrets: [
          { id: 'npmrc', src: 'npmrc.txt' },
          { id: 'token', env: 'DOCKSIDE_TEST_TOKEN' },
        ],
      }),
      { ...environment(), env: { DOCKSIDE_TEST_TOKEN: envSecret } },
    );
    assert.equal(result.error, undefined, result.output);
    assert.equal((await fileInImage(tag, '/secrets.md5')).split(' ')[0], createHash('md5').update(fileSecret + envSecret).digest('hex'));
    assert.ok(!result.output.includes(fileSecret) && !result.output.includes(envSecret), 'no secret is printed');

    const without = await buildImage(
      docker,
      buildkit({ contextDir: context, dockerfile: 'Dockerfile', tags: [`dockside-test/bk-${runId}:nosecret`], noCache: true }),
      environment(),
    );
    assert.match(without.error ?? '', /secret npmrc not found/i, without.output);
  });

  test('the session outlives the engine\'s health checks: a secret is still there for a step after a long one', async () => {
    // The engine checks the session's health every second and drops it after two failed checks.
    const dockerfile = `FROM ${busyboxImage}\nRUN sleep 4\nRUN --mount=type=secret,id=late,required=true test "$(cat /run/secrets/late)" = "still-here"\n`;
    const result = await buildImage(
      docker,
      buildkit({ contextDir: makeContext({ Dockerfile: dockerfile }), dockerfile: 'Dockerfile', tags: [`dockside-test/bk-${runId}:late`], labels: testLabels(runId), noCache: true, secrets: [{ id: 'late', env: 'LATE' }] }),
      { ...environment(), env: { LATE: 'still-here' } },
    );
    assert.equal(result.error, undefined, result.output);
  });

  test('Cancel stops a running build: its process ends and no container is left', async () => {
    const marker = `${randomInt(100_000, 999_999)}${randomInt(100_000, 999_999)}`;
    const dockerfile = `FROM ${busyboxImage}\nRUN echo started && sleep ${marker}\n`;
    const abort = new AbortController();
    const tag = `dockside-test/bk-${runId}:cancelled`;
    const result = await buildImage(
      docker,
      buildkit({ contextDir: makeContext({ Dockerfile: dockerfile }), dockerfile: 'Dockerfile', tags: [tag], labels: testLabels(runId), noCache: true, signal: abort.signal }),
      environment((text) => {
        if (/^#\d+ \d+\.\d+ started$/m.test(text)) abort.abort();
      }),
    );
    assert.equal(result.cancelled, true, result.output);
    assert.deepEqual(processesWith(`sleep ${marker}`), [], 'the RUN step was stopped');
    const containers = await docker.listContainers({ all: true });
    assert.deepEqual(containers.filter((container) => container.Command.includes(marker)), [], 'no container was left behind');
    await assert.rejects(docker.getImage(tag).inspect(), (error: { statusCode?: number }) => error.statusCode === 404);
  });
});

// The classic builder on the Docker Engine, and on Podman, where it is the only one (Buildah behind
// the Docker-compatible API); where Podman differs, the test says how.
for (const target of testEngines) describe(`builds through the classic builder against the engine (${target.name})`, () => {
  const runId = newRunId();
  const podman = target.kind === 'podman';
  const busyboxImage = target.busyboxImage;
  let docker: Docker;
  before(async () => {
    docker = await target.ready();
    await ensureBusyboxImage(docker);
  });
  after(async () => {
    for (const dir of contexts) rmSync(dir, { recursive: true, force: true });
    await removeLeftoverImages(docker);
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
    const env = environment();
    const result = await buildImage(
      docker,
      classic({ contextDir: context, dockerfile: 'docker/app.Dockerfile', tags: [`dockside-test/build-${runId}:ok`], labels: testLabels(runId) }),
      env,
    );
    assert.equal(result.error, undefined, result.output);
    assert.ok(result.imageId?.startsWith('sha256:'));
    // The classic builder applies build labels as one extra, last step (Podman's Buildah quotes them), and Podman prints `STEP 1/5: …`.
    assert.deepEqual(env.steps, [
      `[1/5] FROM ${busyboxImage}`,
      '[2/5] COPY . /ctx',
      '[3/5] RUN test -e /ctx/src/kept.txt',
      '[4/5] RUN test ! -e /ctx/secret.env && test ! -e /ctx/logs/debug.log',
      podman ? `[5/5] LABEL "dockside.test"="${runId}"` : `[5/5] LABEL dockside.test=${runId}`,
    ]);
    assert.equal((await docker.getImage(`dockside-test/build-${runId}:ok`).inspect()).Id, result.imageId);
    assert.deepEqual(stepOf('Step 2/5 : COPY . /ctx'), { step: 2, total: 5, instruction: 'COPY . /ctx' });
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
    const result = await buildImage(
      docker,
      classic({ contextDir: context, dockerfile: 'Dockerfile', tags: [`dockside-test/build-${runId}:fail`], target: 'test', labels: testLabels(runId) }),
      environment(),
    );
    failedOutputs.push(result.output);
    assert.match(result.error ?? '', podman ? /building at STEP "RUN echo about to fail && +exit 3": .*exit status 3/ : /returned a non-zero code: 3/);
    assert.equal(result.imageId, undefined);
    const location = locateBuildFailure(dockerfile, result.output);
    assert.deepEqual(location, { startLine: 8, endLine: 9, message: `ERROR: ${result.error}` });
  });

  test('a COPY of a file excluded by .dockerignore fails on the COPY line', async () => {
    const dockerfile = `FROM ${busyboxImage}\nCOPY kept.txt /kept.txt\nCOPY ignored.txt /ignored.txt\n`;
    const context = makeContext({ Dockerfile: dockerfile, 'kept.txt': 'k', 'ignored.txt': 'i', '.dockerignore': 'ignored.txt\n' });
    const result = await buildImage(docker, classic({ contextDir: context, dockerfile: 'Dockerfile', tags: [`dockside-test/build-${runId}:copy`], labels: testLabels(runId) }), environment());
    failedOutputs.push(result.output);
    assert.match(result.error ?? '', /ignored\.txt/);
    assert.equal(locateBuildFailure(dockerfile, result.output)?.startLine, 2);
  });

  test('a parse error comes back as an error with its line', async () => {
    const dockerfile = `FROM ${busyboxImage}\nRUN true\nRUNN false\n`;
    const context = makeContext({ Dockerfile: dockerfile });
    const result = await buildImage(docker, classic({ contextDir: context, dockerfile: 'Dockerfile', tags: [`dockside-test/build-${runId}:parse`] }), environment());
    assert.match(result.error ?? '', /unknown instruction: "?RUNN/i);
    // Docker refuses the whole file and names the line; Podman runs up to it, so the last step is the line.
    assert.equal(locateBuildFailure(dockerfile, result.output)?.startLine, 2);
  });

  test('an allow-list .dockerignore (`*` then `!src`) still sends the Dockerfile, as the CLI does', async () => {
    const dockerfile = `FROM ${busyboxImage}\nCOPY src /src\nRUN test -e /src/a.txt && test ! -e /notes.md\n`;
    const context = makeContext({ Dockerfile: dockerfile, 'src/a.txt': 'a', 'notes.md': 'n', '.dockerignore': '*\n!src\n' });
    const result = await buildImage(
      docker,
      classic({ contextDir: context, dockerfile: 'Dockerfile', tags: [`dockside-test/build-${runId}:allow`], labels: testLabels(runId) }),
      environment(),
    );
    assert.equal(result.error, undefined, result.output);
  });

  test('cancelling stops the build: when it says so, its step container is gone and no image is tagged', async () => {
    const marker = `${randomInt(100_000, 999_999)}${randomInt(100_000, 999_999)}`;
    // On Podman the step outlives the cancel (below): a short one, failing, so that it ends by itself and tags nothing.
    const step = podman ? `echo started && sleep 5 && echo ${marker} && false` : `echo started && sleep ${marker}`;
    const context = makeContext({ Dockerfile: `FROM ${busyboxImage}\nRUN ${step}\n` });
    const abort = new AbortController();
    const tag = `dockside-test/build-${runId}:cancelled`;
    const result = await buildImage(
      docker,
      classic({ contextDir: context, dockerfile: 'Dockerfile', tags: [tag], labels: testLabels(runId), signal: abort.signal }),
      environment((text) => {
        if (/^started$/m.test(text)) abort.abort();
      }),
    );
    failedOutputs.push(result.output);
    assert.equal(result.cancelled, true, result.output);
    const containers = await docker.listContainers({ all: true });
    assert.deepEqual(containers.filter((container) => container.Command.includes(marker)), [], 'no container was left behind');
    if (podman) {
      // Podman 4.3's Docker-compatible /build does not stop Buildah when the request goes (and has no
      // /build/cancel): the build is over for Dockside, but the running step goes on inside Podman.
      assert.notDeepEqual(processesWith(marker), [], 'the step runs on inside Podman');
    } else {
      assert.deepEqual(processesWith(`sleep ${marker}`), [], 'the RUN step was stopped');
    }
    await assert.rejects(docker.getImage(tag).inspect(), (error: { statusCode?: number }) => error.statusCode === 404);
  });
});
