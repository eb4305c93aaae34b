/**
 * `dockside/composeServices` over stdio: the explorer's services come from the
 * server's parse, of the open document's current (unsaved) text, or of the
 * file on disk when it is not open.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ComposeServicesRequest } from '../../server/src/lspExt';
import { LspTestClient } from '../support/lspClient';

describe('compose services over stdio', () => {
  let client: LspTestClient;
  const folder = mkdtempSync(join(tmpdir(), 'dockside-compose-services-'));
  const onDisk = pathToFileURL(join(folder, 'compose.yaml')).toString();
  const services = (uri: string) => client.connection.sendRequest(ComposeServicesRequest.type, { uri });

  before(async () => {
    writeFileSync(join(folder, 'compose.yaml'), 'name: shop\nservices:\n  web:\n    image: nginx\n  debug:\n    image: busybox\n    profiles: [debug]\n');
    client = await LspTestClient.start({ locale: 'en' });
  });
  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a file that is not open is read from disk', async () => {
    const outline = await services(onDisk);
    assert.equal(outline?.name, 'shop');
    assert.deepEqual(outline?.services.map((service) => [service.name, service.image, service.profiles]), [
      ['web', 'nginx', []],
      ['debug', 'busybox', ['debug']],
    ]);
  });

  test('an open file answers from its current text, edits included, before any save', async () => {
    await client.open(onDisk, 'dockercompose', 'services:\n  web:\n    image: nginx\n');
    assert.deepEqual((await services(onDisk))?.services.map((service) => service.name), ['web']);
    await client.change(onDisk, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '  cache:\n    build: ./cache\n' }]);
    const outline = await services(onDisk);
    assert.deepEqual(outline?.services.map((service) => [service.name, service.build ?? service.image]), [
      ['web', 'nginx'],
      ['cache', './cache'],
    ]);
    assert.deepEqual(outline?.services[1].range.start, { line: 3, character: 2 });
  });

  test('a file that cannot be read is null, and the server keeps serving', async () => {
    assert.equal(await services(pathToFileURL(join(folder, 'missing', 'compose.yaml')).toString()), null);
    assert.equal((await services(onDisk))?.services.length, 2);
  });
});
