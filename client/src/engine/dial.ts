/** One raw Engine API request through dockerode's modem, for the endpoints dockerode has no method for (or hides the answer of). */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type Docker from 'dockerode';

export type DialOptions = Parameters<Docker['modem']['dial']>[0];

/** Resolves to what the modem hands back: parsed JSON, or the response (`isStream`), or the upgraded socket (`hijack`). */
export function dial<T>(docker: Docker, options: DialOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(options, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/**
 * `GET /_ping`'s response headers (what the engine says of itself: `Server`, `Api-Version`,
 * `OSType`, `Builder-Version`); its body, `OK`, is read and dropped. dockerode's `ping()` gives the body only.
 */
export async function pingHeaders(docker: Docker, abortSignal?: AbortSignal): Promise<IncomingHttpHeaders> {
  const ping = await dial<IncomingMessage>(docker, { path: '/_ping', method: 'GET', isStream: true, statusCodes: { 200: true }, abortSignal });
  ping.resume();
  return ping.headers;
}

/** A header's value, the first if it came more than once. */
export function headerValue(headers: Readonly<Record<string, string | readonly string[] | undefined>>, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' ? value : value?.[0];
}
