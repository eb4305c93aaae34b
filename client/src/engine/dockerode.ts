/**
 * How a dockerode client is made for an engine address: its options, and dockerode itself,
 * loaded on first use.
 */
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import type Docker from 'dockerode';
import type { EngineAddress } from './location';

export type DockerOptionsWithAgent = Docker.DockerOptions & { agent?: Agent };

/**
 * dockerode options for an address. Every field is set explicitly, because
 * docker-modem merges our options over its own reading of `DOCKER_HOST`; a
 * field left out could come from the environment instead of our decision.
 */
export function dockerodeOptions(address: EngineAddress, readFile: (path: string) => Buffer = readFileSync): DockerOptionsWithAgent {
  const none = { socketPath: undefined, host: undefined, port: undefined, protocol: undefined, ca: undefined, cert: undefined, key: undefined, timeout: undefined };
  switch (address.transport) {
    case 'socket':
      return { ...none, socketPath: address.socketPath };
    case 'ssh':
      return { ...none, protocol: 'ssh', host: address.hostname, port: address.port, username: address.username, sshOptions: { agent: process.env.SSH_AUTH_SOCK } };
    case 'tcp': {
      if (!address.tls) return { ...none, protocol: 'http', host: address.hostname, port: address.port };
      const { caFile, certFile, keyFile, verify } = address.tls;
      const ca = caFile ? readFile(caFile) : undefined;
      const cert = certFile ? readFile(certFile) : undefined;
      const key = keyFile ? readFile(keyFile) : undefined;
      const agent = verify ? undefined : new Agent({ ca, cert, key, rejectUnauthorized: false });
      return { ...none, protocol: 'https', host: address.hostname, port: address.port, ca, cert, key, agent };
    }
    case 'invalid':
      throw Object.assign(new Error(address.reason), { code: 'EINVALIDHOST' });
  }
}

/**
 * dockerode (with its gRPC and protobuf dependencies) takes ~100 ms to load, more
 * than the whole activation budget, so it is required on first use rather than
 * imported at the top: the bundler keeps a `require` inside a function lazy.
 */
export function loadDockerode(): typeof Docker {
  return require('dockerode') as typeof Docker;
}
