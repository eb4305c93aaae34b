/**
 * The engines the engine tier runs its explorer and command suites against:
 * the Docker Engine at the default socket, and a real Podman 4.3 (`podman
 * system service` on a private socket). test/run.mjs starts one Podman for the
 * tier and passes it as DOCKSIDE_PODMAN_HOST; a file run on its own starts its
 * own, stopped when the process exits.
 *
 *   for (const target of testEngines) describe(`… (${target.name})`, () => {
 *     before(() => target.ready());
 *     …target.docker…
 *   });
 */
import Docker from 'dockerode';
import type { EngineKind } from '../../client/src/engine/identity';
import { busyboxImage, podmanBusyboxImage } from './engineFixtures';
import { startPodmanService, type PodmanService } from './podmanService';

export interface TestEngine {
  readonly kind: EngineKind;
  /** For test titles: `Docker Engine` or `Podman`. */
  readonly name: string;
  /** Resolves once the engine answers; `docker` and `host` are usable from then on. */
  ready(): Promise<Docker>;
  readonly docker: Docker;
  /** `unix://…`, for a Docker context or a chosen address. */
  readonly host: string;
  /** The busybox test image's name there (see `ensureBusyboxImage`). */
  readonly busyboxImage: string;
  /** How the engine lists a name given without a registry: Podman's Docker-compatible API files it under `docker.io/`. */
  listed(name: string): string;
}

const dockerSocket = '/var/run/docker.sock';

const dockerEngine: TestEngine = {
  kind: 'docker',
  name: 'Docker Engine',
  ready: () => Promise.resolve(dockerEngine.docker),
  docker: new Docker({ socketPath: dockerSocket }),
  host: `unix://${dockerSocket}`,
  busyboxImage,
  listed: (name) => name,
};

let podmanStarted: Promise<PodmanService> | undefined;
let podmanClient: Docker | undefined;
let podmanHost: string | undefined;

/** The tier's Podman, or one of this process's own. */
function podmanService(): Promise<{ host: string }> {
  const given = process.env.DOCKSIDE_PODMAN_HOST;
  if (given) return Promise.resolve({ host: given });
  podmanStarted ??= startPodmanService().then((service) => {
    // Stopped with the process, by its pid: a test run never leaves a service behind.
    process.once('exit', () => process.kill(service.pid));
    return service;
  });
  return podmanStarted;
}

const podmanEngine: TestEngine = {
  kind: 'podman',
  name: 'Podman',
  async ready() {
    if (!podmanClient) {
      const { host } = await podmanService();
      podmanHost = host;
      podmanClient = new Docker({ socketPath: host.replace(/^unix:\/\//, '') });
    }
    return podmanClient;
  },
  get docker(): Docker {
    if (!podmanClient) throw new Error('Podman is not ready: await target.ready() in a before hook');
    return podmanClient;
  },
  get host(): string {
    if (!podmanHost) throw new Error('Podman is not ready: await target.ready() in a before hook');
    return podmanHost;
  },
  busyboxImage: podmanBusyboxImage,
  listed: (name) => (/^([^/]+[.:][^/]*|localhost)\//.test(name) ? name : `docker.io/${name}`),
};

export const testEngines: readonly TestEngine[] = [dockerEngine, podmanEngine];
export { dockerEngine, podmanEngine };
