/**
 * One HTTP(S) exchange as the registry clients make them (`vscode`-free): a time limit on a
 * silent server, cancellation through an `AbortSignal` (a collapsed tree node stops its
 * requests), a cap on the answer's size, and the host's own TLS settings. Redirects and
 * authentication are the callers' business: only they know whether a login may follow a
 * redirect to another host.
 */
import { request as plainRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { request as tlsRequest } from 'node:https';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** CAs and a client certificate for one host, as the engine reads them from `certs.d`. */
export interface TlsSettings {
  readonly ca?: (string | Buffer)[];
  readonly cert?: Buffer;
  readonly key?: Buffer;
}

export interface HttpRequestOptions {
  readonly method: HttpMethod;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  readonly tls?: TlsSettings;
  /** How long the server may stay silent (connecting, or between two chunks of the answer). */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly maxBodyBytes: number;
}

/** What a cancelled request rejects with: not a failure of the registry, so callers tell it apart. */
export function abortError(): Error {
  return Object.assign(new Error('The request was cancelled.'), { name: 'AbortError', code: 'ABORT_ERR' });
}

export function isAbortError(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'AbortError';
}

/** `promise`, unless `signal` aborts first: then an AbortError (the work goes on for whoever else waits on it). */
export function whileNotAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Sends one request and resolves with the whole answer. Rejects with the network's error, an
 * `ETIMEDOUT` error after `timeoutMs` of silence, an `ETOOLARGE` error past `maxBodyBytes`,
 * or an AbortError when `signal` aborts.
 */
export function httpRequest(url: URL, options: HttpRequestOptions): Promise<HttpResponse> {
  if (options.signal?.aborted) return Promise.reject(abortError());
  const requestOptions: RequestOptions & TlsSettings = {
    method: options.method,
    headers: { 'User-Agent': 'dockside', ...options.headers, ...(options.body ? { 'Content-Length': String(options.body.length) } : {}) },
    timeout: options.timeoutMs,
    ...(url.protocol === 'https:' ? options.tls : undefined),
  };
  const send = url.protocol === 'http:' ? plainRequest : tlsRequest;
  return new Promise<HttpResponse>((resolve, reject) => {
    const req = send(url, requestOptions, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBodyBytes) {
          req.destroy(Object.assign(new Error(`the answer is larger than ${Math.round(options.maxBodyBytes / 1024 / 1024)} MB`), { code: 'ETOOLARGE' }));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    const onAbort = () => req.destroy(abortError());
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('close', () => options.signal?.removeEventListener('abort', onAbort));
    req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${Math.round(options.timeoutMs / 1000)} s`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The text with every secret (of four characters or more) replaced by `****`. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let redacted = text;
  for (const secret of secrets) if (secret.length >= 4) redacted = redacted.split(secret).join('****');
  return redacted;
}

/** A JSON body, or `undefined` when it is not JSON (an HTML error page, nothing at all). */
export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
