/**
 * Where the Docker Engine is, decided the way the `docker` CLI decides it, as
 * pure functions of what was read from the environment and `~/.docker`:
 *
 *   1. the machine-scoped setting `dockside.engine.host` (never a workspace value:
 *      a cloned repository must not be able to redirect the engine),
 *   2. `DOCKER_HOST` (with `DOCKER_TLS_VERIFY`/`DOCKER_TLS` and `DOCKER_CERT_PATH` for tcp),
 *   3. the current context: `DOCKER_CONTEXT`, else `currentContext` in `config.json`,
 *      whose endpoint is in `contexts/meta/<sha256(name)>/meta.json`,
 *   4. the platform's default socket.
 *
 * A choice made in "Switch Engine or Context..." (`EngineChoice`) comes before all
 * of them: a context by name, or an address.
 *
 * Reading the files is the job of `locationFiles.ts`; nothing here touches the disk.
 */
import { createHash } from 'node:crypto';

/** How to reach the engine, ready to be turned into dockerode options. */
export type EngineAddress =
  | { readonly transport: 'socket'; readonly socketPath: string }
  | { readonly transport: 'tcp'; readonly hostname: string; readonly port: number; readonly tls?: TlsFiles }
  | { readonly transport: 'ssh'; readonly hostname: string; readonly port: number; readonly username?: string }
  | { readonly transport: 'invalid'; readonly reason: string };

export interface TlsFiles {
  /** Verify the engine's certificate against `ca` (DOCKER_TLS_VERIFY; a context's `SkipTLSVerify: false`). */
  readonly verify: boolean;
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
}

export type EngineLocationSource = 'chosen' | 'setting' | 'env' | 'context' | 'default';

/** What the user chose in "Switch Engine or Context...", remembered per machine; none means: decide as the CLI does. */
export type EngineChoice = { readonly kind: 'context'; readonly name: string } | { readonly kind: 'host'; readonly host: string };

export interface EngineLocation {
  /** The host as the user would write it, e.g. `unix:///var/run/docker.sock`. */
  readonly host: string;
  /** The Docker context the host belongs to: `default` unless a named context is in use. */
  readonly contextName: string;
  readonly source: EngineLocationSource;
  readonly address: EngineAddress;
}

/** A context's endpoint, from its `meta.json`. */
export interface ContextMeta {
  readonly name: string;
  readonly host: string;
  readonly skipTlsVerify: boolean;
  /** `docker context create --description`. */
  readonly description?: string;
}

export interface EngineLocationInputs {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** `DOCKER_CONFIG`, else `~/.docker`. */
  readonly dockerConfigDir: string;
  /** `dockside.engine.host` at user (machine) level only; see `machineHostSetting`. */
  readonly hostSetting?: string;
  readonly choice?: EngineChoice;
  /** The chosen context, else the current one: its name (see `currentContextName`) and its metadata, if it has any. */
  readonly context: { readonly name: string; readonly meta?: ContextMeta; readonly tlsFileNames?: readonly string[] };
}

export const defaultContextName = 'default';

/** The platform's default engine host. */
export function defaultHost(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'npipe:////./pipe/docker_engine' : 'unix:///var/run/docker.sock';
}

/**
 * The value of `dockside.engine.host` that may be used: the user's global
 * value only. VS Code already refuses machine-scoped values in workspace
 * settings, but a workspace or folder value must never win even if it got there.
 */
export function machineHostSetting(inspected: { globalValue?: unknown } | undefined): string | undefined {
  const value = inspected?.globalValue;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `DOCKER_CONTEXT`, else `currentContext` from config.json's text, else `default`. */
export function currentContextName(env: Readonly<Record<string, string | undefined>>, configJson: string | undefined): string {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  if (configJson === undefined) return defaultContextName;
  try {
    const config = JSON.parse(configJson) as { currentContext?: unknown };
    return typeof config.currentContext === 'string' && config.currentContext !== '' ? config.currentContext : defaultContextName;
  } catch {
    // A damaged config.json does not stop the CLI's default context from working.
    return defaultContextName;
  }
}

/** The directory name of a context under `contexts/meta` and `contexts/tls`. */
export function contextDirectoryName(contextName: string): string {
  return createHash('sha256').update(contextName).digest('hex');
}

/** The docker endpoint of a context's `meta.json`, or `undefined` if it has none. */
export function parseContextMeta(text: string): ContextMeta | undefined {
  try {
    const meta = JSON.parse(text) as { Name?: unknown; Metadata?: { Description?: unknown }; Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } } };
    const docker = meta.Endpoints?.docker;
    if (typeof meta.Name !== 'string' || typeof docker?.Host !== 'string') return undefined;
    const description = typeof meta.Metadata?.Description === 'string' && meta.Metadata.Description !== '' ? meta.Metadata.Description : undefined;
    return { name: meta.Name, host: docker.Host, skipTlsVerify: docker.SkipTLSVerify === true, ...(description ? { description } : {}) };
  } catch {
    return undefined;
  }
}

export function resolveEngineLocation(inputs: EngineLocationInputs): EngineLocation {
  const { env, platform } = inputs;
  const envTls = envTlsFiles(env, inputs.dockerConfigDir, platform);
  const { choice } = inputs;

  if (choice?.kind === 'host') {
    return { host: choice.host, contextName: defaultContextName, source: 'chosen', address: parseEngineHost(choice.host, undefined) };
  }
  // A chosen context wins over the setting and DOCKER_HOST, except that the `default` context *is* DOCKER_HOST, as for the CLI.
  if (inputs.hostSetting && !choice) {
    return { host: inputs.hostSetting, contextName: defaultContextName, source: 'setting', address: parseEngineHost(inputs.hostSetting, envTls) };
  }
  if (env.DOCKER_HOST && (!choice || choice.name === defaultContextName)) {
    return { host: env.DOCKER_HOST, contextName: defaultContextName, source: 'env', address: parseEngineHost(env.DOCKER_HOST, envTls) };
  }
  const { name, meta, tlsFileNames = [] } = inputs.context;
  if (name !== defaultContextName) {
    if (!meta) {
      return {
        host: '',
        contextName: name,
        source: 'context',
        address: { transport: 'invalid', reason: `the current Docker context "${name}" was not found in ${inputs.dockerConfigDir}` },
      };
    }
    const tlsDir = joinPath(platform, inputs.dockerConfigDir, 'contexts', 'tls', contextDirectoryName(name), 'docker');
    const has = (file: string): string | undefined => (tlsFileNames.includes(file) ? joinPath(platform, tlsDir, file) : undefined);
    const tls: TlsFiles | undefined =
      tlsFileNames.length > 0 ? { verify: !meta.skipTlsVerify, caFile: has('ca.pem'), certFile: has('cert.pem'), keyFile: has('key.pem') } : undefined;
    return { host: meta.host, contextName: name, source: 'context', address: parseEngineHost(meta.host, tls) };
  }
  const host = defaultHost(platform);
  return { host, contextName: defaultContextName, source: 'default', address: parseEngineHost(host, undefined) };
}

/**
 * Parses `unix://`, `npipe://`, `tcp://`, `http(s)://` and `ssh://` hosts.
 * `tls` applies to tcp only; `https://` turns TLS on even without it.
 */
export function parseEngineHost(host: string, tls: TlsFiles | undefined): EngineAddress {
  const scheme = /^([a-z+]+):\/\//i.exec(host)?.[1]?.toLowerCase();
  if (scheme === 'unix' || scheme === 'npipe') {
    const socketPath = host.slice(scheme.length + 3);
    if (socketPath === '') return { transport: 'invalid', reason: `${host} names no socket path` };
    return { transport: 'socket', socketPath };
  }
  if (scheme === undefined || scheme === 'tcp' || scheme === 'http' || scheme === 'https' || scheme === 'ssh') {
    let url: URL;
    try {
      // The CLI accepts a bare `host:port` as tcp.
      url = new URL(scheme === undefined ? `tcp://${host}` : host);
    } catch {
      return { transport: 'invalid', reason: `${host} is not a valid engine address` };
    }
    if (url.hostname === '') return { transport: 'invalid', reason: `${host} names no host` };
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (scheme === 'ssh') {
      return { transport: 'ssh', hostname, port: url.port ? Number(url.port) : 22, username: url.username ? decodeURIComponent(url.username) : undefined };
    }
    const useTls = tls ?? (scheme === 'https' ? { verify: true } : undefined);
    const port = url.port ? Number(url.port) : useTls ? 2376 : 2375;
    return useTls ? { transport: 'tcp', hostname, port, tls: useTls } : { transport: 'tcp', hostname, port };
  }
  return { transport: 'invalid', reason: `${host} uses the unsupported scheme "${scheme}://" (use unix, npipe, tcp or ssh)` };
}

/** TLS for a tcp `DOCKER_HOST`: on with `DOCKER_TLS_VERIFY` (verifying) or `DOCKER_TLS`; certificates from `DOCKER_CERT_PATH`. */
function envTlsFiles(env: Readonly<Record<string, string | undefined>>, dockerConfigDir: string, platform: NodeJS.Platform): TlsFiles | undefined {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return undefined;
  const certDir = env.DOCKER_CERT_PATH || dockerConfigDir;
  return {
    verify,
    caFile: joinPath(platform, certDir, 'ca.pem'),
    certFile: joinPath(platform, certDir, 'cert.pem'),
    keyFile: joinPath(platform, certDir, 'key.pem'),
  };
}

/** Joins with the target platform's separator, so that tests of Windows paths pass on Linux. */
function joinPath(platform: NodeJS.Platform, ...parts: string[]): string {
  const separator = platform === 'win32' ? '\\' : '/';
  return parts.map((part, index) => (index === 0 ? part.replace(/[\\/]+$/, '') : part.replace(/^[\\/]+|[\\/]+$/g, ''))).join(separator);
}
