/**
 * The BuildKit messages Dockside reads and answers, described for protobufjs from the field
 * numbers BuildKit's API documents (`api/services/control/control.proto`, `solver/pb/ops.proto`,
 * `session/auth/auth.proto`, `session/secrets/secrets.proto`). Only the fields we use are named;
 * protobuf skips the others, so a newer engine's additions do not break decoding.
 */
import { Root, type Type } from 'protobufjs/light';

const timestamp = { fields: { seconds: { type: 'int64', id: 1 }, nanos: { type: 'int32', id: 2 } } };

const descriptor = {
  nested: {
    // google/protobuf/timestamp.proto
    Timestamp: timestamp,
    // solver/pb/ops.proto
    Position: { fields: { line: { type: 'int32', id: 1 }, character: { type: 'int32', id: 2 } } },
    Range: { fields: { start: { type: 'Position', id: 1 }, end: { type: 'Position', id: 2 } } },
    SourceInfo: { fields: { filename: { type: 'string', id: 1 }, data: { type: 'bytes', id: 2 }, language: { type: 'string', id: 4 } } },
    ProgressGroup: { fields: { id: { type: 'string', id: 1 }, name: { type: 'string', id: 2 }, weak: { type: 'bool', id: 3 } } },
    // api/services/control/control.proto: what each `moby.buildkit.trace` message carries
    Vertex: {
      fields: {
        digest: { type: 'string', id: 1 },
        inputs: { rule: 'repeated', type: 'string', id: 2 },
        name: { type: 'string', id: 3 },
        cached: { type: 'bool', id: 4 },
        started: { type: 'Timestamp', id: 5 },
        completed: { type: 'Timestamp', id: 6 },
        error: { type: 'string', id: 7 },
        progressGroup: { type: 'ProgressGroup', id: 8 },
      },
    },
    VertexStatus: {
      fields: {
        ID: { type: 'string', id: 1 },
        vertex: { type: 'string', id: 2 },
        name: { type: 'string', id: 3 },
        current: { type: 'int64', id: 4 },
        total: { type: 'int64', id: 5 },
        timestamp: { type: 'Timestamp', id: 6 },
        started: { type: 'Timestamp', id: 7 },
        completed: { type: 'Timestamp', id: 8 },
      },
    },
    VertexLog: {
      fields: {
        vertex: { type: 'string', id: 1 },
        timestamp: { type: 'Timestamp', id: 2 },
        stream: { type: 'int64', id: 3 },
        msg: { type: 'bytes', id: 4 },
      },
    },
    VertexWarning: {
      fields: {
        vertex: { type: 'string', id: 1 },
        level: { type: 'int64', id: 2 },
        short: { type: 'bytes', id: 3 },
        detail: { rule: 'repeated', type: 'bytes', id: 4 },
        url: { type: 'string', id: 5 },
        info: { type: 'SourceInfo', id: 6 },
        ranges: { rule: 'repeated', type: 'Range', id: 7 },
      },
    },
    StatusResponse: {
      fields: {
        vertexes: { rule: 'repeated', type: 'Vertex', id: 1 },
        statuses: { rule: 'repeated', type: 'VertexStatus', id: 2 },
        logs: { rule: 'repeated', type: 'VertexLog', id: 3 },
        warnings: { rule: 'repeated', type: 'VertexWarning', id: 4 },
      },
    },
    // session/auth/auth.proto (service moby.filesync.v1.Auth)
    CredentialsRequest: { fields: { Host: { type: 'string', id: 1 } } },
    CredentialsResponse: { fields: { Username: { type: 'string', id: 1 }, Secret: { type: 'string', id: 2 } } },
    // session/secrets/secrets.proto (service moby.buildkit.secrets.v1.Secrets)
    GetSecretRequest: { fields: { ID: { type: 'string', id: 1 }, annotations: { keyType: 'string', type: 'string', id: 2 } } },
    GetSecretResponse: { fields: { data: { type: 'bytes', id: 1 } } },
    // grpc/health/v1/health.proto (service grpc.health.v1.Health); `status` is the ServingStatus enum, SERVING = 1
    HealthCheckRequest: { fields: { service: { type: 'string', id: 1 } } },
    HealthCheckResponse: { fields: { status: { type: 'int32', id: 1 } } },
  },
};

let root: Root | undefined;

/** A message type by name, described on first use. */
export function messageType(name: keyof (typeof descriptor)['nested']): Type {
  root ??= Root.fromJSON(descriptor);
  return root.lookupType(name);
}

/** The gRPC methods a build session serves, as the engine calls them. */
export const sessionMethods = {
  credentials: '/moby.filesync.v1.Auth/Credentials',
  getSecret: '/moby.buildkit.secrets.v1.Secrets/GetSecret',
  healthCheck: '/grpc.health.v1.Health/Check',
} as const;

/** `HealthCheckResponse.status` for a session that is up. */
export const servingStatus = 1;
