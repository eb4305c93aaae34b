/**
 * Labels, descriptions and icons of explorer items: pure functions of the
 * engine's list data, so they are unit-tested without an engine or `vscode`.
 */
import type Docker from 'dockerode';

/** Translates an English message with `{0}` placeholders (`vscode.l10n.t` in the extension). */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export const untranslated: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]));

/** A codicon and an optional theme color id. */
export interface IconSpec {
  readonly id: string;
  readonly color?: string;
}

/** Sizes the way the docker CLI prints them: decimal units, three significant digits. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1')} ${units[unit]}`;
}

/** "3 days ago" in the display language (Intl does the translating). */
export function formatAge(createdSeconds: number, nowMs: number, locale: string): string {
  const seconds = Math.max(0, Math.round(nowMs / 1000 - createdSeconds));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['week', 7 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit);
  }
  return format.format(-seconds, 'second');
}

// One collator for every comparison: `localeCompare` with options builds one per call, which shows at 1,000 containers.
const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order: `web-2` before `web-10`, case-insensitive. */
export function compareNames(a: string, b: string): number {
  return naturalOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

// ---- containers ----

const composeServiceLabel = 'com.docker.compose.service';
const composeNumberLabel = 'com.docker.compose.container-number';

export function containerName(info: Pick<Docker.ContainerInfo, 'Names' | 'Id'>): string {
  const name = info.Names?.[0];
  return name ? name.replace(/^\//, '') : shortId(info.Id);
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** The image as the user named it; an image ID (the tag was removed since) is shortened. */
export function containerImage(info: Pick<Docker.ContainerInfo, 'Image'>): string {
  return /^(sha256:)?[0-9a-f]{64}$/.test(info.Image) ? shortId(info.Image) : info.Image;
}

/** `nginx:1.27 · Up 5 minutes`: the image and the status text (see `currentStatus`). */
export function containerDescription(info: Pick<Docker.ContainerInfo, 'Image'>, status: string): string {
  return status ? `${containerImage(info)} · ${status}` : containerImage(info);
}

/** The exit code in a status like `Exited (137) 2 minutes ago`, if there is one. */
export function exitCode(status: string): number | undefined {
  const match = /^Exited \((-?\d+)\)/.exec(status);
  return match ? Number(match[1]) : undefined;
}

/**
 * The icon tells the state at a glance: green running, yellow paused, spinning
 * restarting, red for a non-zero exit or an unhealthy container.
 */
export function containerIcon(info: Pick<Docker.ContainerInfo, 'State' | 'Status'>): IconSpec {
  switch (info.State) {
    case 'running':
      return /\(unhealthy\)/.test(info.Status)
        ? { id: 'vm-active', color: 'charts.red' }
        : { id: 'vm-running', color: 'charts.green' };
    case 'paused':
      return { id: 'debug-pause', color: 'charts.yellow' };
    case 'restarting':
      return { id: 'sync~spin', color: 'charts.yellow' };
    case 'removing':
      return { id: 'trash' };
    case 'dead':
      return { id: 'error', color: 'charts.red' };
    case 'created':
      return { id: 'circle-large-outline' };
    case 'exited':
      return (exitCode(info.Status) ?? 0) === 0 ? { id: 'vm-outline' } : { id: 'error', color: 'charts.red' };
    default:
      return { id: 'vm-outline' };
  }
}

/** Compose services in service order (`db`, `web-1`, `web-2`), everything else by name. */
export function compareContainers(a: Docker.ContainerInfo, b: Docker.ContainerInfo): number {
  const serviceA = a.Labels?.[composeServiceLabel];
  const serviceB = b.Labels?.[composeServiceLabel];
  if (serviceA && serviceB && serviceA !== serviceB) return compareNames(serviceA, serviceB);
  if (serviceA && serviceB) {
    const numberA = Number(a.Labels[composeNumberLabel] ?? 0);
    const numberB = Number(b.Labels[composeNumberLabel] ?? 0);
    if (numberA !== numberB) return numberA - numberB;
  }
  return compareNames(containerName(a), containerName(b));
}

export interface PublishedPort {
  readonly privatePort: number;
  readonly publicPort?: number;
  readonly protocol: string;
  /** Where the host side listens, e.g. `127.0.0.1`; `0.0.0.0`/`::` mean every interface. */
  readonly hostIp?: string;
}

/**
 * A container's ports, one per (container port, host port, protocol): the
 * engine lists a port published on both IPv4 and IPv6 twice. Published first,
 * then by container port.
 */
export function containerPorts(ports: readonly Docker.Port[] | undefined): PublishedPort[] {
  const seen = new Map<string, PublishedPort>();
  for (const port of ports ?? []) {
    const key = `${port.PrivatePort}/${port.Type}/${port.PublicPort ?? ''}`;
    const existing = seen.get(key);
    // Prefer the IPv4 entry: its address is the one a browser uses.
    if (existing && existing.hostIp !== undefined && !existing.hostIp.includes(':')) continue;
    seen.set(key, { privatePort: port.PrivatePort, publicPort: port.PublicPort || undefined, protocol: port.Type, hostIp: port.IP || undefined });
  }
  return [...seen.values()].sort(
    (a, b) => Number(b.publicPort !== undefined) - Number(a.publicPort !== undefined) || a.privatePort - b.privatePort || (a.publicPort ?? 0) - (b.publicPort ?? 0),
  );
}

/** `18080 → 8080/tcp` for a published port, `8080/tcp` for one only exposed. */
export function portLabel(port: PublishedPort): string {
  return port.publicPort === undefined ? `${port.privatePort}/${port.protocol}` : `${port.publicPort} → ${port.privatePort}/${port.protocol}`;
}

/** The URL a click opens: only tcp ports published on the host have one. */
export function portUrl(port: PublishedPort): string | undefined {
  if (port.publicPort === undefined || port.protocol !== 'tcp') return undefined;
  const host = port.hostIp && port.hostIp !== '0.0.0.0' && port.hostIp !== '::' && !port.hostIp.includes(':') ? port.hostIp : 'localhost';
  return `http://${host === '127.0.0.1' ? 'localhost' : host}:${port.publicPort}`;
}

export type ContainerMount = Docker.ContainerInfo['Mounts'][number];

/** The mount's source as the user would recognize it: the volume name, the host path, or `tmpfs`. */
export function mountSource(mount: ContainerMount): string {
  if (mount.Type === 'volume') return mount.Name ? (/^[0-9a-f]{64}$/.test(mount.Name) ? shortId(mount.Name) : mount.Name) : mount.Source;
  if (mount.Type === 'tmpfs') return 'tmpfs';
  return mount.Source;
}

export function compareMounts(a: ContainerMount, b: ContainerMount): number {
  return compareNames(a.Destination, b.Destination);
}

// ---- images ----

/** Splits `registry:5000/team/app:1.2` into repository and tag (the tag is after the last `:` that follows the last `/`). */
export function splitRepoTag(repoTag: string): { repository: string; tag: string } {
  const slash = repoTag.lastIndexOf('/');
  const colon = repoTag.lastIndexOf(':');
  return colon > slash ? { repository: repoTag.slice(0, colon), tag: repoTag.slice(colon + 1) } : { repository: repoTag, tag: 'latest' };
}

/** `latest` first, then newer tags before older ones. */
export function compareTags(a: { tag: string; created: number }, b: { tag: string; created: number }): number {
  if (a.tag === 'latest' || b.tag === 'latest') return Number(b.tag === 'latest') - Number(a.tag === 'latest');
  return b.created - a.created || compareNames(a.tag, b.tag);
}

const instructionKeywords =
  /^(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|FROM|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)\b/;

/**
 * The Dockerfile instruction behind a history entry, without the builder's
 * wrapping. The classic builder records `/bin/sh -c #(nop)  CMD ["sh"]` for
 * metadata, `/bin/sh -c apt-get update` (or, with build args,
 * `|1 V=2 /bin/sh -c make`) for a shell-form RUN and the bare argv for an
 * exec-form RUN; BuildKit records `RUN /bin/sh -c make # buildkit`. Content
 * hashes (`file:<64 hex>`) are shortened.
 */
export function layerInstruction(createdBy: string | undefined): string {
  let text = (createdBy ?? '').trim().replace(/\s+# buildkit$/, '');
  if (text === '') return '';
  text = text.replace(/^\|\d+\s+(?:\S+=\S*\s+)*/, '');
  const nop = /^\/bin\/sh -c\s+#\(nop\)\s*/;
  if (nop.test(text)) text = text.replace(nop, '');
  else if (/^(?:RUN\s+)?\/bin\/sh -c\s+/.test(text)) text = `RUN ${text.replace(/^(?:RUN\s+)?\/bin\/sh -c\s+/, '')}`;
  else if (!instructionKeywords.test(text)) text = `RUN ${text}`;
  return text.replace(/\b(file|dir|multi):([0-9a-f]{12})[0-9a-f]{52}\b/g, '$1:$2…').replace(/\s+/g, ' ');
}

// ---- volumes and networks ----

const builtinNetworks = new Set(['bridge', 'host', 'none']);

/** The engine's own networks: they exist on every engine and cannot be removed. */
export function isBuiltinNetwork(name: string): boolean {
  return builtinNetworks.has(name);
}

/** A network's driver as `docker network ls` names it: the `none` network's driver is `null` in the API. */
export function networkDriver(driver: string): string {
  return driver === 'null' ? 'none' : driver;
}
