/**
 * What we are connected to, from `GET /_ping`'s headers or `GET /version`, and
 * the address: Docker Engine or Podman, versions, platform, and whether it is
 * remote. Pure, so the status bar, the view's tooltip and the tests share one
 * reading.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { headerValue } from './dial';
import type { EngineAddress } from './location';

export type EngineKind = 'docker' | 'podman';

export interface EngineIdentity {
  readonly kind: EngineKind;
  /** The engine's version (`4.3.1`, `20.10.24`). */
  readonly version: string;
  /** The Docker Engine API version it serves (Podman serves Docker's API too). */
  readonly apiVersion: string;
  readonly os: string;
  /** `amd64`, `arm64`; `''` until `/version` has answered (`/_ping` does not say). */
  readonly arch: string;
  /** Reached over ssh, or over tcp to another machine. */
  readonly remote: boolean;
}

/** The fields of `GET /version` read here (dockerode's `DockerVersion` has them all). */
export interface VersionAnswer {
  readonly Version: string;
  readonly ApiVersion: string;
  readonly Os?: string;
  readonly Arch?: string;
  readonly Components?: ReadonlyArray<{ readonly Name: string }>;
  readonly Platform?: { readonly Name?: string };
}

/**
 * What an engine lacks compared with a Docker Engine, so that the views and
 * commands hide or explain it instead of failing.
 */
export interface EngineCapabilities {
  /** BuildKit sessions on `/build` (`version=2`); Podman builds with the classic API only. */
  readonly buildKit: boolean;
  /** `network create`/`destroy` events: Podman 4 sends none, so the Networks view cannot follow them. */
  readonly networkLifecycleEvents: boolean;
  /** Pods, listed by the libpod API. */
  readonly pods: boolean;
}

/** Podman names itself in `Components` ("Podman Engine"); Docker says "Engine". */
export function engineIdentity(answer: VersionAnswer, address: EngineAddress): EngineIdentity {
  const names = [...(answer.Components ?? []).map((component) => component.Name), answer.Platform?.Name ?? ''];
  return {
    kind: names.some((name) => /podman/i.test(name)) ? 'podman' : 'docker',
    version: answer.Version,
    apiVersion: answer.ApiVersion,
    os: answer.Os ?? '',
    arch: answer.Arch ?? '',
    remote: isRemoteAddress(address),
  };
}

/**
 * The identity `/_ping` already tells, all but the architecture: its `Server` header is
 * `Docker/20.10.24 (linux)` or `Libpod/4.3.1 (linux)`, and `Api-Version` the API it serves.
 * `undefined` when the headers do not say (a proxy in between, an engine we do not know): ask `/version`.
 * Podman 4.3 takes ~0.9 s to answer `/version` (~1 ms for `/_ping`), all of it spent before its views could show.
 */
export function engineIdentityFromPing(headers: IncomingHttpHeaders, address: EngineAddress): EngineIdentity | undefined {
  const server = /^(Docker|Libpod)\/(\S+) \((\w+)\)$/.exec(headerValue(headers, 'server') ?? '');
  const apiVersion = headerValue(headers, 'api-version');
  if (!server || !apiVersion) return undefined;
  return {
    kind: server[1] === 'Libpod' ? 'podman' : 'docker',
    version: server[2],
    apiVersion,
    os: headerValue(headers, 'ostype') ?? server[3],
    arch: '',
    remote: isRemoteAddress(address),
  };
}

export function engineCapabilities(kind: EngineKind): EngineCapabilities {
  return kind === 'podman' ? { buildKit: false, networkLifecycleEvents: false, pods: true } : { buildKit: true, networkLifecycleEvents: true, pods: false };
}

/** The product's name as users know it. */
export function engineProductName(kind: EngineKind): string {
  return kind === 'podman' ? 'Podman' : 'Docker Engine';
}

/** ssh is always another machine; tcp is unless it names this one. Sockets and pipes are local. */
export function isRemoteAddress(address: EngineAddress): boolean {
  if (address.transport === 'ssh') return true;
  if (address.transport !== 'tcp') return false;
  return !/^(localhost|127(\.\d+){3}|::1|0\.0\.0\.0)$/i.test(address.hostname);
}
