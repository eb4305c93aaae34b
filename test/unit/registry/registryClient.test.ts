/**
 * What the registry client does with answers a well-behaved registry never gives, served from
 * 127.0.0.1: an error that quotes the login back, a blob redirected to storage on another
 * origin, a server that never answers, a challenge naming two scopes. (The real registry's
 * behaviour is the registry tier's: test/engine/registries.test.ts.)
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { isAbortError } from '../../../client/src/registry/http';
import { RegistryClient, RegistryError } from '../../../client/src/registry/registryClient';

const login = { username: 'alice', password: 'hunter2-secret' };
const encoded = Buffer.from('alice:hunter2-secret').toString('base64');
const servers: Server[] = [];
after(() => {
  for (const server of servers) server.closeAllConnections?.();
  for (const server of servers) server.close();
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the registry client', () => {
  test('an error that quotes the login back is passed on with the secrets blanked', async () => {
    const address = await serve((request, response) => {
      if (!request.headers.authorization) {
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
        return;
      }
      const quoted = `${request.headers.authorization} = ${Buffer.from(request.headers.authorization.slice(6), 'base64').toString()}`;
      response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: `cannot check ${quoted}` }] }));
    });
    await assert.rejects(new RegistryClient(address, login).ping(), (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.message, `${address}: HTTP 500: cannot check Basic **** = alice:****`);
      assert.ok(!error.message.includes(encoded) && !error.message.includes(login.password));
      return true;
    });
  });

  test('a blob redirected to another origin is fetched without the login; the registry itself gets it', async () => {
    const seenByStorage: (string | undefined)[] = [];
    const storage = await serve((request, response) => {
      seenByStorage.push(request.headers.authorization);
      response.end('{"created":"2024-01-01T00:00:00Z"}');
    });
    const address = await serve((request, response) => {
      if (request.headers.authorization !== `Basic ${encoded}`) response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end();
      else response.writeHead(307, { Location: `http://${storage}/blobs/abc?signature=x` }).end();
    });
    const answer = await new RegistryClient(address, login).get('/v2/team/app/blobs/sha256:abc');
    assert.deepEqual([answer.status, answer.body.toString()], [200, '{"created":"2024-01-01T00:00:00Z"}']);
    assert.deepEqual(seenByStorage, [undefined]);
  });

  test('a cancelled request ends at once as a cancellation, not as a registry failure', async () => {
    let arrived!: () => void;
    let closed!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    // It reads the request and never answers.
    const address = await serve((request) => {
      request.socket.once('close', closed);
      arrived();
    });
    const controller = new AbortController();
    const pending = new RegistryClient(address, undefined, { timeoutMs: 600_000 }).get('/v2/_catalog', { signal: controller.signal });
    const outcome = assert.rejects(pending, (error: unknown) => isAbortError(error) && !(error instanceof RegistryError));
    await requestArrived;
    controller.abort();
    await outcome;
    await connectionClosed;
  });

  test("a challenge naming two scopes asks the token service for each, as the token protocol says", async () => {
    const asked: string[][] = [];
    const tokens = await serve((request, response) => {
      asked.push(new URL(request.url ?? '/', 'http://x').searchParams.getAll('scope'));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: 'tkn-123456', expires_in: 300 }));
    });
    const address = await serve((request, response) => {
      if (request.headers.authorization === 'Bearer tkn-123456') response.end('{}');
      else response.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${tokens}/token",service="test",scope="repository:a:pull repository:b:pull"` }).end();
    });
    assert.equal((await new RegistryClient(address, login).get('/v2/a/blobs/uploads/?mount=x&from=b')).status, 200);
    assert.deepEqual(asked, [['repository:a:pull', 'repository:b:pull']]);
  });
});
