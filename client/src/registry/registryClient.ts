/**
 * A small client for the Registry HTTP API v2 (`vscode`-free): requests under `/v2/` with the
 * authentication the registry asks for in its `WWW-Authenticate` challenge, Basic or a Bearer
 * token from its token endpoint (Docker Hub and most hosted registries), tokens cached until they
 * expire. HTTPS with the registry's own CA from `certs.d` as the engine does; plain HTTP only
 * for registries the engine itself treats as insecure (loopback by default). Login checks
 * credentials with it; the Registries view lists repositories and tags with it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { rootCertificates } from 'node:tls';
import { join } from 'node:path';
import type { RegistryCredential } from './credentials';
import { httpRequest, isAbortError, parseJsonBody, redactSecrets, whileNotAborted, type HttpMethod, type HttpResponse, type TlsSettings } from './http';
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

/** The answer behind an error: its status, and the registry's error code (`UNSUPPORTED`, `MANIFEST_UNKNOWN`…) when it sent one. */
export interface RegistryErrorResponse {
  readonly status: number;
  readonly code?: string;
}

export class RegistryError extends Error {
  constructor(
    readonly registry: string,
    readonly kind: RegistryProblemKind,
    readonly detail: string,
    readonly response?: RegistryErrorResponse,
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

export type RegistryResponse = HttpResponse;

/**
 * Where a registry's certificates are looked for: the engine's folder on Linux, and the user's
 * `~/.docker/certs.d`, where Docker Desktop and the Docker CLI's documentation put them.
 */
export function defaultCertsDirs(home: string = homedir()): string[] {
  return ['/etc/docker/certs.d', join(home, '.docker', 'certs.d')];
}

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
  readonly token: Promise<string>;
  /** Infinite while the token is being fetched, so that requests at the same moment share it. */
  expiresAt: number;
}

interface Transport {
  readonly baseUrl: string;
  readonly tls?: TlsSettings;
}

export interface RegistryRequestOptions {
  /** The token scope the request needs, e.g. `repository:team/app:pull` (the registry's challenge names it too). */
  readonly scope?: string;
  readonly accept?: readonly string[];
  /** Cancels the request: it rejects with an AbortError (`isAbortError`), never a `RegistryError`. */
  readonly signal?: AbortSignal;
  readonly body?: Buffer;
  readonly contentType?: string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const maxRedirects = 5;

export class RegistryClient {
  private transport: Promise<Transport> | undefined;
  private readonly tokens = new Map<string, CachedToken>();
  /** Every token a token service gave this client: secrets like the password, never shown. */
  private readonly issuedTokens = new Set<string>();
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
  async ping(options: { signal?: AbortSignal } = {}): Promise<void> {
    const response = await this.get('/v2/', options);
    if (response.status !== 200) throw this.errorFor(response);
  }

  /** An authenticated GET of a path under `/v2/` (or a URL the registry gave, such as a `Link`). */
  get(path: string, options: RegistryRequestOptions = {}): Promise<RegistryResponse> {
    return this.request('GET', path, options);
  }

  /**
   * An authenticated request with the authentication the registry asks for. GET and HEAD follow
   * redirects (blobs are often served from elsewhere), without the login once they leave the
   * registry. Rejects with a `RegistryError` that names no credential, or an AbortError.
   */
  async request(method: HttpMethod, path: string, options: RegistryRequestOptions = {}): Promise<RegistryResponse> {
    try {
      return await this.authenticated(method, path, options);
    } catch (error) {
      if (isAbortError(error)) throw error;
      const problem = classifyNetworkError(this.registry, error);
      throw new RegistryError(problem.registry, problem.kind, redactSecrets(problem.detail, this.secrets()), problem.response);
    }
  }

  /** The error a response that is not a success stands for, in the registry's own words when it gave some. */
  errorFor(response: RegistryResponse): RegistryError {
    const said = (parseJsonBody(response.body) as { errors?: { code?: string; message?: string }[] } | undefined)?.errors?.[0];
    const kind: RegistryProblemKind = response.status === 401 ? 'unauthorized' : 'unexpected';
    const detail = redactSecrets(`HTTP ${response.status}${said?.message ? `: ${said.message}` : ''}`, this.secrets());
    return new RegistryError(this.registry, kind, detail, { status: response.status, code: typeof said?.code === 'string' ? said.code : undefined });
  }

  private async authenticated(method: HttpMethod, path: string, options: RegistryRequestOptions): Promise<RegistryResponse> {
    const headers: Record<string, string> = {};
    if (options.accept) headers.Accept = options.accept.join(', ');
    if (options.contentType) headers['Content-Type'] = options.contentType;
    const scopeKey = options.scope ?? '';
    const remembered = this.lastAuthorization.get(scopeKey);
    let response = await this.send(method, path, remembered ? { ...headers, Authorization: remembered } : headers, options);
    if (response.status !== 401) return response;
    const challenges = parseChallenges(header(response.headers['www-authenticate']));
    // A remembered token the registry now refuses (expired early, revoked) is not asked for again from the cache.
    const authorization = await whileNotAborted(this.authorize(challenges, options.scope, remembered !== undefined), options.signal);
    response = await this.send(method, path, { ...headers, Authorization: authorization }, options);
    if (response.status === 401) throw new RegistryError(this.registry, 'unauthorized', 'the registry refused the credentials', { status: 401 });
    this.lastAuthorization.set(scopeKey, authorization);
    return response;
  }

  private async authorize(challenges: readonly Challenge[], scope: string | undefined, fresh: boolean): Promise<string> {
    const bearer = challenges.find((challenge) => challenge.scheme === 'bearer');
    if (bearer) return `Bearer ${await this.token(bearer, scope, fresh)}`;
    const basic = challenges.find((challenge) => challenge.scheme === 'basic');
    if (basic) {
      if (!this.credential || this.credential.identityToken) {
        throw new RegistryError(this.registry, 'unauthorized', 'the registry asks for a user name and password', { status: 401 });
      }
      return basicAuthorization(this.credential);
    }
    throw new RegistryError(this.registry, 'unexpected', 'the registry asked for authentication of a kind Dockside does not know');
  }

  /**
   * A token from the challenge's realm for the scope the challenge names (else the caller's):
   * Basic credentials, or the identity token as a refresh token. Cached until it expires, and
   * shared by requests made while it is being fetched.
   */
  private token(challenge: Challenge, scope: string | undefined, fresh: boolean): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm) throw new RegistryError(this.registry, 'unexpected', 'the Bearer challenge names no token realm');
    const service = challenge.params.service ?? '';
    const wantedScope = challenge.params.scope ?? scope ?? '';
    const cacheKey = `${realm}\n${service}\n${wantedScope}`;
    const cached = this.tokens.get(cacheKey);
    if (cached && !fresh && cached.expiresAt > Date.now()) return cached.token;
    const entry: CachedToken = {
      token: this.fetchToken(realm, service, wantedScope).then(({ token, expiresAt }) => {
        entry.expiresAt = expiresAt;
        return token;
      }),
      expiresAt: Number.POSITIVE_INFINITY,
    };
    this.tokens.set(cacheKey, entry);
    entry.token.catch(() => this.tokens.get(cacheKey) === entry && this.tokens.delete(cacheKey));
    return entry.token;
  }

  private async fetchToken(realm: string, service: string, scope: string): Promise<{ token: string; expiresAt: number }> {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError(this.registry, 'unexpected', `the token realm ${realm} is not a URL`);
    }
    // A token service on the registry's own host has its certificate from the same CA.
    const tls = url.hostname === new URL(`https://${apiHostOf(this.registry)}`).hostname ? (await this.resolveTransport()).tls : undefined;
    // The token protocol sends each scope of a space-separated list as a parameter of its own.
    const scopes = scope.split(' ').filter(Boolean);
    let response: RegistryResponse;
    if (this.credential?.identityToken) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: this.credential.identityToken, service, client_id: 'dockside' });
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      response = await this.fetch(url, 'POST', { 'Content-Type': 'application/x-www-form-urlencoded' }, { body: Buffer.from(form.toString()), tls });
    } else {
      if (service) url.searchParams.set('service', service);
      for (const one of scopes) url.searchParams.append('scope', one);
      const headers: Record<string, string> = {};
      if (this.credential) {
        url.searchParams.set('account', this.credential.username);
        headers.Authorization = basicAuthorization(this.credential);
      }
      response = await this.fetch(url, 'GET', headers, { tls });
    }
    if (response.status === 401 || response.status === 403) {
      throw new RegistryError(this.registry, 'unauthorized', 'the token service refused the credentials', { status: response.status });
    }
    if (response.status !== 200) throw this.errorFor(response);
    const answer = parseJsonBody(response.body) as { token?: string; access_token?: string; expires_in?: number; issued_at?: string };
    const token = answer?.token ?? answer?.access_token;
    if (!token) throw new RegistryError(this.registry, 'unexpected', 'the token service answered without a token');
    this.issuedTokens.add(token);
    const issuedAt = answer.issued_at ? Date.parse(answer.issued_at) : Date.now();
    // Tokens live 60 s unless they say otherwise; ten seconds of margin for the clocks and the request.
    const lifetimeSeconds = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : 60;
    return { token, expiresAt: (Number.isNaN(issuedAt) ? Date.now() : issuedAt) + (lifetimeSeconds - 10) * 1000 };
  }

  private async send(method: HttpMethod, path: string, headers: Record<string, string>, options: RegistryRequestOptions): Promise<RegistryResponse> {
    const transport = await whileNotAborted(this.resolveTransport(), options.signal);
    const home = new URL(transport.baseUrl).origin;
    let url = new URL(path, transport.baseUrl);
    for (let hops = 0; ; hops++) {
      // The registry's certificates and the login go to the registry only: a redirect elsewhere (blob storage, a CDN) gets neither.
      const atHome = url.origin === home;
      const { Authorization: _login, ...anonymous } = headers;
      const response = await this.fetch(url, method, atHome ? headers : anonymous, { body: options.body, tls: atHome ? transport.tls : undefined, signal: options.signal });
      const location = header(response.headers.location);
      if (!redirectStatuses.has(response.status) || !location || (method !== 'GET' && method !== 'HEAD') || hops === maxRedirects) return response;
      url = new URL(location, url);
    }
  }

  /**
   * HTTPS, with the registry's certificates; plain HTTP only when HTTPS fails and the registry is
   * an insecure one. Decided once per client.
   */
  private resolveTransport(): Promise<Transport> {
    this.transport ??= (async () => {
      const host = apiHostOf(this.registry);
      const tls = await registryCertificates(host, this.options.certsDirs ?? defaultCertsDirs());
      const secure: Transport = { baseUrl: `https://${host}/`, tls };
      const insecure = (this.options.insecure ?? isLoopbackRegistry)(this.registry);
      if (!insecure) return secure;
      try {
        await this.fetch(new URL('/v2/', secure.baseUrl), 'GET', {}, { tls });
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

  private fetch(url: URL, method: HttpMethod, headers: Record<string, string>, options: { body?: Buffer; tls?: TlsSettings; signal?: AbortSignal } = {}): Promise<RegistryResponse> {
    return httpRequest(url, { method, headers, ...options, timeoutMs: this.timeoutMs, maxBodyBytes });
  }

  /** What must never be shown: the password, the login as sent, the identity token, the tokens. */
  private *secrets(): Iterable<string> {
    if (this.credential) {
      yield this.credential.password;
      yield Buffer.from(`${this.credential.username}:${this.credential.password}`).toString('base64');
      if (this.credential.identityToken) yield this.credential.identityToken;
    }
    yield* this.issuedTokens;
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


/** The engine's certs.d layout: `<dir>/<host[:port]>/*.crt` are CAs, `*.cert` with its `*.key` a client certificate. */
async function registryCertificates(host: string, certsDirs: readonly string[]): Promise<TlsSettings | undefined> {
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
