/**
 * Registry credentials where the Docker CLI keeps them (`vscode`-free): the credential helper
 * config.json names for that registry (`credHelpers`), else the one for every registry
 * (`credsStore`), else config.json's own `auths`. Reading, storing and erasing follow
 * `docker login`/`docker logout`, so a login in either is a login in both.
 */
import { Emitter } from '../engine/emitter';
import type { Log } from '../log';
import { helperErase, helperGet, helperList, helperStore, type HelperOptions } from './credentialHelper';
import { dockerConfigDir, dockerConfigPath, readDockerConfig, writeDockerConfig, type AuthEntry, type DockerConfigFile } from './dockerConfig';
import { credentialKey, hostOfServerAddress } from './registryNames';

/** A login to a registry. With an identity token (an OAuth refresh token) there is no password. */
export interface RegistryCredential {
  readonly username: string;
  readonly password: string;
  readonly identityToken?: string;
}

/** Where a registry's credentials live: which helper program, or config.json itself. */
export type CredentialSource = { readonly kind: 'helper'; readonly helper: string } | { readonly kind: 'file'; readonly path: string };

export interface CredentialStoreOptions {
  /** The Docker configuration folder; `$DOCKER_CONFIG`, else `~/.docker`. */
  readonly configDir?: string;
  /** The environment helpers run in (and `DOCKER_CONFIG` is read from). */
  readonly env?: NodeJS.ProcessEnv;
  /** How long a helper may take to answer; a keychain waiting for a prompt must not stall a push. */
  readonly helperTimeoutMs?: number;
  /** Where helper runs are logged. */
  readonly log?: Log;
}

/** The helper protocol's user name for "the secret is an identity token". */
const identityTokenUser = '<token>';

export class CredentialStore {
  readonly configDir: string;
  private readonly helperOptions: HelperOptions;
  private readonly changed = new Emitter<string>();
  /** Fires with the registry's credential key after a login is stored or erased through this store. */
  readonly onDidChange = this.changed.event;

  constructor(options: CredentialStoreOptions = {}) {
    this.configDir = options.configDir ?? dockerConfigDir(options.env ?? process.env);
    this.helperOptions = { timeoutMs: options.helperTimeoutMs ?? 10_000, env: options.env, log: options.log };
  }

  /** Where `store` would put, and `get` looks for, this registry's credentials. */
  async sourceFor(registry: string): Promise<CredentialSource> {
    return sourceIn(await this.config(), registry, dockerConfigPath(this.configDir));
  }

  /** The registry's credentials, or `undefined` when nobody logged in to it. */
  async get(registry: string): Promise<RegistryCredential | undefined> {
    const config = await this.config();
    const key = credentialKey(registry);
    const source = sourceIn(config, registry, dockerConfigPath(this.configDir));
    if (source.kind === 'helper') {
      const found = await helperGet(source.helper, key, this.helperOptions);
      if (!found || (found.Username === '' && found.Secret === '')) return undefined;
      return found.Username === identityTokenUser
        ? { username: '', password: '', identityToken: found.Secret }
        : { username: found.Username, password: found.Secret };
    }
    const entry = findAuthEntry(config, registry)?.[1];
    return entry && credentialFromEntry(entry);
  }

  /** Stores a login as `docker login` does; resolves to where it went. */
  async store(registry: string, credential: RegistryCredential): Promise<CredentialSource> {
    const config = await this.config();
    const key = credentialKey(registry);
    const source = sourceIn(config, registry, dockerConfigPath(this.configDir));
    const auths = { ...(config.auths ?? {}) };
    for (const [existing] of matchingAuthEntries(config, registry)) delete auths[existing];
    if (source.kind === 'helper') {
      const secret = credential.identityToken ?? credential.password;
      await helperStore(source.helper, { ServerURL: key, Username: credential.identityToken ? identityTokenUser : credential.username, Secret: secret }, this.helperOptions);
      // Like the CLI: an empty entry in config.json lists the registry; the secret stays with the helper.
      auths[key] = {};
    } else {
      const entry: AuthEntry = { auth: Buffer.from(`${credential.username}:${credential.password}`).toString('base64') };
      if (credential.identityToken) entry.identitytoken = credential.identityToken;
      auths[key] = entry;
    }
    await writeDockerConfig(this.configDir, { ...config, auths });
    this.changed.fire(key);
    return source;
  }

  /** Removes a login as `docker logout` does. True when there was one. */
  async erase(registry: string): Promise<boolean> {
    const config = await this.config();
    const source = sourceIn(config, registry, dockerConfigPath(this.configDir));
    let erased = false;
    if (source.kind === 'helper') erased = await helperErase(source.helper, credentialKey(registry), this.helperOptions);
    const entries = matchingAuthEntries(config, registry);
    if (entries.length > 0) {
      const auths = { ...(config.auths ?? {}) };
      for (const [key, entry] of entries) {
        // A helper's placeholder is not a login of its own.
        if (source.kind === 'file' && credentialFromEntry(entry)) erased = true;
        delete auths[key];
      }
      await writeDockerConfig(this.configDir, { ...config, auths });
    }
    this.changed.fire(credentialKey(registry));
    return erased;
  }

  /**
   * Every registry with a login or a helper of its own, as credential keys, sorted: config.json's
   * `auths`, its `credHelpers`, and what the `credsStore` helper lists. A helper that fails to list
   * leaves out only its own entries.
   */
  async knownRegistries(): Promise<string[]> {
    const config = await this.config();
    const keys = new Set<string>();
    for (const key of Object.keys(config.auths ?? {})) keys.add(credentialKey(key));
    for (const key of Object.keys(config.credHelpers ?? {})) keys.add(credentialKey(key));
    if (config.credsStore) {
      const listed = await helperList(config.credsStore, this.helperOptions).catch(() => ({}));
      for (const key of Object.keys(listed)) keys.add(credentialKey(key));
    }
    return [...keys].sort();
  }

  /**
   * Every known registry's credentials (for the classic builder's registry configuration, which
   * needs all of them up front). A registry whose helper fails is left out rather than failing
   * the build that may not need it.
   */
  async getAll(): Promise<Map<string, RegistryCredential>> {
    const all = new Map<string, RegistryCredential>();
    for (const key of await this.knownRegistries()) {
      const credential = await this.get(key).catch(() => undefined);
      if (credential) all.set(key, credential);
    }
    return all;
  }

  private config(): Promise<DockerConfigFile> {
    return readDockerConfig(this.configDir);
  }
}

/**
 * The body of `X-Registry-Auth` (push, pull) for a credential: what the engine sends the
 * registry. An identity token goes as such; the engine exchanges it for an access token.
 */
export function registryAuthHeader(registry: string, credential: RegistryCredential): Record<string, string> {
  const serveraddress = credentialKey(registry);
  return credential.identityToken
    ? { identitytoken: credential.identityToken, serveraddress }
    : { username: credential.username, password: credential.password, serveraddress };
}

function sourceIn(config: DockerConfigFile, registry: string, configPath: string): CredentialSource {
  const host = hostOfServerAddress(registry);
  const ownHelper = Object.entries(config.credHelpers ?? {}).find(([key]) => hostOfServerAddress(key) === host)?.[1];
  const helper = ownHelper || config.credsStore;
  return helper ? { kind: 'helper', helper } : { kind: 'file', path: configPath };
}

/** `auths` entries for the registry: its exact key first, then any key naming the same host (`https://host/`). */
function matchingAuthEntries(config: DockerConfigFile, registry: string): [string, AuthEntry][] {
  const host = hostOfServerAddress(registry);
  const key = credentialKey(registry);
  return Object.entries(config.auths ?? {})
    .filter(([candidate]) => candidate === key || hostOfServerAddress(candidate) === host)
    .sort(([a], [b]) => Number(b === key) - Number(a === key));
}

function findAuthEntry(config: DockerConfigFile, registry: string): [string, AuthEntry] | undefined {
  return matchingAuthEntries(config, registry).find(([, entry]) => credentialFromEntry(entry) !== undefined);
}

function credentialFromEntry(entry: AuthEntry): RegistryCredential | undefined {
  const identityToken = typeof entry.identitytoken === 'string' && entry.identitytoken !== '' ? entry.identitytoken : undefined;
  let username = typeof entry.username === 'string' ? entry.username : '';
  let password = typeof entry.password === 'string' ? entry.password : '';
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  if (!identityToken && username === '' && password === '') return undefined;
  return identityToken ? { username, password: '', identityToken } : { username, password };
}
