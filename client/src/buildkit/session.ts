/**
 * A BuildKit session (`vscode`-free): the gRPC server a BuildKit build calls back into, over the
 * engine's `/session` endpoint upgraded to HTTP/2. It answers registry credentials per host
 * (`moby.filesync.v1.Auth/Credentials`), so base images come from private registries with their
 * own login and no other registry sees it; build secrets
 * (`moby.buildkit.secrets.v1.Secrets/GetSecret`) for `RUN --mount=type=secret`; and the health
 * check the engine makes every second (`grpc.health.v1.Health/Check`), without which it drops
 * the session after two checks, and a build longer than that loses its credentials and secrets.
 *
 * dockerode opens a session of its own for `version: '2'` builds, but it answers every host with
 * one fixed user and password, has no secrets service (and no way to add one) and no health
 * check; so Dockside opens this one and passes its id to `/build`.
 */
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import type Docker from 'dockerode';
import { dial } from '../engine/dial';
import { messageType, servingStatus, sessionMethods } from './protocol';

export interface SessionProviders {
  /**
   * The login for a registry host as BuildKit names it (`registry-1.docker.io`,
   * `127.0.0.1:5000`); `undefined` pulls anonymously. An identity token goes as `secret` with
   * an empty `username`.
   */
  credentials(host: string): Promise<{ readonly username: string; readonly secret: string } | undefined>;
  /** A secret's content by its id; `undefined` when the build was given none (BuildKit then reports it missing). */
  secret(id: string): Promise<Uint8Array | undefined>;
}

export interface BuildSession {
  /** Passed to `/build` as `session`. */
  readonly id: string;
  close(): void;
}

type Unary = grpc.MethodDefinition<object, object>;

function unaryMethod(path: string, request: Parameters<typeof messageType>[0], response: Parameters<typeof messageType>[0]): Unary {
  const requestType = messageType(request);
  const responseType = messageType(response);
  return {
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (message: object) => Buffer.from(requestType.encode(requestType.fromObject(message)).finish()),
    requestDeserialize: (bytes: Buffer) => requestType.toObject(requestType.decode(bytes)),
    responseSerialize: (message: object) => Buffer.from(responseType.encode(responseType.fromObject(message)).finish()),
    responseDeserialize: (bytes: Buffer) => responseType.toObject(responseType.decode(bytes)),
  };
}

/** Opens a session on the engine; the build that names its id calls `providers` as it needs them. */
export async function openBuildSession(docker: Docker, providers: SessionProviders): Promise<BuildSession> {
  const id = randomUUID();
  const socket = await dial<Duplex>(docker, {
    method: 'POST',
    path: '/session',
    hijack: true,
    headers: {
      Upgrade: 'h2c',
      'X-Docker-Expose-Session-Uuid': id,
      'X-Docker-Expose-Session-Name': 'dockside',
      'X-Docker-Expose-Session-Sharedkey': id,
      'X-Docker-Expose-Session-Grpc-Method': Object.values(sessionMethods),
    },
    statusCodes: { 101: true, 200: true, 400: 'bad request', 404: 'no session endpoint', 500: 'server error' },
  });
  const server = new grpc.Server();
  server.addService(
    { Credentials: unaryMethod(sessionMethods.credentials, 'CredentialsRequest', 'CredentialsResponse') },
    {
      Credentials: (call: grpc.ServerUnaryCall<{ Host?: string }, object>, callback: grpc.sendUnaryData<object>) => {
        providers.credentials(call.request.Host ?? '').then(
          (found) => callback(null, found ? { Username: found.username, Secret: found.secret } : {}),
          (failure: unknown) => callback(unavailable(failure)),
        );
      },
    },
  );
  server.addService(
    { GetSecret: unaryMethod(sessionMethods.getSecret, 'GetSecretRequest', 'GetSecretResponse') },
    {
      GetSecret: (call: grpc.ServerUnaryCall<{ ID?: string }, object>, callback: grpc.sendUnaryData<object>) => {
        const secretId = call.request.ID ?? '';
        providers.secret(secretId).then(
          (data) => (data ? callback(null, { data }) : callback({ code: grpc.status.NOT_FOUND, details: `secret ${secretId} not found` })),
          (failure: unknown) => callback(unavailable(failure)),
        );
      },
    },
  );
  server.addService(
    { Check: unaryMethod(sessionMethods.healthCheck, 'HealthCheckRequest', 'HealthCheckResponse') },
    { Check: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => callback(null, { status: servingStatus }) },
  );
  server.createConnectionInjector(grpc.ServerCredentials.createInsecure()).injectConnection(socket);
  let closed = false;
  return {
    id,
    close: () => {
      if (closed) return;
      closed = true;
      server.forceShutdown();
      socket.destroy();
    },
  };
}

/** A provider's failure, as BuildKit reports it in the build: a helper that timed out, a file that could not be read. */
function unavailable(failure: unknown): Partial<grpc.StatusObject> {
  return { code: grpc.status.UNAVAILABLE, details: failure instanceof Error ? failure.message : String(failure) };
}
