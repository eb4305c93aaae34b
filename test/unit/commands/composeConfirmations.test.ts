import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { composeDownConfirmation, composeDownScope, composeServiceRemovalConfirmation } from '../../../client/src/commands/composeConfirmations';
import { formatMessage } from '../../../client/src/commands/localizable';

describe('compose down: what it removes', () => {
  test('the containers (any state) and networks labelled with the project, found by a label filter', async () => {
    const asked: unknown[] = [];
    const docker = {
      listContainers: (options: unknown) => {
        asked.push(options);
        return Promise.resolve([{ Id: 'b'.repeat(64), Names: ['/shop-web-1'] }, { Id: 'a'.repeat(64), Names: ['/shop-db-1'] }]);
      },
      listNetworks: (options: unknown) => {
        asked.push(options);
        return Promise.resolve([{ Name: 'shop_default' }, { Name: 'shop_back' }]);
      },
    } as unknown as Docker;
    assert.deepEqual(await composeDownScope(docker, 'shop'), { containers: ['shop-db-1', 'shop-web-1'], networks: ['shop_back', 'shop_default'] });
    assert.equal((asked[0] as { all: boolean }).all, true);
    for (const options of asked) assert.deepEqual(JSON.parse((options as { filters: string }).filters), { label: ['com.docker.compose.project=shop'] });
  });

  test('the confirmation names the project, its containers and its networks, and says volumes and images stay', () => {
    const { message, detail } = composeDownConfirmation('shop', { containers: ['shop-db-1', 'shop-web-1'], networks: ['shop_default'] });
    assert.equal(formatMessage(message), 'Take down Compose project shop?');
    assert.equal(formatMessage(detail), '2 container(s) are stopped and removed: shop-db-1, shop-web-1. The network(s) shop_default are removed too. Volumes and images are kept.');
  });

  test('with only containers, only networks, nothing, or no answer from the engine, it still says what down does', () => {
    const detail = (scope?: { containers: string[]; networks: string[] }) => formatMessage(composeDownConfirmation('shop', scope).detail);
    assert.equal(detail({ containers: ['shop-web-1'], networks: [] }), '1 container(s) are stopped and removed: shop-web-1. Volumes and images are kept.');
    assert.equal(detail({ containers: [], networks: ['shop_default'] }), 'No container of it exists on the engine; the network(s) shop_default are removed. Volumes and images are kept.');
    assert.equal(detail({ containers: [], networks: [] }), 'Nothing of it exists on the engine. Volumes and images are kept.');
    assert.equal(detail(undefined), 'Its containers and networks are stopped and removed. Volumes and images are kept.');
  });

  test("a service's Remove names its containers", () => {
    const { message, detail } = composeServiceRemovalConfirmation('web', ['shop-web-2', 'shop-web-1']);
    assert.equal(formatMessage(message), 'Remove the containers of service web?');
    assert.equal(formatMessage(detail), '2 container(s) are stopped and removed: shop-web-1, shop-web-2. Volumes and images are kept.');
  });
});
