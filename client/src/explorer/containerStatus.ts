/**
 * A container's list entry rebuilt from `GET /containers/{id}/json`.
 *
 * Why not re-list the one container? dockerd announces an event before it
 * saves the container to the snapshot `/containers/json` reads, so a listing
 * made on the event can still show the old state (seen with `pause`). Inspect
 * reads the live container, so the explorer builds the same entry from it,
 * including the `Up 5 minutes`-style status text the list would have shown.
 */
import type Docker from 'dockerode';

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

type InspectState = Docker.ContainerInspectInfo['State'];

/** The `STATUS` column of `docker ps` for a container's state. */
export function statusText(state: InspectState, nowMs: number): string {
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

/** The list entry (`GET /containers/json`) equivalent of an inspect result. */
export function containerInfoFromInspect(inspect: Docker.ContainerInspectInfo, nowMs: number): Docker.ContainerInfo {
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
