/**
 * Images in a registry, as the Registries view's commands take them (`vscode`-free): a tag, or
 * one platform's image of a multi-platform tag by its digest; and the references `docker pull`
 * and `docker run` take for them.
 */
import { registryDisplayName } from './registryNames';

export interface RemoteImageRef {
  /** The registry's credential key: `https://index.docker.io/v1/` for Docker Hub, else its host. */
  readonly registry: string;
  /** `team/app`; on Docker Hub with its namespace, `library/nginx` for official images. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** What a tree item carries for the commands: a tag or a platform's image. */
export interface HasRemoteImage {
  readonly remoteImage: RemoteImageRef;
}

/** What a registry's tree items carry for Log In, Log Out, Refresh and Add Repository. */
export interface HasRegistry {
  readonly registryKey: string;
}

export function hasRemoteImage(value: unknown): value is HasRemoteImage {
  const ref = (value as Partial<HasRemoteImage> | undefined)?.remoteImage;
  return typeof ref?.registry === 'string' && typeof ref.repository === 'string';
}

export function hasRegistry(value: unknown): value is HasRegistry {
  return typeof (value as Partial<HasRegistry> | undefined)?.registryKey === 'string';
}

/**
 * The reference to pull or run: `127.0.0.1:5000/team/app:1.0`, or by digest
 * `127.0.0.1:5000/team/app@sha256:…`. Docker Hub's are written as `docker pull` users write
 * them: `team/app:1.0`, and official images without `library/` (`nginx:1.27`).
 */
export function remoteImageReference(ref: RemoteImageRef, by: 'tag' | 'digest'): string | undefined {
  const host = registryDisplayName(ref.registry);
  const name = host === 'docker.io' ? ref.repository.replace(/^library\//, '') : `${host}/${ref.repository}`;
  if (by === 'digest') return ref.digest ? `${name}@${ref.digest}` : undefined;
  return ref.tag ? `${name}:${ref.tag}` : ref.digest ? `${name}@${ref.digest}` : undefined;
}
