/**
 * The engine side of the container commands, free of `vscode` so the engine
 * tests can drive it: lifecycle, removal, logs, stats, diff, copy-out, commit.
 */
import { Writable } from 'node:stream';
import type Docker from 'dockerode';
import { shortId } from '../explorer/format';
import { Localizable, msg } from './localizable';
import { extractTar } from './tar';

export type LifecycleAction = 'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'kill';

// Each action is the Container method of the same name; dockerode's overloads (callback or promise) need each called by name.
const lifecycleCalls: Record<LifecycleAction, (container: Docker.Container) => Promise<unknown>> = {
  start: (container) => container.start(),
  stop: (container) => container.stop(),
  restart: (container) => container.restart(),
  pause: (container) => container.pause(),
  unpause: (container) => container.unpause(),
  kill: (container) => container.kill(),
};

/** Runs one lifecycle action. "Already in that state" (HTTP 304) is success, not an error. */
export async function applyLifecycle(docker: Docker, containerId: string, action: LifecycleAction): Promise<void> {
  try {
    await lifecycleCalls[action](docker.getContainer(containerId));
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 304) throw error;
  }
}

/** The container states each action makes sense in, for the palette's pick list. */
export const statesFor: Record<LifecycleAction | 'remove' | 'logs' | 'shell' | 'stats', readonly string[] | undefined> = {
  start: ['created', 'exited', 'dead'],
  stop: ['running', 'restarting', 'paused'],
  restart: ['running', 'exited', 'created', 'paused'],
  pause: ['running'],
  unpause: ['paused'],
  kill: ['running', 'restarting', 'paused'],
  remove: undefined,
  logs: undefined,
  shell: ['running'],
  stats: ['running'],
};

export interface RemovalConfirmation {
  readonly message: Localizable;
  readonly detail: Localizable;
  /** Running containers need `force`: the button says so. */
  readonly needsForce: boolean;
}

/** What the remove confirmation says, exactly: the container, its state, and its anonymous volumes. */
export function containerRemovalConfirmation(name: string, state: string, anonymousVolumes: readonly string[]): RemovalConfirmation {
  const running = state === 'running' || state === 'restarting' || state === 'paused';
  const message =
    state === 'paused'
      ? msg('Container {0} is paused. Stop it and remove it?', name)
      : state === 'restarting'
        ? msg('Container {0} is restarting. Stop it and remove it?', name)
        : running
          ? msg('Container {0} is running. Stop it and remove it?', name)
          : msg('Remove container {0}?', name);
  const detail =
    anonymousVolumes.length > 0
      ? msg('Its anonymous volumes are removed with it: {0}. Named volumes are kept.', anonymousVolumes.map(shortId).join(', '))
      : msg('The container and its writable layer are deleted. Named volumes are kept.');
  return { message, detail, needsForce: running };
}

/** Volumes only this container created (anonymous, i.e. named by a 64-hex ID): they go with it when `v` is set. */
export function anonymousVolumes(mounts: readonly { Type?: string; Name?: string }[] | undefined): string[] {
  return (mounts ?? [])
    .filter((mount) => mount.Type === 'volume' && mount.Name !== undefined && /^[0-9a-f]{64}$/.test(mount.Name))
    .map((mount) => mount.Name as string);
}

export async function removeContainer(docker: Docker, containerId: string, force: boolean): Promise<void> {
  await docker.getContainer(containerId).remove({ force, v: true });
}

export interface LogFollower {
  /** Stops following (closes the stream); `done` settles right after. */
  stop(): void;
  /** Settles when the engine ends the stream (container removed, or `stop`). */
  readonly done: Promise<void>;
}

/**
 * Follows a container's logs with timestamps: the last `tail` lines, or everything after `since`
 * (`seconds.nanoseconds`), or everything. Without a TTY the engine multiplexes stdout and stderr
 * in 8-byte-framed chunks; they are demultiplexed so `onText` only ever sees the container's own output.
 */
export async function followLogs(
  docker: Docker,
  containerId: string,
  onText: (text: string) => void,
  options: { tail?: number; since?: string } = {},
): Promise<LogFollower> {
  const container = docker.getContainer(containerId);
  const info = await container.inspect();
  const stream = (await container.logs({
    follow: true,
    stdout: true,
    stderr: true,
    timestamps: true,
    ...(options.tail !== undefined && { tail: options.tail }),
    // The engine reads `since` as seconds with a fraction; dockerode's types say number.
    ...(options.since !== undefined && { since: options.since as unknown as number }),
  })) as unknown as NodeJS.ReadableStream & { destroy(): void };
  const decoder = new TextDecoder();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      onText(decoder.decode(chunk, { stream: true }));
      callback();
    },
  });
  if (info.Config.Tty) stream.pipe(sink);
  else docker.modem.demuxStream(stream, sink, sink);
  const done = new Promise<void>((resolve) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', () => resolve());
  });
  return { stop: () => stream.destroy(), done };
}

export interface StatsSample {
  /** Percent of one CPU, as `docker stats` shows it (can exceed 100 on several cores). */
  readonly cpuPercent: number;
  readonly memoryUsage: number;
  readonly memoryLimit: number;
  readonly memoryPercent: number;
  readonly networkRx: number;
  readonly networkTx: number;
}

/** One `docker stats` line from an Engine stats sample (the same formulas as the CLI). */
export function computeStats(stats: Docker.ContainerStats): StatsSample {
  const cpuDelta = (stats.cpu_stats?.cpu_usage?.total_usage ?? 0) - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
  const cpus = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  const cpuPercent = cpuDelta > 0 && systemDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
  // Like the CLI, page cache is not "used" memory (cgroup v1: total_inactive_file, v2: inactive_file).
  const memoryStats = stats.memory_stats ?? { usage: 0, limit: 0 };
  const cache = (memoryStats.stats as Record<string, number> | undefined) ?? {};
  const inactive = cache.total_inactive_file ?? cache.inactive_file ?? 0;
  const memoryUsage = Math.max(0, (memoryStats.usage ?? 0) - inactive);
  const memoryLimit = memoryStats.limit ?? 0;
  let networkRx = 0;
  let networkTx = 0;
  for (const network of Object.values(stats.networks ?? {})) {
    networkRx += network.rx_bytes;
    networkTx += network.tx_bytes;
  }
  return {
    cpuPercent,
    memoryUsage,
    memoryLimit,
    memoryPercent: memoryLimit > 0 ? (memoryUsage / memoryLimit) * 100 : 0,
    networkRx,
    networkTx,
  };
}

/** Streams stats samples (one per second, from the engine) until `stop`. */
export async function streamStats(docker: Docker, containerId: string, onSample: (sample: StatsSample) => void): Promise<{ stop(): void }> {
  const stream = (await docker.getContainer(containerId).stats({ stream: true })) as unknown as NodeJS.ReadableStream & {
    destroy(): void;
  };
  let pending = '';
  stream.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line !== '') onSample(computeStats(JSON.parse(line) as Docker.ContainerStats));
    }
  });
  stream.on('error', () => undefined);
  return { stop: () => stream.destroy() };
}

/** `docker diff`: the changed paths, `A`dded, `C`hanged or `D`eleted, sorted by path. */
export async function containerChanges(docker: Docker, containerId: string): Promise<string[]> {
  const changes = ((await docker.getContainer(containerId).changes()) ?? []) as { Path: string; Kind: number }[];
  return formatChanges(changes);
}

export function formatChanges(changes: readonly { Path: string; Kind: number }[]): string[] {
  const kinds = ['C', 'A', 'D'];
  return [...changes].sort((a, b) => a.Path.localeCompare(b.Path)).map((change) => `${kinds[change.Kind] ?? '?'} ${change.Path}`);
}

/** `docker cp container:path destination`: the archive the engine returns, extracted into `destinationDir`. */
export async function copyFromContainer(docker: Docker, containerId: string, containerPath: string, destinationDir: string): Promise<string[]> {
  const archive = await docker.getContainer(containerId).getArchive({ path: containerPath });
  const chunks: Buffer[] = [];
  for await (const chunk of archive) chunks.push(chunk as Buffer);
  return extractTar(Buffer.concat(chunks), destinationDir);
}

/** `docker commit`: a new image from the container's current filesystem. Resolves to the image ID. */
export async function commitContainer(docker: Docker, containerId: string, reference: string, comment?: string): Promise<string> {
  const { repo, tag } = splitReference(reference);
  const result = (await docker.getContainer(containerId).commit({ repo, tag, comment })) as { Id: string };
  // Podman answers with the bare digest; images are known by `sha256:…` everywhere else.
  return /^[0-9a-f]{64}$/.test(result.Id) ? `sha256:${result.Id}` : result.Id;
}

/** `registry:5000/app:1.0` → repo `registry:5000/app`, tag `1.0` (tag `latest` when absent). */
export function splitReference(reference: string): { repo: string; tag: string } {
  const lastSlash = reference.lastIndexOf('/');
  const colon = reference.indexOf(':', lastSlash + 1);
  return colon < 0 ? { repo: reference, tag: 'latest' } : { repo: reference.slice(0, colon), tag: reference.slice(colon + 1) };
}
