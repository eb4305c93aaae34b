/**
 * A slow link to a server for tests: a TCP proxy on 127.0.0.1 that passes bytes to the server and
 * back at a limited rate per connection, so that a push or pull through it is still moving when a
 * test cancels it. It tells when a connection that carried a given amount closes: a client that
 * gave up a transfer closes it, one that finished keeps it for its next request.
 */
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SlowLink {
  /** `127.0.0.1:PORT`: what to put in front of an image name to go through the link. */
  readonly address: string;
  /** Resolves when a connection that carried at least `bytes` (either way) has closed. */
  closedAfter(bytes: number): Promise<void>;
  close(): Promise<void>;
}

/** Passes what `from` sends to `to`, pausing `from` whenever it is ahead of `bytesPerSecond`. */
function pipeSlowly(from: Socket, to: Socket, bytesPerSecond: number, carried: (bytes: number) => void): void {
  let nextAllowedAt = Date.now();
  from.on('data', (chunk: Buffer) => {
    to.write(chunk);
    carried(chunk.length);
    nextAllowedAt = Math.max(nextAllowedAt, Date.now()) + (chunk.length / bytesPerSecond) * 1000;
    const ahead = nextAllowedAt - Date.now();
    if (ahead > 0) {
      from.pause();
      setTimeout(() => from.resume(), ahead).unref();
    }
  });
  from.on('end', () => to.end());
}

export async function startSlowLink(target: string, bytesPerSecond: number): Promise<SlowLink> {
  const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const closed: number[] = [];
  const waiting: { bytes: number; resolve: () => void }[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(port, host);
    let carried = 0;
    const count = (bytes: number) => (carried += bytes);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => (client.destroy(), upstream.destroy()));
    }
    pipeSlowly(client, upstream, bytesPerSecond, count);
    pipeSlowly(upstream, client, bytesPerSecond, count);
    client.on('close', () => {
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
      closed.push(carried);
      for (const waiter of waiting.filter((candidate) => carried >= candidate.bytes)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    closedAfter: (bytes) =>
      new Promise((resolve) => {
        if (closed.some((carried) => carried >= bytes)) resolve();
        else waiting.push({ bytes, resolve });
      }),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
