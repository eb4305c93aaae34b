/**
 * Which builder a build goes to, decided from what the engine says about itself (`vscode`-free):
 * BuildKit wherever the engine has it, the classic builder only where it has none. The choice is
 * a pure function of the probe, so every engine kind is covered by unit tests; the probe asks
 * `/_ping` (its `Builder-Version` and `OSType` headers) and `/version`.
 */
import type Docker from 'dockerode';
import { headerValue, pingHeaders } from '../engine/dial';
import { compareVersions } from '../versions';

export interface BuilderProbe {
  /** `/_ping`'s `Builder-Version`: `2` when the engine prefers BuildKit, `1` the classic builder; absent before Docker 23. */
  readonly builderVersion?: string;
  /** `linux` or `windows`: `/_ping`'s `OSType`, else `/version`'s `Os`. */
  readonly osType?: string;
  /** `/version`'s `ApiVersion`, e.g. `1.41`. */
  readonly apiVersion?: string;
  /** `/version`'s `Version`, e.g. `20.10.24`. */
  readonly engineVersion?: string;
  /** `/version`'s component names: `Engine` for Docker, `Podman Engine` for Podman. */
  readonly components: readonly string[];
}

export type BuilderReason =
  /** The engine says BuildKit is its builder (`Builder-Version: 2`). */
  | 'preferred'
  /** A Linux Docker Engine that takes BuildKit builds (API 1.39 and later), as the Docker CLI assumes. */
  | 'supported'
  /** Podman's Docker-compatible API builds with Buildah and reports progress the classic way. */
  | 'podman'
  /** Windows engines have no BuildKit. */
  | 'windows'
  /** An engine older than BuildKit builds over the API (before API 1.39, Docker 18.09). */
  | 'tooOld';

export interface BuilderChoice {
  readonly builder: 'buildkit' | 'classic';
  readonly reason: BuilderReason;
}

/** The first Engine API version whose `/build` takes `version=2` with a session. */
const firstBuildKitApi = '1.39';

export function chooseBuilder(probe: BuilderProbe): BuilderChoice {
  if (probe.components.some((name) => /podman/i.test(name))) return { builder: 'classic', reason: 'podman' };
  if (probe.builderVersion === '2') return { builder: 'buildkit', reason: 'preferred' };
  if (probe.osType?.toLowerCase() === 'windows') return { builder: 'classic', reason: 'windows' };
  if (probe.apiVersion && compareVersions(probe.apiVersion, firstBuildKitApi) < 0) return { builder: 'classic', reason: 'tooOld' };
  return { builder: 'buildkit', reason: 'supported' };
}

/**
 * Whether cancelling stops the build inside the engine. Docker's classic builder stops when the
 * request goes and BuildKit has `/build/cancel`; Podman 4's Docker-compatible `/build` has
 * neither (Buildah carries on after the client disconnects), so its build finishes by itself.
 */
export function engineStopsCancelledBuild(choice: BuilderChoice): boolean {
  return choice.reason !== 'podman';
}

/** Asks the engine what the choice needs. */
export async function probeBuilder(docker: Docker): Promise<BuilderProbe> {
  const headers = await pingHeaders(docker);
  const version = await docker.version();
  return {
    builderVersion: headerValue(headers, 'builder-version'),
    osType: headerValue(headers, 'ostype') ?? version.Os,
    apiVersion: version.ApiVersion,
    engineVersion: version.Version,
    components: (version.Components ?? []).map((component) => component.Name),
  };
}
