/**
 * Engine-tier fixtures shared by the explorer and command tests: a tiny
 * busybox image built locally (no registry is reachable), and containers,
 * volumes and networks that carry a `dockside.test=<run id>` label so that
 * `removeTestObjects` can clean up after a test even when it failed halfway.
 *
 * Typical use:
 *   const runId = newRunId();
 *   before(async () => { await ensureBusyboxImage(docker); });
 *   after(() => removeTestObjects(docker, runId));
 */
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Docker from 'dockerode';

export const busyboxImage = 'dockside-test/busybox:latest';
/** The same on Podman, named under `localhost/`: its Docker-compatible API would file a short name under `docker.io/`. */
export const podmanBusyboxImage = 'localhost/dockside-test/busybox:latest';
/** The label every test object carries; its value is the run id. */
export const testLabel = 'dockside.test';

const busyboxPath = process.env.BUSYBOX_PATH ?? '/bin/busybox';

const busyboxDockerfile = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
  'ENV PATH=/bin',
  'CMD ["sh", "-c", "echo hello; sleep 3600"]',
  '',
].join('\n');

/** A fresh id for one test file's objects, e.g. `t1a2b3c4d`. Also a valid name part. */
export function newRunId(): string {
  return `t${randomBytes(4).toString('hex')}`;
}

/** Labels for an object created by the run `runId`. */
export function testLabels(runId: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, [testLabel]: runId };
}

/**
 * Builds the build context `files` (name → content; `busybox` may be given as
 * the path marker `{ copyFrom }`) and waits for the build to finish. Resolves
 * to the engine's progress messages; rejects with the engine's error message
 * when a step fails.
 */
export async function buildFromFiles(
  docker: Docker,
  files: Record<string, string | { copyFrom: string }>,
  options: Docker.ImageBuildOptions,
): Promise<BuildMessage[]> {
  const context = mkdtempSync(join(tmpdir(), 'dockside-build-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      if (typeof content === 'string') writeFileSync(join(context, name), content);
      else copyFileSync(content.copyFrom, join(context, name));
    }
    const stream = await docker.buildImage({ context, src: Object.keys(files) }, options);
    const messages = await new Promise<BuildMessage[]>((resolve, reject) => {
      docker.modem.followProgress(stream, (error: Error | null, output: BuildMessage[]) =>
        error ? reject(error) : resolve(output),
      );
    });
    const failure = messages.find((message) => message.error);
    if (failure) throw new Error(failure.error);
    return messages;
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

export interface BuildMessage {
  stream?: string;
  error?: string;
  errorDetail?: { message?: string };
  aux?: { ID?: string };
}

const busyboxBuilt = new WeakMap<Docker, Promise<string>>();
const busyboxNames = new WeakMap<Docker, string>();

/** The busybox image's name on this client's engine (`ensureBusyboxImage` found out which engine it is). */
export function busyboxImageOf(docker: Docker): string {
  return busyboxNames.get(docker) ?? busyboxImage;
}

/**
 * `dockside-test/busybox:latest` (FROM scratch + static busybox; on Podman
 * `localhost/dockside-test/busybox:latest`), built once per process and engine.
 * It is shared by all tests and deliberately not removed. Resolves to its name.
 */
export function ensureBusyboxImage(docker: Docker): Promise<string> {
  let built = busyboxBuilt.get(docker);
  if (!built) {
    built = (async () => {
      const { Components } = await docker.version();
      const name = (Components ?? []).some((component) => /podman/i.test(component.Name)) ? podmanBusyboxImage : busyboxImage;
      busyboxNames.set(docker, name);
      await buildFromFiles(docker, { Dockerfile: busyboxDockerfile, busybox: { copyFrom: busyboxPath } }, { t: name, labels: { 'dockside.test.image': 'busybox' } });
      return name;
    })().then(
      (name) => name,
      (error: unknown) => {
        busyboxBuilt.delete(docker);
        throw error;
      },
    );
    busyboxBuilt.set(docker, built);
  }
  return built;
}

export interface TestContainerOptions {
  /** Name suffix; the full name is `dockside-<runId>-<name>`. Random when omitted. */
  name?: string;
  /** Command; the image's default (`echo hello; sleep 3600`) when omitted. */
  cmd?: string[];
  /** Start it after creating it (default false: the container stays `created`). */
  start?: boolean;
  /** Extra labels, e.g. `com.docker.compose.project`. */
  labels?: Record<string, string>;
  /** Published ports: container port (tcp) → host port on 127.0.0.1 (see `freePort`). */
  ports?: Record<number, number>;
  /** Bind/volume mounts in `docker run -v` syntax, e.g. `myvol:/data`. */
  binds?: string[];
  /** Network to attach (instead of the default bridge). */
  network?: string;
}

/** Creates (and optionally starts) a labelled busybox container. */
export async function createTestContainer(docker: Docker, runId: string, options: TestContainerOptions = {}): Promise<Docker.Container> {
  const ports = Object.entries(options.ports ?? {});
  const container = await docker.createContainer({
    name: `dockside-${runId}-${options.name ?? randomBytes(3).toString('hex')}`,
    Image: busyboxImageOf(docker),
    Cmd: options.cmd,
    Labels: testLabels(runId, options.labels),
    ExposedPorts: Object.fromEntries(ports.map(([containerPort]) => [`${containerPort}/tcp`, {}])),
    HostConfig: {
      Binds: options.binds,
      NetworkMode: options.network,
      PortBindings: Object.fromEntries(
        ports.map(([containerPort, hostPort]) => [`${containerPort}/tcp`, [{ HostIp: '127.0.0.1', HostPort: String(hostPort) }]]),
      ),
    },
  });
  if (options.start) await container.start();
  return container;
}

/** Processes on this machine whose command line contains `marker` (the build's RUN runs as a host process). */
export function processesWith(marker: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return command.includes(marker) ? [command] : [];
      } catch {
        return [];
      }
    });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now, to publish a container port on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Creates a labelled volume named `dockside-<runId>-<name>`. */
export async function createTestVolume(docker: Docker, runId: string, name: string): Promise<string> {
  const fullName = `dockside-${runId}-${name}`;
  await docker.createVolume({ Name: fullName, Labels: testLabels(runId) });
  return fullName;
}

/** Creates a labelled bridge network named `dockside-<runId>-<name>`; resolves to its name. */
export async function createTestNetwork(docker: Docker, runId: string, name: string): Promise<string> {
  const fullName = `dockside-${runId}-${name}`;
  await docker.createNetwork({ Name: fullName, Driver: 'bridge', Labels: testLabels(runId) });
  return fullName;
}

/**
 * Removes every container, network, volume and image labelled with `runId`
 * (containers first: they hold the others). Errors for objects already gone
 * are ignored; any other failure is reported after everything was tried.
 */
export async function removeTestObjects(docker: Docker, runId: string): Promise<void> {
  const filters = JSON.stringify({ label: [`${testLabel}=${runId}`] });
  const failures: unknown[] = [];
  const attempt = async (remove: () => Promise<unknown>): Promise<void> => {
    try {
      await remove();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) failures.push(error);
    }
  };

  const containers = await docker.listContainers({ all: true, filters });
  // In batches: a benchmark may leave a thousand, and the engine serializes much of the work anyway.
  for (let i = 0; i < containers.length; i += 25) {
    await Promise.all(
      containers.slice(i, i + 25).map((c) =>
        attempt(async () => {
          const container = docker.getContainer(c.Id);
          // The engine refuses to remove a paused container, even with force.
          if (c.State === 'paused') await container.unpause();
          await container.remove({ force: true, v: true });
        }),
      ),
    );
  }
  const networks = await docker.listNetworks({ filters });
  await Promise.all(networks.map((n) => attempt(() => docker.getNetwork(n.Id).remove())));
  const { Volumes: volumes } = await docker.listVolumes({ filters });
  await Promise.all((volumes ?? []).map((v) => attempt(() => docker.getVolume(v.Name).remove())));
  const images = await docker.listImages({ filters });
  for (const image of images) await attempt(() => docker.getImage(image.Id).remove({ force: true }));

  if (failures.length > 0) throw new AggregateError(failures, `could not remove every object of test run ${runId}`);
}

/**
 * A compose file of busybox services, each running `command` (by default nothing) and then
 * sleeping until SIGTERM, which stops it at once. Every service and the default network carry
 * the run's label, so `removeTestObjects` removes what compose made.
 */
export function testComposeFile(runId: string, services: Record<string, { command?: string; profiles?: string[] }>): string {
  const lines = ['services:'];
  for (const [name, { command, profiles }] of Object.entries(services)) {
    const script = `trap 'exit 0' TERM; ${command ? `${command}; ` : ''}while true; do sleep 1; done`;
    lines.push(`  ${name}:`, `    image: ${busyboxImage}`, `    command: ["sh", "-c", ${JSON.stringify(script)}]`, '    labels:', `      ${testLabel}: ${runId}`);
    if (profiles) lines.push(`    profiles: [${profiles.join(', ')}]`);
  }
  lines.push('networks:', '  default:', '    labels:', `      ${testLabel}: ${runId}`, '');
  return lines.join('\n');
}
