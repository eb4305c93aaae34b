/** Push and pull: per-layer progress, and the engine's failures told apart (messages as Docker Engine 20.10 words them). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyTransferFailure, TransferProgress } from '../../../client/src/commands/imageTransfer';

describe('transfer progress', () => {
  test('a pull: layers counted done, bytes summed, one log line per change of a layer\'s status', () => {
    const progress = new TransferProgress();
    const lines = [
      { status: 'Pulling from team/app', id: '1.0' },
      { status: 'Pulling fs layer', id: 'a57ff3529d9a', progressDetail: {} },
      { status: 'Pulling fs layer', id: 'b1c2d3e4f5a6', progressDetail: {} },
      { status: 'Downloading', id: 'a57ff3529d9a', progressDetail: { current: 1_000_000, total: 4_000_000 } },
      { status: 'Downloading', id: 'a57ff3529d9a', progressDetail: { current: 2_000_000, total: 4_000_000 } },
      { status: 'Already exists', id: 'b1c2d3e4f5a6', progressDetail: {} },
    ].map((event) => progress.update(event));
    assert.deepEqual(lines, [
      '1.0: Pulling from team/app',
      'a57ff3529d9a: Pulling fs layer',
      'b1c2d3e4f5a6: Pulling fs layer',
      'a57ff3529d9a: Downloading (4 MB)',
      undefined,
      'b1c2d3e4f5a6: Already exists',
    ]);
    assert.equal(progress.summary(), '1/2 · 2 MB / 4 MB');
    progress.update({ status: 'Pull complete', id: 'a57ff3529d9a', progressDetail: {} });
    assert.equal(progress.summary(), '2/2 · 4 MB / 4 MB');
    assert.equal(progress.update({ status: 'Digest: sha256:980327141f748cd2829d9490c2aac033a744da48b712219e641d4594e36769e4' }), 'Digest: sha256:980327141f748cd2829d9490c2aac033a744da48b712219e641d4594e36769e4');
  });

  test('a push: Pushed and Layer already exists finish a layer; no layers, no summary', () => {
    const progress = new TransferProgress();
    assert.equal(progress.summary(), '');
    progress.update({ status: 'The push refers to repository [127.0.0.1:5000/team/app]' });
    progress.update({ status: 'Preparing', id: 'a57ff3529d9a', progressDetail: {} });
    progress.update({ status: 'Pushing', id: 'a57ff3529d9a', progressDetail: { current: 512, total: 1024 } });
    assert.equal(progress.summary(), '0/1 · 512 B / 1.02 kB');
    progress.update({ status: 'Pushed', id: 'a57ff3529d9a', progressDetail: {} });
    progress.update({ status: 'Layer already exists', id: 'c0ffee000000', progressDetail: {} });
    assert.equal(progress.summary(), '2/2 · 1.02 kB / 1.02 kB');
  });
});

describe('transfer failures', () => {
  test('refusals: no login, a wrong one, Docker Hub\'s denied', () => {
    for (const message of [
      'no basic auth credentials',
      'unauthorized: authentication required',
      'Head "http://127.0.0.1:5111/v2/exp/bb/manifests/v1": no basic auth credentials',
      "pull access denied for team/private, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      'denied: requested access to the resource is denied',
    ]) {
      assert.equal(classifyTransferFailure(message), 'unauthorized', message);
    }
  });

  test('an unknown host, an unreachable registry, a missing image, and the rest', () => {
    assert.equal(classifyTransferFailure('Get "https://nosuchhost.invalid/v2/": dial tcp: lookup nosuchhost.invalid on 10.255.255.53:53: no such host'), 'unknownHost');
    assert.equal(classifyTransferFailure('Get "http://127.0.0.1:5999/v2/": dial tcp 127.0.0.1:5999: connect: connection refused'), 'unreachable');
    assert.equal(classifyTransferFailure('Get "https://registry.example.com/v2/": net/http: TLS handshake timeout'), 'unreachable');
    assert.equal(classifyTransferFailure('manifest for 127.0.0.1:5111/exp/none:v1 not found: manifest unknown: manifest unknown'), 'notFound');
    assert.equal(classifyTransferFailure('An image does not exist locally with the tag: 127.0.0.1:5999/x/y'), 'notFound');
    assert.equal(classifyTransferFailure('invalid reference format'), 'other');
  });
});
