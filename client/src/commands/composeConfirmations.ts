/**
 * What a destructive compose command removes, said before it runs
 * (`vscode`-free): `down` removes the project's containers (orphans
 * included) and networks, found on the engine by the labels compose puts on
 * them; a service's Remove, its containers. Volumes and images stay (no
 * `--volumes`, no `--rmi`).
 */
import type Docker from 'dockerode';
import { containerName } from '../explorer/format';
import { Localizable, msg } from './localizable';

const projectLabel = 'com.docker.compose.project';

export interface ComposeDownScope {
  /** Container names, any state, sorted. */
  readonly containers: readonly string[];
  /** Network names, sorted. */
  readonly networks: readonly string[];
}

/** The containers and networks `down` on the project named `projectName` removes. */
export async function composeDownScope(docker: Docker, projectName: string): Promise<ComposeDownScope> {
  const filters = JSON.stringify({ label: [`${projectLabel}=${projectName}`] });
  // Bounded: an engine that never answers must not keep the confirmation from showing.
  const [containers, networks] = await Promise.all([
    docker.listContainers({ all: true, filters, abortSignal: AbortSignal.timeout(3000) }),
    docker.listNetworks({ filters, abortSignal: AbortSignal.timeout(3000) } as Docker.NetworkListOptions),
  ]);
  return { containers: containers.map(containerName).sort(), networks: networks.map((network) => network.Name).sort() };
}

/** The modal's text. `scope` is undefined when the engine could not be asked; the CLI then reports for itself. */
export function composeDownConfirmation(projectName: string, scope: ComposeDownScope | undefined): { message: Localizable; detail: Localizable } {
  const message = msg('Take down Compose project {0}?', projectName);
  if (scope === undefined) return { message, detail: msg('Its containers and networks are stopped and removed. Volumes and images are kept.') };
  const containers = scope.containers.join(', ');
  const networks = scope.networks.join(', ');
  if (scope.containers.length > 0 && scope.networks.length > 0) {
    return {
      message,
      detail: msg('{0} container(s) are stopped and removed: {1}. The network(s) {2} are removed too. Volumes and images are kept.', scope.containers.length, containers, networks),
    };
  }
  if (scope.containers.length > 0) {
    return { message, detail: msg('{0} container(s) are stopped and removed: {1}. Volumes and images are kept.', scope.containers.length, containers) };
  }
  if (scope.networks.length > 0) {
    return { message, detail: msg('No container of it exists on the engine; the network(s) {0} are removed. Volumes and images are kept.', networks) };
  }
  return { message, detail: msg('Nothing of it exists on the engine. Volumes and images are kept.') };
}

/** The modal's text for removing a service's containers (`rm --stop --force`). */
export function composeServiceRemovalConfirmation(service: string, containers: readonly string[]): { message: Localizable; detail: Localizable } {
  return {
    message: msg('Remove the containers of service {0}?', service),
    detail: msg('{0} container(s) are stopped and removed: {1}. Volumes and images are kept.', containers.length, [...containers].sort().join(', ')),
  };
}
