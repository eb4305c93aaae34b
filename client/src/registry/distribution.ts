/**
 * What the Registries view reads from a registry that speaks the Registry HTTP API v2
 * (`vscode`-free): repositories (`_catalog`) and tags (`tags/list`) a page at a time, following
 * `Link` headers; manifests and indexes for a tag's digest, size and platforms; the image config
 * blob for its creation date; and deleting a manifest by digest. Manifests fetched by digest and
 * config blobs never change, so they are kept once read.
 */
import { createHash } from 'node:crypto';
import { parseJsonBody } from './http';
import { RegistryError, type RegistryClient, type RegistryResponse } from './registryClient';

export const mediaTypes = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerSignedV1: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
} as const;

/** Every manifest kind the view understands, indexes first, so a multi-platform tag is seen as one. */
const manifestAccept = [mediaTypes.ociIndex, mediaTypes.dockerManifestList, mediaTypes.ociManifest, mediaTypes.dockerManifest, mediaTypes.dockerSignedV1];

/** One page of a listing, and where the next one is (`undefined` on the last). */
export interface Page<T> {
  readonly items: T[];
  readonly next?: string;
}

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
  readonly osVersion?: string;
}

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform?: Platform;
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A manifest as the view needs it: an index of platforms, or one image. */
export type ManifestSummary =
  | { readonly kind: 'index'; readonly mediaType: string; readonly digest: string; readonly platforms: Descriptor[] }
  | {
      readonly kind: 'image';
      readonly mediaType: string;
      readonly digest: string;
      readonly config?: Descriptor;
      /** The compressed size of its layers: what a pull downloads (Docker Hub shows the same sum). */
      readonly size?: number;
      /** When the manifest says (OCI's `org.opencontainers.image.created` annotation), in ms. */
      readonly created?: number;
    };

/** A tag's digest, size, creation time and, for a multi-platform tag, its platforms. */
export interface TagDetails {
  readonly digest: string;
  readonly mediaType: string;
  readonly size?: number;
  /** When the image was built (its config's `created`), in ms. */
  readonly created?: number;
  /** Set for an index or manifest list: one entry per platform (attestations left out). */
  readonly platforms?: Descriptor[];
  /** For an index: the platform `size` and `created` were read from. */
  readonly shownPlatform?: Platform;
}

export interface ImageDetails {
  readonly size?: number;
  readonly created?: number;
}

/** The `next` target of a `Link` header (RFC 8288), e.g. `</v2/_catalog?last=b&n=100>; rel="next"`. */
export function nextLink(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.join(', ') : header;
  if (!text) return undefined;
  for (const match of text.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const relation = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]);
    if ((relation?.[1] ?? relation?.[2] ?? '').split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

/** `linux/arm64/v8`, as `docker` and `--platform` write it. */
export function platformLabel(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** Build attestations (provenance, SBOMs) sit in an index as `unknown/unknown` entries: not platforms one can run. */
export function isAttestation(descriptor: Descriptor): boolean {
  return descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown');
}

/**
 * The platform a tag's size and age are shown for: the engine's own (`linux/amd64` on most
 * machines), else the first `linux` one, else the first.
 */
export function preferredPlatform(platforms: readonly Descriptor[], wanted: Platform): Descriptor | undefined {
  const same = (descriptor: Descriptor) => descriptor.platform?.os === wanted.os && descriptor.platform.architecture === wanted.architecture;
  return platforms.find(same) ?? platforms.find((descriptor) => descriptor.platform?.os === 'linux') ?? platforms[0];
}

/** Parses a manifest or index. `digest` is the registry's `Docker-Content-Digest` (or the body's own). */
export function summarizeManifest(body: Buffer, contentType: string | undefined, digest: string): ManifestSummary {
  const json = (parseJsonBody(body) ?? {}) as {
    mediaType?: string;
    schemaVersion?: number;
    manifests?: unknown[];
    config?: unknown;
    layers?: unknown[];
    annotations?: Record<string, string>;
  };
  const mediaType = json.mediaType ?? contentType?.split(';')[0].trim() ?? '';
  if (Array.isArray(json.manifests) || mediaType === mediaTypes.ociIndex || mediaType === mediaTypes.dockerManifestList) {
    const platforms = (json.manifests ?? []).flatMap((entry) => descriptorOf(entry) ?? []).filter((descriptor) => !isAttestation(descriptor));
    return { kind: 'index', mediaType, digest, platforms };
  }
  const layers = (json.layers ?? []).flatMap((entry) => descriptorOf(entry) ?? []);
  const createdAnnotation = json.annotations?.['org.opencontainers.image.created'];
  return {
    kind: 'image',
    mediaType,
    digest,
    config: descriptorOf(json.config),
    size: Array.isArray(json.layers) ? layers.reduce((sum, layer) => sum + layer.size, 0) : undefined,
    created: createdAnnotation ? validTime(Date.parse(createdAnnotation)) : undefined,
  };
}

/** `sha256:…` of the bytes, as a registry names a manifest it did not name itself. */
export function digestOf(body: Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/** The repository part of a scope: `repository:team/app:pull`. */
export function repositoryScope(repository: string, action: 'pull' | 'delete'): string {
  return `repository:${repository}:${action}`;
}

const catalogScope = 'registry:catalog:*';
/** Immutable things read by digest, kept up to this many (manifests and configs together). */
const cacheLimit = 2000;

/** The registry does not list its repositories (`_catalog` disabled, refused, or not there): name one instead. */
export class CatalogUnavailableError extends Error {
  constructor(
    readonly registry: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'CatalogUnavailableError';
  }
}

export class DistributionApi {
  private readonly byDigest = new Map<string, ManifestSummary | ImageDetails>();

  constructor(readonly client: RegistryClient) {}

  get registry(): string {
    return this.client.registry;
  }

  /**
   * A page of repository names. A registry that lists nothing to this login, or has no
   * catalog, rejects with `CatalogUnavailableError`; a login it refuses (checked on `/v2/`)
   * with a `RegistryError` of kind `unauthorized`.
   */
  async repositories(pageSize: number, next: string | undefined, signal?: AbortSignal): Promise<Page<string>> {
    let response: RegistryResponse;
    try {
      response = await this.client.get(next ?? `/v2/_catalog?n=${pageSize}`, { scope: catalogScope, signal });
    } catch (error) {
      if (!(error instanceof RegistryError) || error.kind !== 'unauthorized') throw error;
      // Refused: either the login is no good (then /v2/ refuses it too) or the catalog is not for this login.
      await this.client.ping({ signal });
      throw new CatalogUnavailableError(this.registry, error.detail);
    }
    if (response.status === 403 || response.status === 404 || response.status === 405) {
      throw new CatalogUnavailableError(this.registry, this.client.errorFor(response).detail);
    }
    if (response.status !== 200) throw this.client.errorFor(response);
    const body = parseJsonBody(response.body) as { repositories?: unknown };
    const items = Array.isArray(body?.repositories) ? body.repositories.filter((name): name is string => typeof name === 'string') : [];
    return { items, next: nextLink(response.headers.link) };
  }

  /** A page of a repository's tags, as the registry orders them. */
  async tags(repository: string, pageSize: number, next: string | undefined, signal?: AbortSignal): Promise<Page<string>> {
    const response = await this.client.get(next ?? `/v2/${repository}/tags/list?n=${pageSize}`, { scope: repositoryScope(repository, 'pull'), signal });
    if (response.status !== 200) throw this.client.errorFor(response);
    const body = parseJsonBody(response.body) as { tags?: unknown };
    const items = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    return { items, next: nextLink(response.headers.link) };
  }

  /** The manifest as the registry stores it (for "Inspect manifest"), with its digest and media type. */
  async rawManifest(repository: string, reference: string, signal?: AbortSignal): Promise<{ body: Buffer; digest: string; mediaType: string }> {
    const response = await this.client.get(`/v2/${repository}/manifests/${reference}`, { scope: repositoryScope(repository, 'pull'), accept: manifestAccept, signal });
    if (response.status !== 200) throw this.client.errorFor(response);
    const header = response.headers['docker-content-digest'];
    const digest = typeof header === 'string' && header.startsWith('sha256:') ? header : digestOf(response.body);
    const mediaType = (response.headers['content-type'] ?? '').split(';')[0].trim();
    return { body: response.body, digest, mediaType };
  }

  /** A manifest or index, by tag or digest; by digest it is read once. */
  async manifest(repository: string, reference: string, signal?: AbortSignal): Promise<ManifestSummary> {
    const known = this.byDigest.get(reference);
    if (known && 'kind' in known) return known;
    const raw = await this.rawManifest(repository, reference, signal);
    const summary = summarizeManifest(raw.body, raw.mediaType, raw.digest);
    this.remember(raw.digest, summary);
    return summary;
  }

  /** An image's size and creation date: its manifest, then its config blob unless the manifest says when. */
  async image(repository: string, manifest: ManifestSummary & { kind: 'image' }, signal?: AbortSignal): Promise<ImageDetails> {
    if (manifest.created !== undefined || !manifest.config || !isImageConfig(manifest.config.mediaType)) return { size: manifest.size, created: manifest.created };
    return { size: manifest.size, created: (await this.config(repository, manifest.config.digest, signal)).created };
  }

  /**
   * A tag's digest, size and age. For a multi-platform tag, its platforms, and the size and age
   * of the one `platform` prefers (what a pull on this engine gets).
   */
  async tagDetails(repository: string, tag: string, platform: Platform, signal?: AbortSignal): Promise<TagDetails> {
    const manifest = await this.manifest(repository, tag, signal);
    if (manifest.kind === 'image') {
      return { digest: manifest.digest, mediaType: manifest.mediaType, ...(await this.image(repository, manifest, signal)) };
    }
    const shown = preferredPlatform(manifest.platforms, platform);
    const details = shown ? await this.platformImage(repository, shown, signal) : {};
    return { digest: manifest.digest, mediaType: manifest.mediaType, platforms: manifest.platforms, shownPlatform: shown?.platform, ...details };
  }

  /** One platform of an index: its manifest's size and its image's creation date. */
  async platformImage(repository: string, descriptor: Descriptor, signal?: AbortSignal): Promise<ImageDetails> {
    const manifest = await this.manifest(repository, descriptor.digest, signal);
    return manifest.kind === 'image' ? this.image(repository, manifest, signal) : {};
  }

  /**
   * Deletes a manifest by digest: every tag pointing at it goes with it. Rejects with the
   * registry's refusal: status 405 when deleting is disabled.
   */
  async deleteManifest(repository: string, digest: string, signal?: AbortSignal): Promise<void> {
    const response = await this.client.request('DELETE', `/v2/${repository}/manifests/${digest}`, { scope: repositoryScope(repository, 'delete'), signal });
    if (response.status !== 202 && response.status !== 200) throw this.client.errorFor(response);
    this.byDigest.delete(digest);
  }

  private async config(repository: string, digest: string, signal?: AbortSignal): Promise<ImageDetails> {
    const known = this.byDigest.get(digest);
    if (known && !('kind' in known)) return known;
    const response = await this.client.get(`/v2/${repository}/blobs/${digest}`, { scope: repositoryScope(repository, 'pull'), signal });
    if (response.status !== 200) throw this.client.errorFor(response);
    const config = parseJsonBody(response.body) as { created?: unknown };
    const details: ImageDetails = { created: typeof config?.created === 'string' ? validTime(Date.parse(config.created)) : undefined };
    this.remember(digest, details);
    return details;
  }

  private remember(digest: string, value: ManifestSummary | ImageDetails): void {
    if (this.byDigest.size >= cacheLimit) this.byDigest.delete(this.byDigest.keys().next().value as string);
    this.byDigest.set(digest, value);
  }
}

function isImageConfig(mediaType: string): boolean {
  return mediaType === mediaTypes.dockerConfig || mediaType === mediaTypes.ociConfig;
}

function descriptorOf(value: unknown): Descriptor | undefined {
  const entry = value as { mediaType?: unknown; digest?: unknown; size?: unknown; platform?: Record<string, unknown>; annotations?: unknown } | undefined;
  if (typeof entry?.digest !== 'string') return undefined;
  const platform = entry.platform;
  return {
    mediaType: typeof entry.mediaType === 'string' ? entry.mediaType : '',
    digest: entry.digest,
    size: typeof entry.size === 'number' ? entry.size : 0,
    platform:
      platform && typeof platform.os === 'string' && typeof platform.architecture === 'string'
        ? {
            os: platform.os,
            architecture: platform.architecture,
            variant: typeof platform.variant === 'string' ? platform.variant : undefined,
            osVersion: typeof platform['os.version'] === 'string' ? platform['os.version'] : undefined,
          }
        : undefined,
    annotations: typeof entry.annotations === 'object' && entry.annotations !== null ? (entry.annotations as Record<string, string>) : undefined,
  };
}

function validTime(ms: number): number | undefined {
  return Number.isNaN(ms) ? undefined : ms;
}

