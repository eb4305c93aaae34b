/**
 * Content for a test registry, pushed through the Registry HTTP API itself (the client under
 * test makes the requests, with the registry's own login): blobs, image manifests with a config
 * that says when the image was made, multi-platform indexes (with a build attestation, as
 * `docker buildx` pushes them), and many repositories or tags at once by mounting one blob.
 */
import { createHash } from 'node:crypto';
import { mediaTypes, type Platform } from '../../client/src/registry/distribution';
import type { RegistryClient } from '../../client/src/registry/registryClient';

export interface Pushed {
  readonly digest: string;
  readonly size: number;
}

const digestOf = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const pushScope = (repository: string) => `repository:${repository}:pull,push`;

export class RegistryContent {
  constructor(private readonly client: RegistryClient) {}

  /** Uploads a blob in one PUT (the monolithic upload the API documents). */
  async blob(repository: string, bytes: Buffer): Promise<Pushed> {
    const digest = digestOf(bytes);
    const started = await this.client.request('POST', `/v2/${repository}/blobs/uploads/`, { scope: pushScope(repository) });
    const location = started.headers.location;
    if (started.status !== 202 || typeof location !== 'string') throw new Error(`upload not started: HTTP ${started.status}`);
    const url = new URL(location, 'http://registry.invalid');
    url.searchParams.set('digest', digest);
    const put = await this.client.request('PUT', `${url.pathname}${url.search}`, { scope: pushScope(repository), body: bytes, contentType: 'application/octet-stream' });
    if (put.status !== 201) throw new Error(`blob not stored: HTTP ${put.status} ${put.body.toString()}`);
    return { digest, size: bytes.length };
  }

  /** Makes a blob of `from` part of `repository` too, without uploading it again. */
  async mount(repository: string, from: string, blob: Pushed): Promise<void> {
    const mounted = await this.client.request('POST', `/v2/${repository}/blobs/uploads/?mount=${blob.digest}&from=${from}`, { scope: `${pushScope(repository)} repository:${from}:pull` });
    if (mounted.status !== 201) throw new Error(`blob not mounted: HTTP ${mounted.status}`);
  }

  /** Stores a manifest under a tag, or by its digest only (`tag` undefined), as an index's entries are. */
  async manifest(repository: string, tag: string | undefined, manifest: object, mediaType: string): Promise<Pushed> {
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = digestOf(bytes);
    const put = await this.client.request('PUT', `/v2/${repository}/manifests/${tag ?? digest}`, { scope: pushScope(repository), body: bytes, contentType: mediaType });
    if (put.status !== 201) throw new Error(`manifest not stored: HTTP ${put.status} ${put.body.toString()}`);
    return { digest, size: bytes.length };
  }

  /**
   * An OCI image: a config saying when it was created and for which platform, and one layer of
   * `layerBytes` bytes. Tagged `tag` when given, else stored by digest only.
   */
  async image(repository: string, tag: string | undefined, options: { created: Date; platform?: Platform; layerBytes?: number }): Promise<Pushed & { layerSize: number }> {
    const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
    const config = await this.blob(
      repository,
      Buffer.from(JSON.stringify({ created: options.created.toISOString(), architecture: platform.architecture, os: platform.os, variant: platform.variant, rootfs: { type: 'layers', diff_ids: [] } })),
    );
    const layer = await this.blob(repository, Buffer.alloc(options.layerBytes ?? 1000, `${repository}:${tag ?? ''}:${platform.architecture}${platform.variant ?? ''}`));
    const manifest = await this.manifest(
      repository,
      tag,
      {
        schemaVersion: 2,
        mediaType: mediaTypes.ociManifest,
        config: { mediaType: mediaTypes.ociConfig, digest: config.digest, size: config.size },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer.digest, size: layer.size }],
      },
      mediaTypes.ociManifest,
    );
    return { ...manifest, layerSize: layer.size };
  }

  /**
   * A multi-platform tag: an image per platform (layers of different sizes), an attestation
   * manifest for the first, and the OCI index naming them all.
   */
  async index(repository: string, tag: string, platforms: readonly { platform: Platform; created: Date; layerBytes: number }[]): Promise<Pushed & { images: (Pushed & { layerSize: number })[] }> {
    const images = [];
    for (const entry of platforms) images.push(await this.image(repository, undefined, entry));
    const attestation = await this.image(repository, undefined, { created: new Date(0), platform: { os: 'unknown', architecture: 'unknown' }, layerBytes: 10 });
    const index = await this.manifest(
      repository,
      tag,
      {
        schemaVersion: 2,
        mediaType: mediaTypes.ociIndex,
        manifests: [
          ...images.map((image, position) => ({ mediaType: mediaTypes.ociManifest, digest: image.digest, size: image.size, platform: platforms[position].platform })),
          {
            mediaType: mediaTypes.ociManifest,
            digest: attestation.digest,
            size: attestation.size,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': images[0].digest },
          },
        ],
      },
      mediaTypes.ociIndex,
    );
    return { ...index, images };
  }

  /**
   * `count` repositories named `${prefix}-0000…`, each with one small image tagged `v1` (the
   * blobs are uploaded once and mounted into the others, eight repositories at a time).
   */
  async repositories(prefix: string, count: number, created: Date): Promise<string[]> {
    const names = Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(4, '0')}`);
    await this.image(names[0], 'v1', { created, layerBytes: 100 });
    const manifest = JSON.parse((await this.client.get(`/v2/${names[0]}/manifests/v1`, { scope: pushScope(names[0]), accept: [mediaTypes.ociManifest] })).body.toString()) as { config: Pushed; layers: Pushed[] };
    const copy = async (name: string) => {
      for (const blob of [manifest.config, ...manifest.layers]) await this.mount(name, names[0], blob);
      await this.manifest(name, 'v1', manifest, mediaTypes.ociManifest);
    };
    for (let start = 1; start < count; start += 8) await Promise.all(names.slice(start, start + 8).map(copy));
    return names;
  }

  /** `count` tags of one image in a repository: `latest`, `1.0.1`… (the manifest is stored once and tagged many times, eight at a time). */
  async tags(repository: string, count: number, created: Date): Promise<string[]> {
    await this.image(repository, 'latest', { created, layerBytes: 100 });
    const manifest = JSON.parse((await this.client.get(`/v2/${repository}/manifests/latest`, { scope: pushScope(repository), accept: [mediaTypes.ociManifest] })).body.toString()) as object;
    const tags = ['latest', ...Array.from({ length: count - 1 }, (_, index) => `1.${Math.floor((index + 1) / 10)}.${(index + 1) % 10}`)];
    for (let start = 1; start < count; start += 8) await Promise.all(tags.slice(start, start + 8).map((tag) => this.manifest(repository, tag, manifest, mediaTypes.ociManifest)));
    return tags;
  }
}
