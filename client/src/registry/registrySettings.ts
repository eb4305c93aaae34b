/**
 * Which registries the Registries view lists (`vscode`-free): every registry the Docker
 * configuration has a login or a credential helper for, and those the `dockside.registries`
 * setting adds (anonymous ones, registries reached over plain HTTP, repositories of a registry
 * that does not list its catalog, Docker Hub organizations).
 */
import { compareNames } from '../explorer/format';
import { credentialKey, dockerHubName, hostOfServerAddress, isLoopbackRegistry } from './registryNames';

/** One entry of `dockside.registries`: a bare address, or an object. */
export interface RegistrySetting {
  readonly address: string;
  /** Plain HTTP may be used when HTTPS fails (loopback registries always may). */
  readonly insecure: boolean;
  /** Repositories to show even when the registry's catalog does not list them (`team/app`). */
  readonly repositories: readonly string[];
  /** Docker Hub: namespaces (organizations) to list besides your own. */
  readonly namespaces: readonly string[];
}

/** A registry as the view lists it. */
export interface RegistryEntry {
  /** Where its login is kept: `https://index.docker.io/v1/` for Docker Hub, else the host. */
  readonly key: string;
  /** As shown and as image references name it: `docker.io`, `registry.example.com:5000`. */
  readonly host: string;
  readonly isDockerHub: boolean;
  /** The Docker configuration has a login (or a credential helper) for it. */
  readonly loggedIn: boolean;
  /** `dockside.registries` names it. */
  readonly inSettings: boolean;
  readonly insecure: boolean;
  readonly repositories: readonly string[];
  readonly namespaces: readonly string[];
}

/** The setting's valid entries (the settings editor flags the others from the schema). */
export function parseRegistriesSetting(value: unknown): RegistrySetting[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): RegistrySetting[] => {
    if (typeof entry === 'string') return entry.trim() ? [{ address: entry.trim(), insecure: false, repositories: [], namespaces: [] }] : [];
    const fields = entry as { address?: unknown; insecure?: unknown; repositories?: unknown; namespaces?: unknown } | null;
    if (typeof fields?.address !== 'string' || fields.address.trim() === '') return [];
    return [{ address: fields.address.trim(), insecure: fields.insecure === true, repositories: strings(fields.repositories), namespaces: strings(fields.namespaces) }];
  });
}

/**
 * Which registries may be reached over plain HTTP when HTTPS fails: loopback ones (as the engine
 * allows by default) and those the setting marks `insecure`; never any other.
 */
export function plainHttpAllowed(settings: readonly RegistrySetting[]): (registry: string) => boolean {
  const insecure = new Set(settings.filter((entry) => entry.insecure).map((entry) => hostOfServerAddress(entry.address)));
  return (registry) => isLoopbackRegistry(registry) || insecure.has(hostOfServerAddress(registry));
}

/**
 * The registries to list: logins (as credential keys, from `CredentialStore.knownRegistries`)
 * and the setting's, one entry per host, Docker Hub first and the others by name.
 */
export function registryEntries(loggedIn: readonly string[], settings: readonly RegistrySetting[]): RegistryEntry[] {
  const byHost = new Map<string, { loggedIn: boolean; inSettings: boolean; insecure: boolean; repositories: Set<string>; namespaces: Set<string> }>();
  const entryFor = (address: string) => {
    const host = hostOfServerAddress(address);
    let entry = byHost.get(host);
    if (!entry) byHost.set(host, (entry = { loggedIn: false, inSettings: false, insecure: false, repositories: new Set(), namespaces: new Set() }));
    return entry;
  };
  for (const key of loggedIn) entryFor(key).loggedIn = true;
  for (const setting of settings) {
    const entry = entryFor(setting.address);
    entry.inSettings = true;
    entry.insecure ||= setting.insecure;
    for (const repository of setting.repositories) entry.repositories.add(repository);
    for (const namespace of setting.namespaces) entry.namespaces.add(namespace);
  }
  return [...byHost]
    .map(([host, entry]) => ({
      key: credentialKey(host),
      host,
      isDockerHub: host === dockerHubName,
      loggedIn: entry.loggedIn,
      inSettings: entry.inSettings,
      insecure: entry.insecure,
      repositories: [...entry.repositories].sort(compareNames),
      namespaces: [...entry.namespaces].sort(compareNames),
    }))
    .sort((a, b) => Number(b.isDockerHub) - Number(a.isDockerHub) || compareNames(a.host, b.host));
}

/**
 * The setting with `repository` added to the registry's entry (a new object entry when it has
 * none, or only a bare address): what "Add Repository…" writes. `field` is `namespaces` for a
 * Docker Hub organization.
 */
export function withAddedName(value: unknown, registryHost: string, name: string, field: 'repositories' | 'namespaces' = 'repositories'): unknown[] {
  const entries = Array.isArray(value) ? [...(value as unknown[])] : [];
  const index = entries.findIndex((entry) => addressOf(entry) !== undefined && hostOfServerAddress(addressOf(entry)!) === registryHost);
  if (index < 0) return [...entries, { address: registryHost, [field]: [name] }];
  const existing = entries[index];
  const asObject: Record<string, unknown> = typeof existing === 'string' ? { address: existing } : { ...(existing as Record<string, unknown>) };
  const names = strings(asObject[field]);
  entries[index] = { ...asObject, [field]: names.includes(name) ? names : [...names, name] };
  return entries;
}

/** The setting without `name` in the registry's entry: what "Remove from View" writes. */
export function withoutName(value: unknown, registryHost: string, name: string, field: 'repositories' | 'namespaces' = 'repositories'): unknown[] {
  const entries = Array.isArray(value) ? [...(value as unknown[])] : [];
  return entries.map((entry) => {
    const address = addressOf(entry);
    if (typeof entry === 'string' || address === undefined || hostOfServerAddress(address) !== registryHost) return entry;
    return { ...(entry as Record<string, unknown>), [field]: strings((entry as Record<string, unknown>)[field]).filter((existing) => existing !== name) };
  });
}

function addressOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  const address = (entry as { address?: unknown } | null)?.address;
  return typeof address === 'string' ? address : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim()) : [];
}
