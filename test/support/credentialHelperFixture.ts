/**
 * A real Docker credential helper for tests: a program `docker-credential-<name>` in a folder of
 * its own (put it first on the PATH given to the code under test) that speaks the helper protocol
 * (`get`, `store`, `erase`, `list`, JSON on stdin/stdout) and keeps what it is given in a JSON
 * file, so a test can see what was stored without asking it.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface TestCredentialHelper {
  /** The name config.json uses (`credsStore`/`credHelpers`). */
  readonly name: string;
  /** An environment with the helper's folder first on PATH. */
  readonly env: NodeJS.ProcessEnv;
  /** What the helper holds now: server URL → { Username, Secret }. */
  stored(): Record<string, { Username: string; Secret: string }>;
  /** Every action it was run with, in order. */
  calls(): string[];
  remove(): void;
}

const helperSource = (storePath: string, callsPath: string) => `
const fs = require('fs');
const action = process.argv[2];
const read = () => (fs.existsSync(${JSON.stringify(storePath)}) ? JSON.parse(fs.readFileSync(${JSON.stringify(storePath)}, 'utf8')) : {});
const write = (data) => fs.writeFileSync(${JSON.stringify(storePath)}, JSON.stringify(data));
fs.appendFileSync(${JSON.stringify(callsPath)}, action + '\\n');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const data = read();
  if (action === 'store') {
    const credential = JSON.parse(input);
    data[credential.ServerURL] = { Username: credential.Username, Secret: credential.Secret };
    write(data);
  } else if (action === 'get' || action === 'erase') {
    const server = input.trim();
    if (!data[server]) {
      process.stdout.write('credentials not found in native keychain\\n');
      process.exit(1);
    }
    if (action === 'get') process.stdout.write(JSON.stringify({ ServerURL: server, ...data[server] }));
    else {
      delete data[server];
      write(data);
    }
  } else if (action === 'list') {
    process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(data).map(([server, entry]) => [server, entry.Username]))));
  } else {
    process.stdout.write('unknown action ' + action + '\\n');
    process.exit(1);
  }
});
`;

/**
 * A helper that never answers, as one waiting for a keychain prompt nobody sees, and as hard to
 * stop as such can be: it ignores SIGTERM, and a program it started holds its output open.
 */
const hangingSource = (keeperPidPath: string) => `
process.on('SIGTERM', () => undefined);
const keeper = require('child_process').spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 60000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
require('fs').writeFileSync(${JSON.stringify(keeperPidPath)}, String(keeper.pid));
setInterval(() => undefined, 1000);
`;

/** Writes the helper; `hang` makes one that never answers (for the time limit). */
export function createCredentialHelper(name: string, options: { hang?: boolean } = {}): TestCredentialHelper {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-helper-'));
  const storePath = join(dir, 'store.json');
  const callsPath = join(dir, 'calls.txt');
  const keeperPidPath = join(dir, 'keeper.pid');
  const program = join(dir, `docker-credential-${name}`);
  const body = options.hang ? hangingSource(keeperPidPath) : helperSource(storePath, callsPath);
  writeFileSync(program, `#!${process.execPath}\n${body}`);
  chmodSync(program, 0o755);
  return {
    name,
    env: { ...process.env, PATH: `${dir}${delimiter}${process.env.PATH ?? ''}` },
    stored: () => (existsSync(storePath) ? (JSON.parse(readFileSync(storePath, 'utf8')) as Record<string, { Username: string; Secret: string }>) : {}),
    calls: () => (existsSync(callsPath) ? readFileSync(callsPath, 'utf8').split('\n').filter(Boolean) : []),
    remove: () => {
      // The program a hanging helper started outlives it (for a minute at most); it is ours to stop.
      if (existsSync(keeperPidPath)) {
        try {
          process.kill(Number(readFileSync(keeperPidPath, 'utf8')), 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
