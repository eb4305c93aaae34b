/**
 * A unix socket that forwards to a real engine and can be cut off, like an
 * engine that stops and starts; it also counts the connections open through
 * it, so a test can see that a client let go of an engine.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Emitter, nextEvent } from '../../client/src/engine/emitter';

export class EngineProxy {
  private server: Server | undefined;
  /** Client-side sockets, one per connection made through the proxy. */
  private readonly clients = new Set<Socket>();
  private readonly sockets = new Set<Socket>();
  private readonly countChanged = new Emitter<number>();

  constructor(
    readonly path: string,
    private readonly upstreamPath = '/var/run/docker.sock',
  ) {}

  /** Connections open through the proxy now. */
  get openConnections(): number {
    return this.clients.size;
  }

  /** Resolves once no connection is open through the proxy. */
  whenIdle(): Promise<number> {
    return this.clients.size === 0 ? Promise.resolve(0) : nextEvent(this.countChanged.event, (count) => count === 0);
  }

  start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.upstreamPath);
      this.clients.add(client);
      client.on('close', () => {
        this.clients.delete(client);
        this.countChanged.fire(this.clients.size);
      });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    this.server = server;
    return new Promise((resolve) => server.listen(this.path, resolve));
  }

  /** Drops every open connection (the event stream with them) but keeps listening. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /** Stops listening and drops every open connection. */
  stop(): Promise<void> {
    this.dropConnections();
    const server = this.server;
    this.server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
