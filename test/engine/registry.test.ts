/**
 * Logins, push, pull and builds against a real registry (the distribution registry 2.8 with
 * htpasswd logins, started here on 127.0.0.1) and the real engine, with the credentials in a
 * temporary DOCKER_CONFIG: in config.json, and through a real credential helper program. The
 * Docker CLI is pointed at the same folder to show that what Dockside stores is what `docker`
 * uses.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Docker from 'dockerode';
import { buildImage, type BuildEnvironment } from '../../client/src/commands/buildImage';
import { tagImage } from '../../client/src/commands/imageOps';
import { TransferError, TransferProgress, transferImage, type TransferProblemKind } from '../../client/src/commands/imageTransfer';
import { CredentialStore, type RegistryCredential } from '../../client/src/registry/credentials';
import { checkLogin, RegistryClient, RegistryError } from '../../client/src/registry/registryClient';
import { createCredentialHelper, type TestCredentialHelper } from '../support/credentialHelperFixture';
import { busyboxImage, ensureBusyboxImage, freePort, newRunId, removeTestObjects, testLabels } from '../support/engineFixtures';
import { registryUnavailableReason, startTestRegistry, type TestRegistry } from '../support/registryFixture';
import { startSlowLink } from '../support/slowLink';

const docker = new Docker();
const runId = newRunId();
const user = 'alice';
const password = `s3cret-${runId}`;
const missing = registryUnavailableReason();
/** Without the registry installed: skipped on a developer's machine, a failure under CI. */
const unavailable = missing && process.env.CI !== 'true' ? missing : false;

/** Local tags this file made, removed at the end (untagging only: the busybox image stays). */
const tags = new Set<string>();
const folders: string[] = [];

function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function untag(reference: string): Promise<void> {
  await docker
    .getImage(reference)
    .remove()
    .catch((error: { statusCode?: number }) => {
      if (error.statusCode !== 404) throw error;
    });
}

/** The Docker CLI with this configuration folder (and a helper's PATH). Resolves to its output; rejects with it. */
function dockerCli(configDir: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('docker', ['--config', configDir, ...args], { env }, (error, stdout, stderr) => (error ? reject(new Error(`${stdout}${stderr}`)) : resolve(`${stdout}${stderr}`)));
  });
}

async function push(reference: string, credential: RegistryCredential | undefined): Promise<string[]> {
  const progress = new TransferProgress();
  const lines: string[] = [];
  await transferImage(docker, 'push', reference, credential, (event) => {
    const line = progress.update(event);
    if (line) lines.push(line);
  });
  return lines;
}

/** Both a push and a pull of `reference` fail as `kind`, naming `registryName`. */
async function pushAndPullFail(reference: string, credential: RegistryCredential | undefined, kind: TransferProblemKind, registryName: string): Promise<void> {
  for (const direction of ['push', 'pull'] as const) {
    await assert.rejects(transferImage(docker, direction, reference, credential, () => undefined), (error: unknown) => {
      assert.ok(error instanceof TransferError, String(error));
      assert.equal(error.kind, kind, error.message);
      assert.equal(error.registry, registryName);
      return true;
    });
  }
}

describe('a real registry with logins', { skip: unavailable }, () => {
  let registry: TestRegistry;
  let configDir: string;
  let store: CredentialStore;
  const right = { username: user, password };

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    await ensureBusyboxImage(docker);
    registry = await startTestRegistry({ [user]: password });
    configDir = temporaryFolder('dockside-docker-config-');
    store = new CredentialStore({ configDir });
  });

  after(async () => {
    for (const tag of tags) await untag(tag);
    await removeTestObjects(docker, runId);
    await registry?.stop();
  });

  test('logging in: a wrong password is refused and nothing is stored; the right one is checked, then stored where `docker login` puts it', async () => {
    await assert.rejects(checkLogin(registry.address, { username: user, password: 'wrong' }), (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.kind, 'unauthorized');
      assert.ok(!error.message.includes('wrong'), 'the password is not in the message');
      return true;
    });
    assert.equal(existsSync(join(configDir, 'config.json')), false, 'nothing stored');

    await checkLogin(registry.address, right);
    assert.deepEqual(await store.store(registry.address, right), { kind: 'file', path: join(configDir, 'config.json') });
    const auths = (JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')) as { auths: Record<string, { auth: string }> }).auths;
    assert.equal(Buffer.from(auths[registry.address].auth, 'base64').toString(), `${user}:${password}`);
  });

  test('push, remove the local image, pull it back, with the stored login; `docker` with the same config pulls it too', async () => {
    const reference = `${registry.address}/dockside/${runId}:v1`;
    tags.add(reference);
    await tagImage(docker, busyboxImage, reference);
    const credential = await store.get(registry.address);
    assert.deepEqual(credential, right);

    const pushed = await push(reference, credential);
    assert.ok(pushed.some((line) => /: Pushed$/.test(line)), pushed.join('\n'));
    await untag(reference);

    const pulled: string[] = [];
    await transferImage(docker, 'pull', reference, credential, (event) => pulled.push(event.status ?? ''));
    assert.ok(pulled.some((status) => /Downloaded newer image|Image is up to date/.test(status)), pulled.join('\n'));
    assert.equal((await docker.getImage(reference).inspect()).Id, (await docker.getImage(busyboxImage).inspect()).Id);

    await untag(reference);
    assert.match(await dockerCli(configDir, ['pull', reference]), /Downloaded newer image|Image is up to date/);
  });

  test('push and pull with no login: a refusal that names the registry', async () => {
    const reference = `${registry.address}/dockside/${runId}:nologin`;
    tags.add(reference);
    await tagImage(docker, busyboxImage, reference);
    await pushAndPullFail(reference, undefined, 'unauthorized', registry.address);
  });

  test('push and pull through a slow link: progress per layer with bytes, and Cancel stops either midway, leaving nothing behind', async () => {
    // A 32 MB layer of random bytes at 2 MB/s: still moving when the first byte counts come.
    const layerBytes = 32 * 1024 * 1024;
    const link = await startSlowLink(registry.address, 2 * 1024 * 1024);
    const repository = `dockside/${runId}-big`;
    try {
      const context = temporaryFolder('dockside-big-layer-');
      writeFileSync(join(context, 'Dockerfile'), `FROM ${busyboxImage}\nRUN head -c ${layerBytes} /dev/urandom > /blob\n`);
      const direct = `${registry.address}/${repository}:v1`;
      const throughLink = `${link.address}/${repository}:cancelled`;
      tags.add(direct).add(throughLink);
      const built = await buildImage(
        docker,
        // The classic builder: its layer goes with the image, where BuildKit's cache would keep it and a pull would find it here.
        { contextDir: context, dockerfile: 'Dockerfile', tags: [direct, throughLink], builder: 'classic', labels: testLabels(runId) },
        { credentials: async () => undefined, allCredentials: async () => new Map(), env: {}, output: () => undefined, step: () => undefined },
      );
      assert.equal(built.error, undefined, built.output);

      /** A transfer cancelled once the big layer is moving; resolves to what the progress said by then. */
      const cancelMidway = async (direction: 'push' | 'pull', reference: string): Promise<{ lines: string[]; summaries: string[] }> => {
        const abort = new AbortController();
        const progress = new TransferProgress();
        const lines: string[] = [];
        const summaries: string[] = [];
        await assert.rejects(
          transferImage(
            docker,
            direction,
            reference,
            right,
            (event) => {
              const line = progress.update(event);
              if (line) lines.push(line);
              summaries.push(progress.summary());
              if ((event.progressDetail?.total ?? 0) > layerBytes / 2 && (event.progressDetail?.current ?? 0) > 0) abort.abort();
            },
            abort.signal,
          ),
          (error: Error) => error.name === 'AbortError',
        );
        // The engine gave the transfer up: it closed the connection that was carrying the layer (a finished one is kept for reuse).
        await link.closedAfter(256 * 1024);
        return { lines, summaries };
      };

      const push = await cancelMidway('push', throughLink);
      assert.ok(push.lines.some((line) => /^[0-9a-f]{12}: Pushing \(33\.\d MB\)$/.test(line)), push.lines.join('\n'));
      assert.ok(push.summaries.some((summary) => /^0\/\d · [\d.]+ [kM]B \/ 3\d\.\d MB$/.test(summary)), push.summaries.join('\n'));
      const registryClient = new RegistryClient(registry.address, right);
      assert.equal((await registryClient.get(`/v2/${repository}/manifests/cancelled`, { scope: `repository:${repository}:pull` })).status, 404, 'the cancelled push left no image');

      // Now in the registry for real, and gone from here, so that a pull has the layer to fetch.
      await transferImage(docker, 'push', direct, right, () => undefined);
      await docker.getImage(built.imageId!).remove({ force: true });
      const pull = await cancelMidway('pull', `${link.address}/${repository}:v1`);
      assert.ok(pull.lines.some((line) => /^[0-9a-f]{12}: Downloading \(33\.\d MB\)$/.test(line)), pull.lines.join('\n'));
      assert.ok(pull.summaries.some((summary) => /^\d\/\d · [\d.]+ [kM]B \/ 3\d\.\d MB$/.test(summary)), pull.summaries.join('\n'));
      await assert.rejects(docker.getImage(`${link.address}/${repository}:v1`).inspect(), (error: { statusCode?: number }) => error.statusCode === 404);
    } finally {
      await link.close();
    }
  });

  test('a registry nothing answers on: push and pull say it cannot be reached, naming it', async () => {
    const address = `127.0.0.1:${await freePort()}`;
    const reference = `${address}/dockside/${runId}:nobody`;
    tags.add(reference);
    await tagImage(docker, busyboxImage, reference);
    await pushAndPullFail(reference, right, 'unreachable', address);
  });

  test('a build FROM an image that only the registry has: BuildKit asks for the login of that host, the classic builder is given every login', async () => {
    const base = `${registry.address}/dockside/base-${runId}:1`;
    tags.add(base);
    await tagImage(docker, busyboxImage, base);
    await push(base, right);
    const dockerfile = `FROM ${base}\nRUN echo built on the registry base > /built.txt\n`;
    const context = temporaryFolder('dockside-registry-build-');
    writeFileSync(join(context, 'Dockerfile'), dockerfile);
    const asked: string[] = [];
    const withLogins = (logins: CredentialStore | undefined): BuildEnvironment => ({
      credentials: async (host) => {
        asked.push(host);
        return logins?.get(host);
      },
      allCredentials: async () => logins?.getAll() ?? new Map(),
      env: {},
      output: () => undefined,
      step: () => undefined,
    });

    for (const builder of ['buildkit', 'classic'] as const) {
      // Only the registry has it: the build must fetch it, with a login.
      await untag(base);
      asked.length = 0;
      const request = { contextDir: context, dockerfile: 'Dockerfile', builder, pull: true, labels: testLabels(runId) };
      const refused = await buildImage(docker, { ...request, tags: [`dockside-test/registry-${runId}:${builder}-refused`] }, withLogins(undefined));
      assert.match(refused.error ?? '', /no basic auth credentials|unauthorized|authentication required|401/i, `${builder}: ${refused.output}`);

      const built = await buildImage(docker, { ...request, tags: [`dockside-test/registry-${runId}:${builder}`] }, withLogins(store));
      assert.equal(built.error, undefined, `${builder}: ${built.output}`);
      if (builder === 'buildkit') assert.ok(asked.includes(registry.address), `BuildKit asked for ${asked.join(', ')}`);
    }
  });

  test('"always pull" builds on the registry\'s base even when another one is local under that name; without it, on the local one', async () => {
    const base = `${registry.address}/dockside/base-${runId}:pull`;
    tags.add(base);
    const context = temporaryFolder('dockside-registry-pull-');
    const environment: BuildEnvironment = {
      credentials: (host) => store.get(host),
      allCredentials: () => store.getAll(),
      env: {},
      output: () => undefined,
      step: () => undefined,
    };
    /** Builds `dockerfile` as `tag` and resolves to the image's `which` label, the base it was built on. */
    const built = async (dockerfile: string, tag: string, options: { builder: 'buildkit' | 'classic'; pull?: boolean }): Promise<string | undefined> => {
      writeFileSync(join(context, 'Dockerfile'), dockerfile);
      const result = await buildImage(docker, { contextDir: context, dockerfile: 'Dockerfile', tags: [tag], labels: testLabels(runId), ...options }, environment);
      assert.equal(result.error, undefined, `${options.builder}: ${result.output}`);
      return (await docker.getImage(tag).inspect()).Config.Labels?.which;
    };
    await built(`FROM ${busyboxImage}\nLABEL which=registry\n`, base, { builder: 'buildkit' });
    await push(base, right);

    for (const builder of ['buildkit', 'classic'] as const) {
      await built(`FROM ${busyboxImage}\nLABEL which=local\n`, base, { builder: 'buildkit' });
      assert.equal(await built(`FROM ${base}\n`, `dockside-test/registry-${runId}:${builder}-local`, { builder }), 'local', builder);
      assert.equal(await built(`FROM ${base}\n`, `dockside-test/registry-${runId}:${builder}-pulled`, { builder, pull: true }), 'registry', builder);
    }
  });

  describe('a credential helper', () => {
    let helper: TestCredentialHelper;
    let helperConfigDir: string;
    let viaHelper: CredentialStore;

    before(() => {
      helper = createCredentialHelper(`dockside-${runId}`);
      helperConfigDir = temporaryFolder('dockside-docker-config-helper-');
      writeFileSync(join(helperConfigDir, 'config.json'), JSON.stringify({ credsStore: helper.name }));
      viaHelper = new CredentialStore({ configDir: helperConfigDir, env: helper.env });
    });
    after(() => helper.remove());

    test('log in stores through the helper, push uses what it returns, `docker` finds it there, log out erases it', async () => {
      await checkLogin(registry.address, right);
      assert.deepEqual(await viaHelper.store(registry.address, right), { kind: 'helper', helper: helper.name });
      assert.deepEqual(helper.stored(), { [registry.address]: { Username: user, Secret: password } });
      assert.ok(!readFileSync(join(helperConfigDir, 'config.json'), 'utf8').includes(password), 'no password in config.json');

      const reference = `${registry.address}/dockside/${runId}:helper`;
      tags.add(reference);
      await tagImage(docker, busyboxImage, reference);
      await push(reference, await viaHelper.get(registry.address));
      await untag(reference);
      assert.match(await dockerCli(helperConfigDir, ['pull', reference], helper.env), /Downloaded newer image|Image is up to date/);

      assert.equal(await viaHelper.erase(registry.address), true);
      assert.deepEqual(helper.stored(), {});
      assert.equal(await viaHelper.get(registry.address), undefined);
      assert.deepEqual(helper.calls().filter((call) => call !== 'get'), ['store', 'erase']);
      await assert.rejects(push(reference, await viaHelper.get(registry.address)), (error: unknown) => error instanceof TransferError && error.kind === 'unauthorized');
    });
  });
});

describe('a real registry with token logins (a Bearer challenge, as Docker Hub and most hosted registries do)', { skip: unavailable }, () => {
  let registry: TestRegistry;
  const right = { username: user, password };

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    await ensureBusyboxImage(docker);
    registry = await startTestRegistry({ [user]: password }, 'token');
  });

  after(async () => {
    for (const tag of tags) await untag(tag);
    await removeTestObjects(docker, runId);
    await registry?.stop();
  });

  test('logging in follows the challenge to the token service: a wrong password is refused there, the right one gets a token the registry accepts', async () => {
    await assert.rejects(checkLogin(registry.address, { username: user, password: 'wrong' }), (error: unknown) => error instanceof RegistryError && error.kind === 'unauthorized');
    await checkLogin(registry.address, right);
    assert.deepEqual(registry.tokenRequests, [`${user} (no scope) → 401`, `${user} (no scope) → 200`]);
  });

  test('push with the login; the client reads the tags with a token for that repository, fetched once and reused; a BuildKit build pulls FROM it', async () => {
    const repository = `dockside/${runId}-token`;
    const reference = `${registry.address}/${repository}:v1`;
    tags.add(reference);
    await tagImage(docker, busyboxImage, reference);
    await push(reference, right);
    await assert.rejects(push(reference, undefined), (error: unknown) => error instanceof TransferError && error.kind === 'unauthorized');

    registry.tokenRequests.length = 0;
    const client = new RegistryClient(registry.address, right);
    for (let round = 0; round < 2; round++) {
      const response = await client.get(`/v2/${repository}/tags/list`, { scope: `repository:${repository}:pull` });
      assert.equal(response.status, 200);
      assert.deepEqual(JSON.parse(response.body.toString()), { name: repository, tags: ['v1'] });
    }
    // (The engine may still be retrying the refused push anonymously; those requests are not ours.)
    assert.deepEqual(registry.tokenRequests.filter((request) => request.startsWith(`${user} `)), [`${user} repository:${repository}:pull → 200`]);

    // BuildKit takes the login from the session and fetches its own token with it.
    await untag(reference);
    const context = temporaryFolder('dockside-token-build-');
    writeFileSync(join(context, 'Dockerfile'), `FROM ${reference}\nRUN true\n`);
    const built = await buildImage(
      docker,
      { contextDir: context, dockerfile: 'Dockerfile', tags: [`dockside-test/registry-${runId}:token`], builder: 'buildkit', pull: true, labels: testLabels(runId) },
      { credentials: async (host) => (host === registry.address ? right : undefined), allCredentials: async () => new Map(), env: {}, output: () => undefined, step: () => undefined },
    );
    assert.equal(built.error, undefined, built.output);
    assert.ok(registry.tokenRequests.some((request) => request.startsWith(`${user} repository:${repository}:pull`) && request.endsWith('200')));
  });
});

describe('a real registry over HTTPS with a CA of its own', { skip: unavailable }, () => {
  let registry: TestRegistry;
  const right = { username: user, password };
  const strict = { insecure: () => false };

  before(async () => {
    if (missing) throw new Error(`CI needs a registry: ${missing}`);
    registry = await startTestRegistry({ [user]: password }, 'htpasswd', { tls: true });
  });
  after(() => registry?.stop());

  test("the registry's CA from a certs.d folder (<host:port>/ca.crt, as the engine reads it) is trusted; without it the connection is refused as a TLS problem", async () => {
    await assert.rejects(new RegistryClient(registry.address, right, { ...strict, certsDirs: [] }).ping(), (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.kind, 'tls', error.message);
      return true;
    });
    const certsDir = temporaryFolder('dockside-certs.d-');
    mkdirSync(join(certsDir, registry.address));
    writeFileSync(join(certsDir, registry.address, 'ca.crt'), registry.caCertificate!);
    await new RegistryClient(registry.address, right, { ...strict, certsDirs: [certsDir] }).ping();
    await assert.rejects(new RegistryClient(registry.address, { username: user, password: 'wrong' }, { ...strict, certsDirs: [certsDir] }).ping(), (error: unknown) => error instanceof RegistryError && error.kind === 'unauthorized');
  });
});
