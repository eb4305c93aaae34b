/**
 * Why the engine cannot be reached, in the few cases a user can act on
 * differently. The welcome view explains each one (package.json `viewsWelcome`,
 * keyed by the context key `dockside.engine.state`).
 */
export type EngineProblemKind =
  /** No socket/pipe at the path: Docker is not running (or not installed). */
  | 'socketMissing'
  /** The socket exists but the user may not open it: not in the `docker` group. */
  | 'permissionDenied'
  /** Nothing listens at the address (a stale socket, a stopped remote engine). */
  | 'refused'
  /** TLS handshake, certificate or certificate-file problem. */
  | 'tls'
  /** The configured host cannot be used at all (bad URL, unknown context). */
  | 'invalidHost'
  /** Anything else: timeouts, DNS, ssh, engine errors. */
  | 'unreachable';

export interface EngineProblem {
  readonly kind: EngineProblemKind;
  /** The underlying error's message, for the tooltip and the log (never a stack trace). */
  readonly detail: string;
  /** The error's code (`ENOENT`, `ENOTFOUND`, `ABORT_ERR` for a ping that timed out…), to explain it in words. */
  readonly code?: string;
  /** The HTTP status, when something answered but not as a Docker Engine. */
  readonly statusCode?: number;
}

const tlsCodes = new Set([
  'EPROTO',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export function classifyEngineError(error: unknown): EngineProblem {
  const { code, message, path, statusCode } = errorFields(error);
  const detail = message || code || 'unknown error';
  return {
    kind: problemKind(code, detail, path, statusCode),
    detail,
    ...(code !== undefined && { code }),
    ...(statusCode !== undefined && { statusCode }),
  };
}

function problemKind(code: string | undefined, detail: string, path: string | undefined, statusCode: number | undefined): EngineProblemKind {
  // A missing or unreadable certificate file is a TLS set-up problem, whatever errno says.
  if (path?.endsWith('.pem')) return 'tls';
  if (code === 'ENOENT') return 'socketMissing';
  if (code === 'EACCES' || code === 'EPERM') return 'permissionDenied';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code !== undefined && (tlsCodes.has(code) || /^ERR_(SSL|TLS|OSSL)_/.test(code))) return 'tls';
  // A plain-HTTP request to a TLS-only engine gets this 400 back.
  if (statusCode === 400 && /HTTPS server/i.test(detail)) return 'tls';
  if (/certificate|\bssl\b|\btls\b/i.test(detail)) return 'tls';
  return 'unreachable';
}

function errorFields(error: unknown): { code?: string; message?: string; path?: string; statusCode?: number } {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const fields = error as { code?: unknown; message?: unknown; path?: unknown; statusCode?: unknown; json?: { message?: unknown } };
  const jsonMessage = typeof fields.json?.message === 'string' ? fields.json.message : undefined;
  return {
    code: typeof fields.code === 'string' ? fields.code : undefined,
    message: jsonMessage ?? (typeof fields.message === 'string' ? fields.message : undefined),
    path: typeof fields.path === 'string' ? fields.path : undefined,
    statusCode: typeof fields.statusCode === 'number' ? fields.statusCode : undefined,
  };
}

/** Seconds before the next automatic reconnection attempt: 1, 2, 4 … capped at 30. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
}
