/**
 * Reading the Registry HTTP API's answers: `Link` headers for the next page, manifests and
 * indexes (OCI and Docker's), the platform a multi-platform tag is shown for, and image references.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { digestOf, isAttestation, mediaTypes, nextLink, platformLabel, preferredPlatform, summarizeManifest, type Descriptor } from '../../../client/src/registry/distribution';
import { remoteImageReference } from '../../../client/src/registry/remoteImages';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

describe('Link headers', () => {
  test("the distribution registry's next page, relative to the registry", () => {
    assert.equal(nextLink('</v2/_catalog?last=b%2Ftwo&n=2>; rel="next"'), '/v2/_catalog?last=b%2Ftwo&n=2');
  });

  test('several links, relations in any case or unquoted or among others, and an absolute URL', () => {
    assert.equal(nextLink('<https://r.example/v2/_catalog?n=1&last=a>; rel="prev", <https://r.example/v2/_catalog?n=1&last=c>; rel="next"'), 'https://r.example/v2/_catalog?n=1&last=c');
    assert.equal(nextLink('</v2/x/tags/list?n=50&last=1.0>; REL=next'), '/v2/x/tags/list?n=50&last=1.0');
    assert.equal(nextLink('</page2>; title="more"; rel="last next"'), '/page2');
    assert.equal(nextLink(['</a>; rel="prev"', '</b>; rel="next"']), '/b');
  });

  test('no next page: no header, or only other relations', () => {
    assert.equal(nextLink(undefined), undefined);
    assert.equal(nextLink(''), undefined);
    assert.equal(nextLink('</v2/_catalog?n=2>; rel="prev"'), undefined);
  });
});

describe('manifests', () => {
  const amd64 = { mediaType: mediaTypes.ociManifest, digest: digest(1), size: 500, platform: { os: 'linux', architecture: 'amd64' } };
  const arm64 = { mediaType: mediaTypes.ociManifest, digest: digest(2), size: 501, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } };
  const attestation = {
    mediaType: mediaTypes.ociManifest,
    digest: digest(3),
    size: 800,
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': digest(1) },
  };

  test("an OCI index as buildx pushes it: its platforms, without the build's attestation", () => {
    const summary = summarizeManifest(json({ schemaVersion: 2, mediaType: mediaTypes.ociIndex, manifests: [amd64, arm64, attestation] }), undefined, digest(9));
    assert.equal(summary.kind, 'index');
    assert.deepEqual(
      summary.kind === 'index' && summary.platforms.map((entry) => [platformLabel(entry.platform!), entry.digest]),
      [
        ['linux/amd64', digest(1)],
        ['linux/arm64/v8', digest(2)],
      ],
    );
  });

  test("Docker's manifest list, its media type only in Content-Type", () => {
    const summary = summarizeManifest(json({ schemaVersion: 2, manifests: [{ ...amd64, mediaType: mediaTypes.dockerManifest }] }), `${mediaTypes.dockerManifestList}; charset=utf-8`, digest(9));
    assert.equal(summary.kind, 'index');
    assert.equal(summary.mediaType, mediaTypes.dockerManifestList);
  });

  test('an image: its compressed size is the sum of its layers; its creation date from the OCI annotation when there is one', () => {
    const manifest = {
      schemaVersion: 2,
      mediaType: mediaTypes.dockerManifest,
      config: { mediaType: mediaTypes.dockerConfig, digest: digest(4), size: 1470 },
      layers: [
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: digest(5), size: 3_000_000 },
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: digest(6), size: 250_000 },
      ],
    };
    assert.deepEqual(summarizeManifest(json(manifest), undefined, digest(8)), {
      kind: 'image',
      mediaType: mediaTypes.dockerManifest,
      digest: digest(8),
      config: { mediaType: mediaTypes.dockerConfig, digest: digest(4), size: 1470, platform: undefined, annotations: undefined },
      size: 3_250_000,
      created: undefined,
    });
    const annotated = summarizeManifest(json({ ...manifest, mediaType: mediaTypes.ociManifest, annotations: { 'org.opencontainers.image.created': '2024-05-01T10:00:00Z' } }), undefined, digest(8));
    assert.equal(annotated.kind === 'image' && annotated.created, Date.parse('2024-05-01T10:00:00Z'));
  });

  test('what is not a manifest of a known kind gives no size rather than an error', () => {
    const signed = summarizeManifest(json({ schemaVersion: 1, name: 'old/app', tag: '1', fsLayers: [], history: [] }), mediaTypes.dockerSignedV1, digest(7));
    assert.deepEqual(signed, { kind: 'image', mediaType: mediaTypes.dockerSignedV1, digest: digest(7), config: undefined, size: undefined, created: undefined });
    assert.equal(summarizeManifest(Buffer.from('<html>not json</html>'), 'text/html', digest(7)).kind, 'image');
  });

  test('attestations are told by their annotation, or by an unknown/unknown platform', () => {
    assert.equal(isAttestation(attestation as Descriptor), true);
    assert.equal(isAttestation({ ...amd64, platform: { os: 'unknown', architecture: 'unknown' } }), true);
    assert.equal(isAttestation(amd64), false);
  });

  test('the digest of the bytes, when the registry sends no Docker-Content-Digest', () => {
    assert.equal(digestOf(Buffer.from('hello')), 'sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
  });
});

describe("the platform a multi-platform tag's size and age are shown for", () => {
  const entries: Descriptor[] = [
    { mediaType: '', digest: digest(1), size: 1, platform: { os: 'windows', architecture: 'amd64' } },
    { mediaType: '', digest: digest(2), size: 1, platform: { os: 'linux', architecture: 'arm64' } },
    { mediaType: '', digest: digest(3), size: 1, platform: { os: 'linux', architecture: 'amd64' } },
  ];

  test("the engine's own, else the first linux one, else the first", () => {
    assert.equal(preferredPlatform(entries, { os: 'linux', architecture: 'amd64' })?.digest, digest(3));
    assert.equal(preferredPlatform(entries, { os: 'linux', architecture: 's390x' })?.digest, digest(2));
    assert.equal(preferredPlatform(entries.slice(0, 1), { os: 'linux', architecture: 'arm64' })?.digest, digest(1));
    assert.equal(preferredPlatform([], { os: 'linux', architecture: 'amd64' }), undefined);
  });
});

describe('image references for pull and run', () => {
  const tagged = { registry: '127.0.0.1:5000', repository: 'team/app', tag: '1.0', digest: digest(1) };

  test('a registry image by tag and by digest', () => {
    assert.equal(remoteImageReference(tagged, 'tag'), '127.0.0.1:5000/team/app:1.0');
    assert.equal(remoteImageReference(tagged, 'digest'), `127.0.0.1:5000/team/app@${digest(1)}`);
    assert.equal(remoteImageReference({ ...tagged, digest: undefined }, 'digest'), undefined, 'no digest known: nothing to copy');
    assert.equal(remoteImageReference({ ...tagged, tag: undefined }, 'tag'), `127.0.0.1:5000/team/app@${digest(1)}`, 'a platform image has its digest only');
  });

  test("Docker Hub's as `docker pull` users write them: no docker.io, official images without library/", () => {
    const hub = { registry: 'https://index.docker.io/v1/', repository: 'library/nginx', tag: '1.27' };
    assert.equal(remoteImageReference(hub, 'tag'), 'nginx:1.27');
    assert.equal(remoteImageReference({ ...hub, repository: 'team/app' }, 'tag'), 'team/app:1.27');
  });
});
