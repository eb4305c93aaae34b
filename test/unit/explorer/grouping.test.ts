import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { containerName } from '../../../client/src/explorer/format';
import { groupContainers, groupImages } from '../../../client/src/explorer/grouping';

function container(name: string, labels: Record<string, string> = {}): Docker.ContainerInfo {
  return {
    Id: `${name}-id`,
    Names: [`/${name}`],
    Image: 'img',
    ImageID: 'sha256:1',
    Command: '',
    Created: 0,
    Ports: [],
    Labels: labels,
    State: 'running',
    Status: 'Up',
    HostConfig: { NetworkMode: 'default' },
    NetworkSettings: { Networks: {} },
    Mounts: [],
  };
}

const compose = (project: string, service: string, number = '1'): Record<string, string> => ({
  'com.docker.compose.project': project,
  'com.docker.compose.service': service,
  'com.docker.compose.container-number': number,
});

function image(id: string, created: number, tags?: string[], digests?: string[]): Docker.ImageInfo {
  return { Id: id, ParentId: '', RepoTags: tags, RepoDigests: digests, Created: created, Size: 1, VirtualSize: 1, SharedSize: 0, Labels: {}, Containers: 0 };
}

describe('explorer grouping', () => {
  test('containers are grouped by compose project, projects first, the rest by name in natural order', () => {
    const groups = groupContainers([
      container('web-10'),
      container('shop-web-2', compose('shop', 'web', '2')),
      container('web-2'),
      container('blog-db-1', compose('blog', 'db')),
      container('shop-db-1', compose('shop', 'db')),
      container('shop-web-1', compose('shop', 'web', '1')),
      container('Api'),
    ]);
    assert.deepEqual(
      groups.projects.map((project) => [project.name, project.containers.map(containerName)]),
      [
        ['blog', ['blog-db-1']],
        ['shop', ['shop-db-1', 'shop-web-1', 'shop-web-2']],
      ],
    );
    assert.deepEqual(groups.ungrouped.map(containerName), ['Api', 'web-2', 'web-10']);
  });

  test('an empty project label does not make a group', () => {
    const groups = groupContainers([container('x', { 'com.docker.compose.project': '' })]);
    assert.deepEqual(groups.projects, []);
    assert.equal(groups.ungrouped.length, 1);
  });

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
