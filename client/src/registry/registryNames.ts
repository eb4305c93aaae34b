/**
 * Registry names as the Docker CLI and the engine spell them (`vscode`-free):
 * which registry an image reference names, the key credentials are kept
 * under (Docker Hub's is `https://index.docker.io/v1/`), and the host its
 * Registry HTTP API answers on.
 */

/** The key the Docker CLI keeps Docker Hub's credentials under, in `auths` and credential helpers alike. */
export const dockerHubKey = 'https://index.docker.io/v1/';
/** The name an image reference without a registry is pulled from and pushed to. */
export const dockerHubName = 'docker.io';
/** Where Docker Hub's Registry HTTP API answers (the engine and BuildKit call it this too). */
const dockerHubApiHost = 'registry-1.docker.io';
const dockerHubAliases = new Set([dockerHubName, 'index.docker.io', dockerHubApiHost, 'registry.hub.docker.com']);

/**
 * The registry an image reference names: its first path component when that looks like a host
 * (has a `.` or a `:`, or is `localhost`), else Docker Hub. `127.0.0.1:5000/app:1` →
 * `127.0.0.1:5000`; `team/app` and `app` → `docker.io`.
 */
export function registryOfReference(reference: string): string {
  const slash = reference.indexOf('/');
  if (slash < 0) return dockerHubName;
  const first = reference.slice(0, slash);
  const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
  return isHost ? hostOfServerAddress(first) : dockerHubName;
}

/** Whether a reference names its registry (`registry.example.com/app`), rather than going to Docker Hub by default. */
export function namesRegistry(reference: string): boolean {
  return registryOfReference(reference) !== dockerHubName || /^(docker\.io|index\.docker\.io)\//.test(reference);
}

/**
 * The host part of whatever a user or a config file calls a registry: `https://host:5000/v1/`,
 * `host:5000/`, `host:5000` → `host:5000`; every Docker Hub alias → `docker.io`.
 */
export function hostOfServerAddress(address: string): string {
  const withoutScheme = address.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = withoutScheme.split('/')[0].toLowerCase();
  return dockerHubAliases.has(host) ? dockerHubName : host;
}

/** The key credentials for a registry are stored and looked up under: Docker Hub's URL, else the bare host. */
export function credentialKey(registry: string): string {
  const host = hostOfServerAddress(registry);
  return host === dockerHubName ? dockerHubKey : host;
}

/** How a registry is named to a user: `docker.io` for Docker Hub, else its host. */
export function registryDisplayName(registry: string): string {
  return hostOfServerAddress(registry);
}

/** The host whose `/v2/` is the registry's HTTP API. */
export function apiHostOf(registry: string): string {
  const host = hostOfServerAddress(registry);
  return host === dockerHubName ? dockerHubApiHost : host;
}

/**
 * Loopback registries, which the engine treats as insecure by default (`127.0.0.0/8`), and
 * `localhost`: the only ones reached over plain HTTP unless the user says otherwise.
 */
export function isLoopbackRegistry(registry: string): boolean {
  const host = hostOfServerAddress(registry);
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}
