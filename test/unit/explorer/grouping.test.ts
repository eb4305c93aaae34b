import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { groupImages } from '../../../client/src/explorer/grouping';

function image(id: string, created: number, tags?: string[], digests?: string[]): Docker.ImageInfo {
  return { Id: id, ParentId: '', RepoTags: tags, RepoDigests: digests, Created: created, Size: 1, VirtualSize: 1, SharedSize: 0, Labels: {}, Containers: 0 };
}

describe('explorer grouping', () => {
  test('images by repository; an image with two tags appears under both; latest first, then newest', () => {
    const groups = groupImages([
      image('sha256:a', 100, ['app:1.0', 'app:latest']),
      image('sha256:b', 300, ['app:2.0', 'registry.local:5000/app:2.0']),
      image('sha256:c', 200, ['alpine:3.20']),
    ]);
    assert.deepEqual(
      groups.repositories.map((repository) => [repository.name, repository.tags.map((entry) => `${entry.tag}=${entry.image.Id}`)]),
      [
        ['alpine', ['3.20=sha256:c']],
        ['app', ['latest=sha256:a', '2.0=sha256:b', '1.0=sha256:a']],
        ['registry.local:5000/app', ['2.0=sha256:b']],
      ],
    );
    assert.deepEqual(groups.dangling, []);
  });

  test('untagged images are dangling, newest first; one known by digest stays under its repository', () => {
    const groups = groupImages([
      image('sha256:old', 1, ['<none>:<none>'], ['<none>@<none>']),
      image('sha256:new', 2, undefined),
      image('sha256:pinned', 3, [], ['nginx@sha256:abc']),
    ]);
    assert.deepEqual(groups.dangling.map((entry) => entry.Id), ['sha256:new', 'sha256:old']);
    assert.deepEqual(
      groups.repositories.map((repository) => [repository.name, repository.tags.map((entry) => entry.tag)]),
      [['nginx', ['<none>']]],
    );
  });
});
