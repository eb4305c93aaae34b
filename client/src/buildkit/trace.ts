/**
 * Decodes the engine's `moby.buildkit.trace` build messages (`vscode`-free): each `aux` is a
 * base64 protobuf `StatusResponse` with the steps (vertexes) that changed, their progress
 * (statuses), their output (logs) and warnings. Times become epoch milliseconds.
 */
import { messageType } from './protocol';

export interface TraceVertex {
  readonly digest: string;
  /** As BuildKit names the step: `[stage-1 2/5] RUN make`, `[internal] load metadata for …`. */
  readonly name: string;
  readonly cached: boolean;
  readonly started?: number;
  readonly completed?: number;
  /** Set when the step failed. */
  readonly error?: string;
}

/** Progress of one part of a step: a layer being pulled or exported, with bytes when it has them. */
export interface TraceStatus {
  readonly id: string;
  readonly vertex: string;
  readonly name: string;
  readonly current: number;
  readonly total: number;
  readonly timestamp?: number;
  readonly started?: number;
  readonly completed?: number;
}

export interface TraceLog {
  readonly vertex: string;
  /** 1 standard output, 2 standard error. */
  readonly stream: number;
  readonly timestamp?: number;
  readonly data: Uint8Array;
}

export interface TraceWarning {
  readonly vertex: string;
  readonly level: number;
  readonly short: string;
  readonly detail: readonly string[];
  readonly url?: string;
  /** Zero-based Dockerfile lines the warning is about (BuildKit counts from 1). */
  readonly lines: readonly { readonly start: number; readonly end: number }[];
}

export interface TraceMessage {
  readonly vertexes: readonly TraceVertex[];
  readonly statuses: readonly TraceStatus[];
  readonly logs: readonly TraceLog[];
  readonly warnings: readonly TraceWarning[];
}

/** What protobufjs gives for an int64: a number, or a Long when the `long` package is present. */
type Int64 = number | { toNumber(): number };
interface Timestamp {
  seconds?: Int64;
  nanos?: number;
}

const textDecoder = new TextDecoder();

function int64(value: Int64 | undefined | null): number {
  if (value === undefined || value === null) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

function epochMs(value: Timestamp | undefined | null): number | undefined {
  if (!value) return undefined;
  return int64(value.seconds) * 1000 + Math.floor((value.nanos ?? 0) / 1e6);
}

/** One trace message, from the `aux` string of `{"id":"moby.buildkit.trace","aux":"…"}`. */
export function decodeTrace(aux: string): TraceMessage {
  const decoded = messageType('StatusResponse').decode(Buffer.from(aux, 'base64')) as unknown as {
    vertexes: { digest: string; name: string; cached: boolean; started?: Timestamp; completed?: Timestamp; error: string }[];
    statuses: { ID: string; vertex: string; name: string; current: Int64; total: Int64; timestamp?: Timestamp; started?: Timestamp; completed?: Timestamp }[];
    logs: { vertex: string; stream: Int64; timestamp?: Timestamp; msg: Uint8Array }[];
    warnings: {
      vertex: string;
      level: Int64;
      short: Uint8Array;
      detail: Uint8Array[];
      url: string;
      ranges: { start?: { line?: number }; end?: { line?: number } }[];
    }[];
  };
  return {
    vertexes: decoded.vertexes.map((vertex) => ({
      digest: vertex.digest,
      name: vertex.name,
      cached: vertex.cached,
      started: epochMs(vertex.started),
      completed: epochMs(vertex.completed),
      error: vertex.error || undefined,
    })),
    statuses: decoded.statuses.map((status) => ({
      id: status.ID,
      vertex: status.vertex,
      name: status.name,
      current: int64(status.current),
      total: int64(status.total),
      timestamp: epochMs(status.timestamp),
      started: epochMs(status.started),
      completed: epochMs(status.completed),
    })),
    logs: decoded.logs.map((log) => ({ vertex: log.vertex, stream: int64(log.stream), timestamp: epochMs(log.timestamp), data: log.msg })),
    warnings: decoded.warnings.map((warning) => ({
      vertex: warning.vertex,
      level: int64(warning.level),
      short: textDecoder.decode(warning.short),
      detail: warning.detail.map((line) => textDecoder.decode(line)),
      url: warning.url || undefined,
      lines: warning.ranges.map((range) => ({ start: Math.max(0, (range.start?.line ?? 1) - 1), end: Math.max(0, (range.end?.line ?? range.start?.line ?? 1) - 1) })),
    })),
  };
}
