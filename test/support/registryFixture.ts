/**
 * A real registry for tests: Debian's `docker-registry` (the CNCF distribution registry 2.8) on
 * 127.0.0.1 on a free port, in a private folder, with either of its login schemes:
 *   - `htpasswd`: Basic logins (bcrypt, made by `htpasswd`);
 *   - `token`: Bearer tokens, as Docker Hub and most hosted registries do. The registry sends
 *     clients to a token service (here an HTTP server in the test process, standing in for
 *     auth.docker.io) that checks the login and signs a JWT with a key whose certificate
 *     (`openssl`) the registry trusts; the registry verifies every token itself.
 * The engine treats 127.0.0.0/8 registries as insecure, so it pushes and pulls over plain HTTP.
 * `stop()` ends only what this started and removes its folder.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './engineFixtures';

export interface TestRegistry {
  /** `127.0.0.1:PORT`: the registry part of image references, and its credential key. */
  readonly address: string;
  /** Token logins: every request the token service answered, as `user scope → status`. */
  readonly tokenRequests: string[];
  /** With `tls`: the CA certificate (PEM) the registry's certificate is signed with. */
  readonly caCertificate?: Buffer;
  /** Freezes the registry (SIGSTOP): connections are accepted and never answered, as by a hung server. */
  pause(): void;
  /** Lets a paused registry go on (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

export type RegistryAuth = 'htpasswd' | 'token';

/** `undefined` when the registry and htpasswd are installed, else what is missing. */
export function registryUnavailableReason(): string | undefined {
  for (const program of ['docker-registry', 'htpasswd', 'openssl']) {
    if (spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0) return `${program} is not installed (apt-get install docker-registry apache2-utils)`;
  }
  return undefined;
}

function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, (error, stdout, stderr) => (error ? reject(new Error(`${program}: ${stderr || error.message}`)) : resolve(stdout.trim())));
  });
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/**
 * The token service: checks a Basic login against `users` and answers a JWT, signed with the key
 * whose certificate the registry trusts (sent along as `x5c`), granting the scopes asked for,
 * but for the catalog when `catalog` is false (as Harbor and GitLab grant it to administrators
 * only: the token comes without that access, and the registry refuses the catalog).
 */
async function startTokenService(dir: string, users: Readonly<Record<string, string>>, service: string, issuer: string, requests: string[], catalog: boolean): Promise<{ realm: string; server: Server }> {
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=dockside-test-token-issuer', '-keyout', join(dir, 'token.key'), '-out', join(dir, 'token.crt')]);
  const key = readFileSync(join(dir, 'token.key'));
  const certificate = readFileSync(join(dir, 'token.crt'), 'utf8').replace(/-----[A-Z ]+-----|\s/g, '');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const scopes = url.searchParams.getAll('scope');
    const [user, password] = Buffer.from((request.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(/:(.*)/s);
    const known = user !== undefined && users[user] !== undefined && users[user] === password;
    requests.push(`${user || '(anonymous)'} ${scopes.join(' ') || '(no scope)'} → ${known ? 200 : 401}`);
    if (!known || url.pathname !== '/token' || url.searchParams.get('service') !== service) {
      response.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify({ details: 'incorrect username or password' }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const access = scopes.flatMap((scope) => {
      const [type, name, actions] = scope.split(':');
      if (!catalog && type === 'registry' && name === 'catalog') return [];
      return type && name && actions ? [{ type, name, actions: actions.split(',') }] : [];
    });
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [certificate] }));
    const claims = base64url(JSON.stringify({ iss: issuer, sub: user, aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access }));
    const token = `${header}.${claims}.${base64url(sign('sha256', Buffer.from(`${header}.${claims}`), key))}`;
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date(now * 1000).toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { realm: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`, server };
}

/** A CA, and a certificate for 127.0.0.1 it signs: what a registry with its own CA serves. */
async function makeCertificates(dir: string): Promise<void> {
  const at = (name: string) => join(dir, name);
  await run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=dockside-test-ca', '-keyout', at('ca.key'), '-out', at('ca.crt')]);
  await run('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', at('server.key'), '-out', at('server.csr')]);
  writeFileSync(at('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  await run('openssl', ['x509', '-req', '-in', at('server.csr'), '-CA', at('ca.crt'), '-CAkey', at('ca.key'), '-CAcreateserial', '-days', '1', '-extfile', at('server.ext'), '-out', at('server.crt')]);
}

/**
 * Starts a registry whose logins are `users` (name → password); resolves once it listens. With
 * `tls`, it serves HTTPS with a certificate from a CA of its own (`caCertificate`). Deleting
 * manifests is enabled unless `deletion` is false (then a DELETE gets 405, as from most
 * registries whose operators did not turn it on). With token logins and `catalog` false, the
 * token service never grants the catalog, so the registry lists its repositories to nobody.
 */
export async function startTestRegistry(users: Readonly<Record<string, string>>, scheme: RegistryAuth = 'htpasswd', options: { tls?: boolean; deletion?: boolean; catalog?: boolean } = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-registry-'));
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  if (options.tls) await makeCertificates(dir);
  const tokenRequests: string[] = [];
  let tokenService: Server | undefined;
  let auth: string[];
  if (scheme === 'htpasswd') {
    const lines = await Promise.all(Object.entries(users).map(([user, password]) => run('htpasswd', ['-nbB', user, password])));
    writeFileSync(join(dir, 'htpasswd'), `${lines.join('\n')}\n`);
    auth = ['  htpasswd:', '    realm: dockside-test', `    path: ${join(dir, 'htpasswd')}`];
  } else {
    const service = `dockside-test-registry-${port}`;
    const issuer = 'dockside-test-token-issuer';
    const started = await startTokenService(dir, users, service, issuer, tokenRequests, options.catalog !== false);
    tokenService = started.server;
    auth = ['  token:', `    realm: ${started.realm}`, `    service: ${service}`, `    issuer: ${issuer}`, `    rootcertbundle: ${join(dir, 'token.crt')}`];
  }
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: info',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      `    enabled: ${options.deletion !== false}`,
      'http:',
      `  addr: ${address}`,
      // A fixed secret, so the registry does not warn that it made one up.
      `  secret: dockside-test-${port}`,
      ...(options.tls ? ['  tls:', `    certificate: ${join(dir, 'server.crt')}`, `    key: ${join(dir, 'server.key')}`] : []),
      'auth:',
      ...auth,
      '',
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let said = '';
    const listen = (chunk: Buffer) => (said += chunk.toString());
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    await new Promise<void>((resolve, reject) => {
      const check = () => said.includes(`listening on ${address}`) && resolve();
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`docker-registry exited (${code}) before listening:\n${said}`)));
    });
    // Its log is not needed once it listens; the pipes are still read so that they never fill up.
    child.stdout.removeAllListeners('data').resume();
    child.stderr.removeAllListeners('data').resume();
  } catch (error) {
    child.kill('SIGTERM');
    tokenService?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    address,
    tokenRequests,
    caCertificate: options.tls ? readFileSync(join(dir, 'ca.crt')) : undefined,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    stop: async () => {
      if (child.exitCode === null) {
        // A paused registry would not act on SIGTERM until it is let go.
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        await exited;
      }
      await new Promise((resolve) => (tokenService ? tokenService.close(resolve) : resolve(undefined)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
