/**
 * A small client for the Registry HTTP API v2 (`vscode`-free): requests under `/v2/` with the
 * authentication the registry asks for in its `WWW-Authenticate` challenge, Basic or a Bearer
 * token from its token endpoint (Docker Hub and most hosted registries), tokens cached until they
 * expire. HTTPS with the registry's own CA from `certs.d` as the engine does; plain HTTP only
 * for registries the engine itself treats as insecure (loopback by default). Login checks
 * credentials with it; the Registries view lists repositories and tags with it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { join } from 'node:path';
import type { RegistryCredential } from './credentials';
import { apiHostOf, isLoopbackRegistry, registryDisplayName } from './registryNames';

/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…"`. */
export interface Challenge {
  /** Lower-cased: `basic`, `bearer`. */
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

export type RegistryProblemKind =
  /** The registry refused the credentials (or wants some and has none). */
  | 'unauthorized'
  /** The name does not resolve. */
  | 'unknownHost'
  /** Nothing answers, or it stopped answering. */
  | 'unreachable'
  /** The TLS handshake failed: an unknown CA, a wrong name, or a server that speaks plain HTTP. */
  | 'tls'
  /** It answered, but not as a registry does. */
  | 'unexpected';

export class RegistryError extends Error {
  constructor(
    readonly registry: string,
    readonly kind: RegistryProblemKind,
    readonly detail: string,
  ) {
    super(`${registryDisplayName(registry)}: ${detail}`);
    this.name = 'RegistryError';
  }
}

export interface RegistryClientOptions {
  /** Whether plain HTTP may be used when HTTPS fails (the engine's insecure registries). Loopback by default. */
  readonly insecure?: (registry: string) => boolean;
  /** Folders with a `<host[:port]>/` folder of `*.crt` CAs and `*.cert`/`*.key` client pairs, as the engine reads them. */
  readonly certsDirs?: readonly string[];
  readonly timeoutMs?: number;
}

export interface RegistryResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Where the engine looks for a registry's certificates on Linux. */
export const defaultCertsDirs: readonly string[] = ['/etc/docker/certs.d'];

const maxBodyBytes = 16 * 1024 * 1024;

/** The challenges of a `WWW-Authenticate` header, in order. Parameter values may be quoted (with `\` escapes) or bare tokens. */
export function parseChallenges(header: string | undefined): Challenge[] {
  if (!header) return [];
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  const token = /\s*([A-Za-z][\w!#$%&'*+.^`|~-]*)/y;
  const param = /\s*([\w!#$%&'*+.^`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/y;
  let at = 0;
  while (at < header.length) {
    token.lastIndex = at;
    const scheme = token.exec(header);
    if (!scheme) break;
    at = token.lastIndex;
    const params: Record<string, string> = {};
    for (;;) {
      param.lastIndex = at;
      const match = param.exec(header);
      if (!match) break;
      params[match[1].toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
      at = param.lastIndex;
    }
    challenges.push({ scheme: scheme[1].toLowerCase(), params });
  }
  return challenges;
}

/** How a network error reads as a registry problem. */
export function classifyNetworkError(registry: string, error: unknown): RegistryError {
  if (error instanceof RegistryError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new RegistryError(registry, 'unknownHost', message);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|EPROTO|ERR_SSL/.test(code) || /wrong version number|certificate/i.test(message)) {
    return new RegistryError(registry, 'tls', message);
  }
  return new RegistryError(registry, 'unreachable', message);
}

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

interface Transport {
  readonly baseUrl: string;
  readonly tls?: { ca?: (string | Buffer)[]; cert?: Buffer; key?: Buffer };
}

export class RegistryClient {
  private transport: Promise<Transport> | undefined;
  private readonly tokens = new Map<string, CachedToken>();
  /** The authorization that worked last, per scope, tried first next time. */
  private readonly lastAuthorization = new Map<string, string>();
  private readonly timeoutMs: number;

  constructor(
    readonly registry: string,
    private readonly credential: RegistryCredential | undefined,
    private readonly options: RegistryClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  /**
   * `GET /v2/`: resolves when the registry accepts these credentials (or needs none); rejects
   * with a `RegistryError` saying why not. This is how `docker login` checks a login.
   */
  async ping(): Promise<void> {
    const response = await this.get('/v2/');
    if (response.status !== 200) throw this.unexpected(response);
  }

  /** An authenticated GET of a path under `/v2/`. `scope` is the token scope it needs, e.g. `repository:team/app:pull`. */
  async get(path: string, options: { scope?: string; accept?: readonly string[] } = {}): Promise<RegistryResponse> {
    const headers: Record<string, string> = {};
    if (options.accept) headers.Accept = options.accept.join(', ');
    const scopeKey = options.scope ?? '';
    const remembered = this.lastAuthorization.get(scopeKey);
    let response = await this.send(path, remembered ? { ...headers, Authorization: remembered } : headers);
    if (response.status !== 401) return response;
    const authorization = await this.authorize(parseChallenges(header(response.headers['www-authenticate'])), options.scope);
    response = await this.send(path, { ...headers, Authorization: authorization });
    if (response.status === 401) throw new RegistryError(this.registry, 'unauthorized', 'the registry refused the credentials');
    this.lastAuthorization.set(scopeKey, authorization);
    return response;
  }

  private async authorize(challenges: readonly Challenge[], scope: string | undefined): Promise<string> {
    const bearer = challenges.find((challenge) => challenge.scheme === 'bearer');
    if (bearer) return `Bearer ${await this.token(bearer, scope)}`;
    const basic = challenges.find((challenge) => challenge.scheme === 'basic');
    if (basic) {
      if (!this.credential || this.credential.identityToken) {
        throw new RegistryError(this.registry, 'unauthorized', 'the registry asks for a user name and password');
      }
      return basicAuthorization(this.credential);
    }
    throw new RegistryError(this.registry, 'unexpected', 'the registry asked for authentication of a kind Dockside does not know');
  }

  /** A token from the challenge's realm: Basic credentials (or the identity token as refresh token), cached until it expires. */
  private async token(challenge: Challenge, scope: string | undefined): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm) throw new RegistryError(this.registry, 'unexpected', 'the Bearer challenge names no token realm');
    const service = challenge.params.service ?? '';
    const wantedScope = scope ?? challenge.params.scope ?? '';
    const cacheKey = `${realm}\n${service}\n${wantedScope}`;
    const cached = this.tokens.get(cacheKey);
    if (cached && cached.expiresAt > Date.now()) return cached.token;

    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError(this.registry, 'unexpected', `the token realm ${realm} is not a URL`);
    }
    let response: RegistryResponse;
    if (this.credential?.identityToken) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: this.credential.identityToken, service, client_id: 'dockside' });
      if (wantedScope) form.set('scope', wantedScope);
      response = await this.fetch(url, 'POST', { 'Content-Type': 'application/x-www-form-urlencoded' }, Buffer.from(form.toString()));
    } else {
      if (service) url.searchParams.set('service', service);
      if (wantedScope) url.searchParams.set('scope', wantedScope);
      const headers: Record<string, string> = {};
      if (this.credential) {
        url.searchParams.set('account', this.credential.username);
        headers.Authorization = basicAuthorization(this.credential);
      }
      response = await this.fetch(url, 'GET', headers);
    }
    if (response.status === 401 || response.status === 403) {
      throw new RegistryError(this.registry, 'unauthorized', 'the token service refused the credentials');
    }
    if (response.status !== 200) throw this.unexpected(response);
    const answer = parseJsonBody(response.body) as { token?: string; access_token?: string; expires_in?: number; issued_at?: string };
    const token = answer?.token ?? answer?.access_token;
    if (!token) throw new RegistryError(this.registry, 'unexpected', 'the token service answered without a token');
    const issuedAt = answer.issued_at ? Date.parse(answer.issued_at) : Date.now();
    // Tokens live 60 s unless they say otherwise; ten seconds of margin for the clocks and the request.
    const lifetimeSeconds = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : 60;
    this.tokens.set(cacheKey, { token, expiresAt: (Number.isNaN(issuedAt) ? Date.now() : issuedAt) + (lifetimeSeconds - 10) * 1000 });
    return token;
  }

  private async send(path: string, headers: Record<string, string>): Promise<RegistryResponse> {
    const transport = await this.resolveTransport();
    return this.fetch(new URL(path, transport.baseUrl), 'GET', headers, undefined, transport);
  }

  /**
   * HTTPS, with the registry's certificates; plain HTTP only when HTTPS fails and the registry is
   * an insecure one. Decided once per client.
   */
  private resolveTransport(): Promise<Transport> {
    this.transport ??= (async () => {
      const host = apiHostOf(this.registry);
      const tls = await registryCertificates(host, this.options.certsDirs ?? defaultCertsDirs);
      const secure: Transport = { baseUrl: `https://${host}/`, tls };
      const insecure = (this.options.insecure ?? isLoopbackRegistry)(this.registry);
      if (!insecure) return secure;
      try {
        await this.fetch(new URL('/v2/', secure.baseUrl), 'GET', {}, undefined, secure);
        return secure;
      } catch (error) {
        const problem = classifyNetworkError(this.registry, error);
        if (problem.kind !== 'tls' && problem.kind !== 'unreachable') throw problem;
        return { baseUrl: `http://${host}/` };
      }
    })();
    // A failed attempt is not remembered: the registry may be up next time.
    this.transport.catch(() => (this.transport = undefined));
    return this.transport;
  }

  private fetch(url: URL, method: 'GET' | 'POST', headers: Record<string, string>, body?: Buffer, transport?: Transport): Promise<RegistryResponse> {
    const sameHost = transport && new URL(transport.baseUrl).host === url.host;
    const requestOptions: RequestOptions & Transport['tls'] = {
      method,
      headers: { 'User-Agent': 'dockside', ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
      timeout: this.timeoutMs,
      ...(sameHost && transport?.tls ? transport.tls : {}),
    };
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
    return new Promise<RegistryResponse>((resolve, reject) => {
      const req = send(url, requestOptions, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBodyBytes) {
            req.destroy(new RegistryError(this.registry, 'unexpected', 'the answer is too large'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer within ${Math.round(this.timeoutMs / 1000)} s`), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(body);
    }).catch((error: unknown) => {
      throw classifyNetworkError(this.registry, error);
    });
  }

  private unexpected(response: RegistryResponse): RegistryError {
    const said = (parseJsonBody(response.body) as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message;
    return new RegistryError(this.registry, 'unexpected', `HTTP ${response.status}${said ? `: ${said}` : ''}`);
  }
}

/** Checks a login as `docker login` does, without storing anything. */
export async function checkLogin(registry: string, credential: RegistryCredential, options?: RegistryClientOptions): Promise<void> {
  await new RegistryClient(registry, credential, options).ping();
}

function basicAuthorization(credential: RegistryCredential): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The engine's certs.d layout: `<dir>/<host[:port]>/*.crt` are CAs, `*.cert` with its `*.key` a client certificate. */
async function registryCertificates(host: string, certsDirs: readonly string[]): Promise<Transport['tls']> {
  const ca: Buffer[] = [];
  let cert: Buffer | undefined;
  let key: Buffer | undefined;
  for (const dir of certsDirs) {
    const folder = join(dir, host);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.sort()) {
      if (name.endsWith('.crt')) ca.push(await readFile(join(folder, name)));
      else if (name.endsWith('.cert') && !cert && names.includes(`${name.slice(0, -'.cert'.length)}.key`)) {
        cert = await readFile(join(folder, name));
        key = await readFile(join(folder, `${name.slice(0, -'.cert'.length)}.key`));
      }
    }
  }
  if (ca.length === 0 && !cert) return undefined;
  // The engine adds a registry's CAs to the system's; Node's `ca` replaces them, so both are given.
  return { ca: ca.length > 0 ? [...rootCertificates, ...ca] : undefined, cert, key };
}
