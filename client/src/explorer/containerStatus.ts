/**
 * A container's list entry rebuilt from `GET /containers/{id}/json`, and its
 * `Up 5 minutes`-style status text.
 *
 * Why not re-list the one container? dockerd announces an event before it
 * saves the container to the snapshot `/containers/json` reads, so a listing
 * made on the event can still show the old state (seen with `pause`). Inspect
 * reads the live container, so the explorer builds the same entry from it.
 *
 * The list's status text is true when listed and ages from then on ("Up 8
 * seconds" a minute later). An entry rebuilt from an inspect keeps the state
 * it came from, whose `StartedAt`/`FinishedAt` give the text at any moment.
 */
import type Docker from 'dockerode';

export type LiveState = Docker.ContainerInspectInfo['State'];

/** A list entry; one rebuilt from an inspect also carries the state its status text is worked out from. */
export type ContainerEntry = Docker.ContainerInfo & { readonly liveState?: LiveState };

/** Docker's own wording (go-units `HumanDuration`), as in `docker ps`. */
export function humanDuration(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.round(seconds / 3600);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}

/** The `STATUS` column of `docker ps` for a container's state. */
export function statusText(state: LiveState, nowMs: number): string {
  const since = (timestamp: string): string => humanDuration(Math.max(0, nowMs - Date.parse(timestamp)));
  switch (state.Status) {
    case 'running':
    case 'paused': {
      const health = state.Health?.Status;
      const healthText = health === 'starting' ? ' (health: starting)' : health === 'healthy' || health === 'unhealthy' ? ` (${health})` : '';
      return `Up ${since(state.StartedAt)}${state.Paused ? ' (Paused)' : healthText}`;
    }
    case 'restarting':
      return `Restarting (${state.ExitCode}) ${since(state.FinishedAt)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'created':
      return 'Created';
    case 'exited':
      return `Exited (${state.ExitCode}) ${since(state.FinishedAt)} ago`;
    default:
      return state.Status;
  }
}

/** Whether the status text of a container in this state tells a time (`Up 5 minutes`, `Exited (0) 2 hours ago`). */
export function statusAges(state: string): boolean {
  return state === 'running' || state === 'paused' || state === 'restarting' || state === 'exited';
}

/** The status text as of `nowMs`: worked out from the live state when the entry has it, else as the engine listed it. */
export function currentStatus(entry: ContainerEntry, nowMs: number): string {
  return entry.liveState?.Status === entry.State ? statusText(entry.liveState, nowMs) : entry.Status;
}

/** Whether a listed container is referred to by an image ID, as a classic build step's is (`isBuildStepContainer` tells). */
export function imageIsId(entry: Pick<Docker.ContainerInfo, 'Image'>): boolean {
  return /^sha256:[0-9a-f]{64}$/.test(entry.Image);
}

/**
 * A container the classic builder runs a step in: it names its image by ID and
 * logs nothing (`LogConfig: none`, which the builder sets and `docker run`
 * never does unless asked). It lives for one step, so the explorer leaves it
 * out instead of letting it flash by. BuildKit runs steps outside the engine.
 */
export function isBuildStepContainer(inspect: Pick<Docker.ContainerInspectInfo, 'Config' | 'HostConfig'>): boolean {
  return inspect.HostConfig?.LogConfig?.Type === 'none' && imageIsId({ Image: inspect.Config?.Image ?? '' });
}

/** The list entry (`GET /containers/json`) equivalent of an inspect result, with the live state it came from. */
export function containerInfoFromInspect(inspect: Docker.ContainerInspectInfo, nowMs: number): ContainerEntry {
  const ports: Docker.Port[] = [];
  for (const [key, bindings] of Object.entries(inspect.NetworkSettings?.Ports ?? {})) {
    const [privatePort, protocol = 'tcp'] = key.split('/');
    if (!bindings || bindings.length === 0) {
      ports.push({ IP: '', PrivatePort: Number(privatePort), PublicPort: 0, Type: protocol });
      continue;
    }
    for (const binding of bindings) {
      ports.push({ IP: binding.HostIp, PrivatePort: Number(privatePort), PublicPort: Number(binding.HostPort), Type: protocol });
    }
  }
  const command = [inspect.Path, ...(inspect.Args ?? [])].filter(Boolean).join(' ');
  return {
    Id: inspect.Id,
    Names: [inspect.Name],
    Image: inspect.Config?.Image ?? inspect.Image,
    ImageID: inspect.Image,
    Command: command,
    Created: Math.floor(Date.parse(inspect.Created) / 1000),
    Ports: ports,
    Labels: inspect.Config?.Labels ?? {},
    State: inspect.State.Status,
    Status: statusText(inspect.State, nowMs),
    liveState: inspect.State,
    HostConfig: { NetworkMode: inspect.HostConfig?.NetworkMode ?? 'default' },
    NetworkSettings: { Networks: inspect.NetworkSettings?.Networks ?? {} },
    Mounts: (inspect.Mounts ?? []).map((mount) => ({
      Name: mount.Name,
      Type: mount.Type,
      Source: mount.Source,
      Destination: mount.Destination,
      Driver: mount.Driver,
      Mode: mount.Mode,
      RW: mount.RW,
      Propagation: mount.Propagation,
    })),
  };
}
