/**
 * Podman's pods, which the Docker-compatible API does not show: the libpod
 * API lists them with their members (`GET /v<version>/libpod/pods/json`, same socket).
 */
import type Docker from 'dockerode';

interface LibpodPod {
  readonly Name: string;
  readonly Containers?: ReadonlyArray<{ readonly Id: string }> | null;
}

/** Container ID → pod name, for every container in a pod. */
export function podMembers(pods: readonly LibpodPod[]): Map<string, string> {
  const members = new Map<string, string>();
  for (const pod of pods) for (const container of pod.Containers ?? []) members.set(container.Id, pod.Name);
  return members;
}

/** The libpod API wants a version in the path; Podman's own version is one it serves. */
export async function listPodMembers(docker: Docker, podmanVersion: string): Promise<Map<string, string>> {
  const pods = await new Promise<LibpodPod[]>((resolve, reject) => {
    docker.modem.dial({ path: `/v${podmanVersion}/libpod/pods/json`, method: 'GET', statusCodes: { 200: true, 500: 'server error' }, options: {} }, (error, result) =>
      error ? reject(error) : resolve((result as LibpodPod[] | null) ?? []),
    );
  });
  return podMembers(pods);
}
