import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { composeDownConfirmation, composeProjectContainers } from '../../../client/src/commands/composeDown';
import { formatMessage } from '../../../client/src/commands/localizable';

/** An engine with containers from two Compose projects and one without labels. */
function engineWith(): { docker: Docker; asked: unknown[] } {
  const asked: unknown[] = [];
  const container = (name: string, labels: Record<string, string>) => ({ Id: name.repeat(8), Names: [`/${name}`], Labels: labels });
  const containers = [
    container('shop-web-1', { 'com.docker.compose.project': 'shop', 'com.docker.compose.project.config_files': '/srv/shop/compose.yaml,/srv/shop/compose.override.yaml' }),
    container('shop-db-1', { 'com.docker.compose.project': 'shop', 'com.docker.compose.project.config_files': '/srv/shop/compose.yaml' }),
    container('blog-web-1', { 'com.docker.compose.project': 'blog', 'com.docker.compose.project.config_files': '/srv/blog/compose.yaml' }),
  ];
  const docker = {
    listContainers: (options: unknown) => {
      asked.push(options);
      return Promise.resolve(containers);
    },
  } as unknown as Docker;
  return { docker, asked };
}

describe('compose down: what it removes', () => {
  test('a project group: the containers labelled with that project, stopped ones included', async () => {
    const { docker, asked } = engineWith();
    assert.deepEqual(await composeProjectContainers(docker, { projectName: 'shop', files: [] }), ['shop-db-1', 'shop-web-1']);
    assert.equal((asked[0] as { all: boolean }).all, true);
  });

  test('a compose file: the containers Compose created from it, whichever other files were merged in', async () => {
    const { docker } = engineWith();
    assert.deepEqual(await composeProjectContainers(docker, { files: ['/srv/shop/compose.yaml'] }), ['shop-db-1', 'shop-web-1']);
    assert.deepEqual(await composeProjectContainers(docker, { files: ['/srv/shop/compose.override.yaml'] }), ['shop-web-1']);
    assert.deepEqual(await composeProjectContainers(docker, { files: ['/srv/other/compose.yaml'] }), []);
  });

  test('the confirmation names the project and its containers, and says volumes and images stay', () => {
    const { message, detail } = composeDownConfirmation({ projectName: 'shop', files: [] }, '', ['shop-db-1', 'shop-web-1']);
    assert.equal(formatMessage(message), 'Take down Compose project shop?');
    assert.equal(formatMessage(detail), '2 container(s) are stopped and removed: shop-db-1, shop-web-1. Its networks are removed too. Volumes and images are kept.');
  });

  test('a compose file is named by its path; without containers or without an engine answer it still says what down does', () => {
    const file = { files: ['/srv/shop/compose.yaml'] };
    assert.equal(formatMessage(composeDownConfirmation(file, 'shop/compose.yaml', []).message), 'Take down the Compose project of shop/compose.yaml?');
    assert.match(formatMessage(composeDownConfirmation(file, 'shop/compose.yaml', []).detail), /^No container of it exists on the engine/);
    assert.equal(formatMessage(composeDownConfirmation(file, 'shop/compose.yaml', undefined).detail), 'Its containers and networks are stopped and removed. Volumes and images are kept.');
  });
});
