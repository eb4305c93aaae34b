/**
 * One client per registry for the Registries view and its commands (`vscode`-free): made on
 * first use with the login from the credential store, kept (with its tokens and what it read by
 * digest) until a refresh or a change of login forgets it.
 */
import type { CredentialStore } from './credentials';
import { DistributionApi } from './distribution';
import { DockerHubApi } from './dockerHub';
import { RegistryClient } from './registryClient';
import { credentialKey, dockerHubKey, isLoopbackRegistry } from './registryNames';

export interface RegistrySessionOptions {
  /** Which registries may be reached over plain HTTP when HTTPS fails: loopback ones unless told otherwise. */
  readonly insecure?: (registry: string) => boolean;
  readonly certsDirs?: readonly string[];
  /** Every request's limit on a silent registry. */
  readonly timeoutMs?: number;
  /** Docker Hub's API address (tests point it at a server of their own). */
  readonly hubApiUrl?: string;
}

export class RegistrySessions {
  private readonly distributions = new Map<string, Promise<DistributionApi>>();
  private hubApi: Promise<DockerHubApi> | undefined;

  constructor(
    readonly credentials: CredentialStore,
    private options: RegistrySessionOptions = {},
  ) {}

  /** New options (a changed setting): every client is made again. */
  configure(options: RegistrySessionOptions): void {
    this.options = options;
    this.forget();
  }

  /** The Registry HTTP API of a registry (Docker Hub's too: registry-1.docker.io). */
  distribution(registry: string): Promise<DistributionApi> {
    const key = credentialKey(registry);
    let session = this.distributions.get(key);
    if (!session) {
      session = this.credentials.get(key).then((credential) => {
        return new DistributionApi(
          new RegistryClient(key, credential, {
            insecure: this.options.insecure ?? isLoopbackRegistry,
            certsDirs: this.options.certsDirs,
            timeoutMs: this.options.timeoutMs,
          }),
        );
      });
      this.distributions.set(key, session);
      // A credential helper that failed is asked again next time.
      const made = session;
      made.catch(() => this.distributions.get(key) === made && this.distributions.delete(key));
    }
    return session;
  }

  /** Docker Hub's own API, with the Docker Hub login. */
  hub(): Promise<DockerHubApi> {
    if (!this.hubApi) {
      const session = this.credentials.get(dockerHubKey).then((credential) => new DockerHubApi(credential, { baseUrl: this.options.hubApiUrl, timeoutMs: this.options.timeoutMs }));
      this.hubApi = session;
      // A credential helper that failed is asked again next time.
      session.catch(() => this.hubApi === session && (this.hubApi = undefined));
    }
    return this.hubApi;
  }

  /** Forgets a registry's clients (every registry's without an argument): the next use reads the login again. */
  forget(registry?: string): void {
    if (registry === undefined) this.distributions.clear();
    else this.distributions.delete(credentialKey(registry));
    if (registry === undefined || credentialKey(registry) === dockerHubKey) this.hubApi = undefined;
  }
}
