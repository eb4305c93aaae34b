/** One raw Engine API request through dockerode's modem, for the endpoints dockerode has no method for (or hides the answer of). */
import type Docker from 'dockerode';

export type DialOptions = Parameters<Docker['modem']['dial']>[0];

/** Resolves to what the modem hands back: parsed JSON, or the response (`isStream`), or the upgraded socket (`hijack`). */
export function dial<T>(docker: Docker, options: DialOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(options, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}
