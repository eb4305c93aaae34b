/**
 * What `docker compose down` removes, said before it runs (`vscode`-free):
 * the project's containers, found on the engine by the labels Compose puts on
 * them, and its networks. Volumes and images stay (no `--volumes`, `--rmi`).
 */
import type Docker from 'dockerode';
import { containerName } from '../explorer/format';
import type { ComposeTarget } from './composeArgs';
import { Localizable, msg } from './localizable';

const projectLabel = 'com.docker.compose.project';
const configFilesLabel = 'com.docker.compose.project.config_files';

/**
 * Names of the containers (any state) `down` on `target` removes: those of the named project, or
 * for a bare compose file, those Compose created from it (its path is in their config-files label).
 */
export async function composeProjectContainers(docker: Docker, target: ComposeTarget): Promise<string[]> {
  // Bounded: an engine that never answers must not keep the confirmation from showing.
  const containers = await docker.listContainers({ all: true, filters: JSON.stringify({ label: [projectLabel] }), abortSignal: AbortSignal.timeout(3000) });
  return containers
    .filter((container) => {
      const labels = container.Labels ?? {};
      if (target.projectName !== undefined) return labels[projectLabel] === target.projectName;
      const configFiles = (labels[configFilesLabel] ?? '').split(',');
      return target.files.some((file) => configFiles.includes(file));
    })
    .map(containerName)
    .sort();
}

/**
 * The modal's text. `containers` is undefined when the engine could not be asked; the CLI then
 * reports for itself whether it reaches the engine.
 */
export function composeDownConfirmation(target: ComposeTarget, fileLabel: string, containers: readonly string[] | undefined): { message: Localizable; detail: Localizable } {
  const message = target.projectName !== undefined ? msg('Take down Compose project {0}?', target.projectName) : msg('Take down the Compose project of {0}?', fileLabel);
  if (containers === undefined) {
    return { message, detail: msg('Its containers and networks are stopped and removed. Volumes and images are kept.') };
  }
  if (containers.length === 0) {
    return { message, detail: msg('No container of it exists on the engine; its networks, if any, are removed. Volumes and images are kept.') };
  }
  return {
    message,
    detail: msg('{0} container(s) are stopped and removed: {1}. Its networks are removed too. Volumes and images are kept.', containers.length, containers.join(', ')),
  };
}
