/**
 * Prune, counted before it runs: what would go is listed first (so the
 * confirmation can say it), then the engine prunes and reports the space it
 * reclaimed. `vscode`-free; the confirmation text is pure.
 */
import type Docker from 'dockerode';
import { containerName, formatBytes, shortId } from '../explorer/format';
import { Localizable, msg } from './localizable';

export type PruneKind = 'containers' | 'images' | 'volumes' | 'networks' | 'system';

/** Names of what a prune would remove, per object kind. */
export interface PruneCandidates {
  readonly containers: readonly string[];
  readonly images: readonly string[];
  readonly volumes: readonly string[];
  readonly networks: readonly string[];
}

const builtinNetworks = new Set(['bridge', 'host', 'none']);
const anonymousVolumeLabel = 'com.docker.volume.anonymous';

/** Whether `docker volume prune` on an engine speaking `apiVersion` spares named volumes (API 1.42 and later). */
export function volumePruneIsAnonymousOnly(apiVersion: string): boolean {
  const [major = 0, minor = 0] = apiVersion.split('.').map(Number);
  return major > 1 || (major === 1 && minor >= 42);
}

/**
 * Restricts a prune to objects carrying a label (`key=value`), as
 * `docker … prune --filter label=…` does.
 */
export type PruneScope = { readonly label?: string };

/** Whether labels carry the scope's `key=value` (or `key`). */
function inLabelScope(labels: Readonly<Record<string, string>> | null | undefined, scope: PruneScope): boolean {
  if (!scope.label) return true;
  const [key, value] = scope.label.split(/=(.*)/s);
  return labels?.[key] !== undefined && (value === undefined || labels[key] === value);
}

function filtersFor(scope: PruneScope, extra: Record<string, string[]> = {}): string {
  return JSON.stringify(scope.label ? { ...extra, label: [scope.label] } : extra);
}

/** What `docker <kind> prune` (without `--all`) would remove right now. */
export async function pruneCandidates(docker: Docker, kind: PruneKind, scope: PruneScope = {}): Promise<PruneCandidates> {
  const wants = (what: PruneKind) => kind === what || (kind === 'system' && what !== 'volumes');
  // Networks and images in use are judged against every container, not only the scoped ones.
  const allContainers = wants('containers') || wants('networks') || wants('images') ? await docker.listContainers({ all: true }) : [];
  const scopedIds = new Set(
    scope.label && wants('containers') ? (await docker.listContainers({ all: true, filters: filtersFor(scope) })).map((c) => c.Id) : [],
  );
  const inScope = (id: string) => !scope.label || scopedIds.has(id);
  const containers = wants('containers')
    ? allContainers
        .filter((c) => inScope(c.Id) && (c.State === 'exited' || c.State === 'created' || c.State === 'dead'))
        .map(containerName)
    : [];
  // The engine keeps a dangling image that a container (even a stopped one) was created from.
  const imagesInUse = new Set(allContainers.map((c) => c.ImageID));
  const images = wants('images') ? (await danglingImageIds(docker, scope)).filter((id) => !imagesInUse.has(id)).map(shortId) : [];
  let volumes: string[] = [];
  if (wants('volumes')) {
    // Podman 4 ignores a label filter next to `dangling`: the scope is checked here too.
    const unused = ((await docker.listVolumes({ filters: filtersFor(scope, { dangling: ['true'] }) })).Volumes ?? []).filter((volume) =>
      inLabelScope(volume.Labels, scope),
    );
    // Since API 1.42 (Engine 23) a volume prune only removes anonymous volumes, which the engine labels.
    const onlyAnonymous = volumePruneIsAnonymousOnly((await docker.version()).ApiVersion);
    volumes = unused.filter((volume) => !onlyAnonymous || anonymousVolumeLabel in (volume.Labels ?? {})).map((volume) => volume.Name);
  }
  let networks: string[] = [];
  if (wants('networks')) {
    // The engine counts a network as used only while a container is connected to it, i.e. running.
    const connected = allContainers.filter((c) => c.State === 'running' || c.State === 'paused' || c.State === 'restarting');
    const inUse = new Set(connected.flatMap((c) => Object.values(c.NetworkSettings?.Networks ?? {}).map((n) => n.NetworkID)));
    networks = (await docker.listNetworks({ filters: filtersFor(scope) }))
      .filter((network) => !builtinNetworks.has(network.Name) && !inUse.has(network.Id) && network.Scope === 'local')
      .map((network) => network.Name);
  }
  return { containers, images, volumes, networks };
}

async function danglingImageIds(docker: Docker, scope: PruneScope): Promise<string[]> {
  return (await docker.listImages({ filters: filtersFor(scope, { dangling: ['true'] }) })).map((image) => image.Id);
}

/** Whether `later` names something `confirmed` did not, i.e. the user has not agreed to remove all of it. */
export function hasUnconfirmed(confirmed: PruneCandidates, later: PruneCandidates): boolean {
  const kinds = ['containers', 'images', 'volumes', 'networks'] as const;
  return kinds.some((kind) => later[kind].some((name) => !confirmed[kind].includes(name)));
}

export function isEmpty(candidates: PruneCandidates): boolean {
  return candidates.containers.length + candidates.images.length + candidates.volumes.length + candidates.networks.length === 0;
}

/** The modal's message (the total) and detail: one line per kind with its count and names (the first ten). */
export function pruneConfirmation(candidates: PruneCandidates): { message: Localizable; detail: Localizable[] } {
  const total = candidates.containers.length + candidates.images.length + candidates.volumes.length + candidates.networks.length;
  const names = (list: readonly string[]) => (list.length > 10 ? `${list.slice(0, 10).join(', ')}, … (+${list.length - 10})` : list.join(', '));
  const detail: Localizable[] = [];
  if (candidates.containers.length > 0) detail.push(msg('{0} stopped container(s): {1}', candidates.containers.length, names(candidates.containers)));
  if (candidates.images.length > 0) detail.push(msg('{0} dangling image(s): {1}', candidates.images.length, names(candidates.images)));
  if (candidates.volumes.length > 0) detail.push(msg('{0} unused volume(s) and their data: {1}', candidates.volumes.length, names(candidates.volumes)));
  if (candidates.networks.length > 0) detail.push(msg('{0} unused network(s): {1}', candidates.networks.length, names(candidates.networks)));
  return { message: msg('Remove {0} unused object(s)? This cannot be undone.', total), detail };
}

export interface PruneResult {
  readonly removed: number;
  readonly spaceReclaimed: number;
}

/** Runs the prune(s) and totals what the engine reports. */
export async function prune(docker: Docker, kind: PruneKind, scope: PruneScope = {}): Promise<PruneResult> {
  const filters = filtersFor(scope);
  let removed = 0;
  let spaceReclaimed = 0;
  if (kind === 'containers' || kind === 'system') {
    const result = await docker.pruneContainers({ filters });
    removed += result.ContainersDeleted?.length ?? 0;
    spaceReclaimed += result.SpaceReclaimed ?? 0;
  }
  if (kind === 'networks' || kind === 'system') {
    const result = await docker.pruneNetworks({ filters });
    removed += result.NetworksDeleted?.length ?? 0;
  }
  if (kind === 'volumes' && scope.label) {
    // Not trusted to the engine's filter (see pruneCandidates): exactly the scoped volumes, one by one.
    for (const name of (await pruneCandidates(docker, 'volumes', scope)).volumes) {
      await docker.getVolume(name).remove();
      removed += 1;
    }
  } else if (kind === 'volumes') {
    const result = await docker.pruneVolumes({ filters });
    removed += result.VolumesDeleted?.length ?? 0;
    spaceReclaimed += result.SpaceReclaimed ?? 0;
  }
  if (kind === 'images' || kind === 'system') {
    // ImagesDeleted also lists every layer removed with an image (and untagged references); count images only.
    // Podman reports deleted IDs without the `sha256:` it lists them with.
    const bare = (id: string): string => id.replace(/^sha256:/, '');
    const dangling = new Set((await danglingImageIds(docker, scope)).map(bare));
    const result = await docker.pruneImages({ filters: filtersFor(scope, { dangling: ['true'] }) });
    removed += (result.ImagesDeleted ?? []).filter((record) => record.Deleted !== undefined && dangling.has(bare(record.Deleted))).length;
    spaceReclaimed += result.SpaceReclaimed ?? 0;
  }
  return { removed, spaceReclaimed };
}

export function pruneReport(result: PruneResult): Localizable {
  return msg('Pruned {0} object(s); reclaimed {1}.', result.removed, formatBytes(result.spaceReclaimed));
}
