/**
 * The engine side of the volume and network commands (`vscode`-free), with
 * the removal confirmations that name the containers still using them.
 */
import type Docker from 'dockerode';
import { containerName } from '../explorer/format';
import { Localizable, msg } from './localizable';

export async function createVolume(docker: Docker, name: string, labels?: Record<string, string>): Promise<void> {
  await docker.createVolume({ Name: name, Labels: labels });
}

export async function createNetwork(docker: Docker, name: string, driver: string, labels?: Record<string, string>): Promise<void> {
  await docker.createNetwork({ Name: name, Driver: driver, Labels: labels, CheckDuplicate: true });
}

/** Containers (any state) that mount the volume. */
export async function containersUsingVolume(docker: Docker, volumeName: string): Promise<string[]> {
  const containers = await docker.listContainers({ all: true, filters: JSON.stringify({ volume: [volumeName] }) });
  return containers.map(containerName);
}

/**
 * Containers (any state) configured for the network. The network's own endpoint list has only the
 * running ones, but a stopped container configured for a removed network can no longer start. The
 * `network` filter matches a stopped container by the network's name only (it has no endpoint ID yet).
 */
export async function containersOnNetwork(docker: Docker, networkId: string): Promise<string[]> {
  const { Id, Name } = (await docker.getNetwork(networkId).inspect()) as { Id: string; Name: string };
  const containers = await docker.listContainers({ all: true, filters: JSON.stringify({ network: [Id, Name] }) });
  return containers.map(containerName);
}

/** What a volume's or network's remove confirmation says; `blocked` while containers still use it (the engine refuses). */
export interface UsedObjectRemovalConfirmation {
  readonly message: Localizable;
  readonly detail: Localizable;
  readonly blocked: boolean;
}

export function volumeRemovalConfirmation(name: string, users: readonly string[]): UsedObjectRemovalConfirmation {
  if (users.length > 0) {
    return {
      message: msg('Volume {0} is in use.', name),
      detail: msg('Used by containers: {0}. Remove those containers first; the engine does not remove a volume in use.', users.join(', ')),
      blocked: true,
    };
  }
  return { message: msg('Remove volume {0}?', name), detail: msg('All data stored in the volume is deleted. This cannot be undone.'), blocked: false };
}

export function networkRemovalConfirmation(name: string, users: readonly string[]): UsedObjectRemovalConfirmation {
  if (users.length > 0) {
    return {
      message: msg('Network {0} is in use.', name),
      detail: msg('Containers attached: {0}. Disconnect or remove them first.', users.join(', ')),
      blocked: true,
    };
  }
  return { message: msg('Remove network {0}?', name), detail: msg('The network is deleted; no container is attached to it.'), blocked: false };
}

export async function removeVolume(docker: Docker, name: string): Promise<void> {
  await docker.getVolume(name).remove();
}

export async function removeNetwork(docker: Docker, id: string): Promise<void> {
  await docker.getNetwork(id).remove();
}
