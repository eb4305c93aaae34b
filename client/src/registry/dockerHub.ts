/**
 * Docker Hub through its documented API at hub.docker.com (`vscode`-free): the repositories of a
 * namespace and their tags, each tag with its compressed size, push time and per-platform
 * images in one listing, so browsing Hub costs one request per page rather than three per tag.
 * Authentication follows the API's "Create access token" route: the Docker login's user name and
 * password (or personal access token) are exchanged for a short-lived bearer token. The Registry
 * HTTP API (registry-1.docker.io) still serves manifests and pulls; see `distribution.ts`.
 */
import type { RegistryCredential } from './credentials';
import type { Page, Platform } from './distribution';
import { httpRequest, isAbortError, parseJsonBody, redactSecrets, whileNotAborted } from './http';
import { classifyNetworkError, RegistryError } from './registryClient';
import { dockerHubName } from './registryNames';

export const dockerHubApiUrl = 'https://hub.docker.com';

export interface HubRepository {
  readonly namespace: string;
  readonly name: string;
  readonly description?: string;
  readonly isPrivate?: boolean;
  /** In ms. */
  readonly lastUpdated?: number;
}

export interface HubImage {
  readonly platform: Platform;
  readonly digest?: string;
  readonly size?: number;
  readonly lastPushed?: number;
}

export interface HubTag {
  readonly name: string;
  /** "compressed size (sum of all layers) of the tagged image". */
  readonly size?: number;
  /** When the tag was last pushed (Hub records no build date), in ms. */
  readonly lastPushed?: number;
  /** The manifest (or index) digest, when Hub gives it. */
  readonly digest?: string;
  readonly images: HubImage[];
}

export interface DockerHubOptions {
  /** The API's address; hub.docker.com, or a test server. */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
}

/** A repository as `GET /v2/namespaces/{namespace}/repositories` lists it (`repository_list_entry`). */
export function hubRepositoryOf(entry: unknown): HubRepository | undefined {
  const fields = entry as { name?: unknown; namespace?: unknown; description?: unknown; is_private?: unknown; last_updated?: unknown } | undefined;
  if (typeof fields?.name !== 'string' || typeof fields.namespace !== 'string') return undefined;
  return {
    namespace: fields.namespace,
    name: fields.name,
    description: typeof fields.description === 'string' && fields.description !== '' ? fields.description : undefined,
    isPrivate: typeof fields.is_private === 'boolean' ? fields.is_private : undefined,
    lastUpdated: time(fields.last_updated),
  };
}

/**
 * A tag as `GET /v2/namespaces/{namespace}/repositories/{repository}/tags` lists it (`tag`). The
 * reference types `images` as one `image` object; Hub sends an array of them: both are read.
 */
export function hubTagOf(entry: unknown): HubTag | undefined {
  const fields = entry as { name?: unknown; full_size?: unknown; tag_last_pushed?: unknown; last_updated?: unknown; digest?: unknown; images?: unknown } | undefined;
  if (typeof fields?.name !== 'string') return undefined;
  const images = Array.isArray(fields.images) ? fields.images : fields.images ? [fields.images] : [];
  return {
    name: fields.name,
    size: typeof fields.full_size === 'number' ? fields.full_size : undefined,
    lastPushed: time(fields.tag_last_pushed) ?? time(fields.last_updated),
    digest: typeof fields.digest === 'string' ? fields.digest : undefined,
    images: images.flatMap((image) => hubImageOf(image) ?? []),
  };
}

function hubImageOf(entry: unknown): HubImage | undefined {
  const fields = entry as { os?: unknown; architecture?: unknown; variant?: unknown; digest?: unknown; size?: unknown; last_pushed?: unknown } | undefined;
  if (typeof fields?.os !== 'string' || typeof fields.architecture !== 'string') return undefined;
  // Build attestations are listed as unknown/unknown images.
  if (fields.os === 'unknown' && fields.architecture === 'unknown') return undefined;
  return {
    platform: { os: fields.os, architecture: fields.architecture, variant: typeof fields.variant === 'string' && fields.variant !== '' ? fields.variant : undefined },
    digest: typeof fields.digest === 'string' ? fields.digest : undefined,
    size: typeof fields.size === 'number' ? fields.size : undefined,
    lastPushed: time(fields.last_pushed),
  };
}

/** An access token lasts ten minutes; one is asked for again a minute before. */
const tokenLifetimeMs = 9 * 60_000;
const maxBodyBytes = 8 * 1024 * 1024;

export class DockerHubApi {
  private token: { value: Promise<string>; expiresAt: number } | undefined;
  private readonly issuedTokens = new Set<string>();
  private readonly baseUrl: string;

  constructor(
    private readonly credential: RegistryCredential | undefined,
    private readonly options: DockerHubOptions = {},
  ) {
    this.baseUrl = options.baseUrl ?? dockerHubApiUrl;
  }

  /** The signed-in user's own namespace (their Docker ID), if there is a login. */
  get username(): string | undefined {
    return this.credential?.username || undefined;
  }

  async repositories(namespace: string, pageSize: number, next: string | undefined, signal?: AbortSignal): Promise<Page<HubRepository>> {
    const path = `/v2/namespaces/${encodeURIComponent(namespace)}/repositories?page_size=${pageSize}&ordering=name`;
    const page = await this.page(next ?? path, signal);
    return { items: page.results.flatMap((entry) => hubRepositoryOf(entry) ?? []), next: page.next };
  }

  async tags(namespace: string, repository: string, pageSize: number, next: string | undefined, signal?: AbortSignal): Promise<Page<HubTag>> {
    const path = `/v2/namespaces/${encodeURIComponent(namespace)}/repositories/${encodeURIComponent(repository)}/tags?page_size=${pageSize}`;
    const page = await this.page(next ?? path, signal);
    return { items: page.results.flatMap((entry) => hubTagOf(entry) ?? []), next: page.next };
  }

  /** A paginated answer (`page`: count, next, previous, results). A `next` elsewhere than the API is not followed. */
  private async page(pathOrUrl: string, signal: AbortSignal | undefined): Promise<{ results: unknown[]; next?: string }> {
    const body = (await this.getJson(pathOrUrl, signal)) as { results?: unknown; next?: unknown } | undefined;
    const next = typeof body?.next === 'string' && body.next !== '' && new URL(body.next, this.baseUrl).origin === new URL(this.baseUrl).origin ? body.next : undefined;
    return { results: Array.isArray(body?.results) ? body.results : [], next };
  }

  private async getJson(pathOrUrl: string, signal: AbortSignal | undefined): Promise<unknown> {
    try {
      const url = new URL(pathOrUrl, this.baseUrl);
      let authorization = this.credential ? await whileNotAborted(this.accessToken(false), signal) : undefined;
      let response = await this.send(url, 'GET', authorization, undefined, signal);
      if (response.status === 401 && authorization) {
        // A token that stopped working before its time: one more, once.
        authorization = await whileNotAborted(this.accessToken(true), signal);
        response = await this.send(url, 'GET', authorization, undefined, signal);
      }
      if (response.status !== 200) throw this.errorFor(response.status, response.body, response.headers['retry-after']);
      return parseJsonBody(response.body);
    } catch (error) {
      if (isAbortError(error)) throw error;
      const problem = classifyNetworkError(dockerHubName, error);
      throw new RegistryError(dockerHubName, problem.kind, redactSecrets(problem.detail, this.secrets()), problem.response);
    }
  }

  /** `POST /v2/auth/token` with the login: a bearer token, kept until shortly before it expires. */
  private accessToken(fresh: boolean): Promise<string> {
    if (this.token && !fresh && this.token.expiresAt > Date.now()) return this.token.value;
    const credential = this.credential;
    if (!credential || credential.identityToken || credential.password === '') {
      return Promise.reject(new RegistryError(dockerHubName, 'unauthorized', "Docker Hub's API needs your Docker ID with a password or a personal access token", { status: 401 }));
    }
    const entry = {
      value: (async () => {
        const body = Buffer.from(JSON.stringify({ identifier: credential.username, secret: credential.password }));
        const response = await this.send(new URL('/v2/auth/token', this.baseUrl), 'POST', undefined, body);
        if (response.status === 401 || response.status === 403) {
          throw new RegistryError(dockerHubName, 'unauthorized', 'Docker Hub refused the login', { status: response.status });
        }
        if (response.status !== 200) throw this.errorFor(response.status, response.body, response.headers['retry-after']);
        const token = (parseJsonBody(response.body) as { access_token?: unknown } | undefined)?.access_token;
        if (typeof token !== 'string' || token === '') throw new RegistryError(dockerHubName, 'unexpected', 'Docker Hub answered without an access token');
        this.issuedTokens.add(token);
        return token;
      })(),
      expiresAt: Date.now() + tokenLifetimeMs,
    };
    this.token = entry;
    entry.value.catch(() => this.token === entry && (this.token = undefined));
    return entry.value;
  }

  private send(url: URL, method: 'GET' | 'POST', token: string | undefined, body?: Buffer, signal?: AbortSignal) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    return httpRequest(url, { method, headers, body, timeoutMs: this.options.timeoutMs ?? 15_000, signal, maxBodyBytes });
  }

  /** Hub's error (`detail` or `message`), and for 429 when to try again (`Retry-After`, in seconds). */
  private errorFor(status: number, body: Buffer, retryAfter: string | string[] | undefined): RegistryError {
    const said = parseJsonBody(body) as { detail?: unknown; message?: unknown } | undefined;
    const message = typeof said?.detail === 'string' ? said.detail : typeof said?.message === 'string' ? said.message : '';
    const wait = Number(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    const detail =
      status === 429
        ? `Docker Hub's API rate limit was reached${Number.isFinite(wait) && wait > 0 ? `; try again in ${Math.ceil(wait)} s` : ''}`
        : `HTTP ${status}${message ? `: ${message}` : ''}`;
    return new RegistryError(dockerHubName, status === 401 ? 'unauthorized' : 'unexpected', redactSecrets(detail, this.secrets()), { status });
  }

  private *secrets(): Iterable<string> {
    if (this.credential) yield this.credential.password;
    yield* this.issuedTokens;
  }
}

function time(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

