/**
 * The Docker credential helper protocol (`vscode`-free): `docker-credential-<name> <action>`
 * with its input on standard input and its answer, JSON, on standard output. Run as a program with
 * an argument array (never a shell), with a time limit, so a helper that hangs (waiting for a
 * keychain prompt nobody sees) fails with a message instead of stalling the command.
 */
import { execFile } from 'node:child_process';
import { commandLine, type Log } from '../log';

export type HelperAction = 'get' | 'store' | 'erase' | 'list';

export type HelperFailure =
  /** No `docker-credential-<name>` on PATH. */
  | 'missing'
  /** It did not answer in time. */
  | 'timeout'
  /** It has nothing for that registry (`get`/`erase`). */
  | 'notFound'
  /** It said something went wrong, or its answer was not what the protocol says. */
  | 'failed';

export class CredentialHelperError extends Error {
  constructor(
    readonly helper: string,
    readonly action: HelperAction,
    readonly failure: HelperFailure,
    /** What went wrong, without the program's name: `no answer within 10 s`. */
    readonly detail: string,
  ) {
    super(`docker-credential-${helper} ${action}: ${detail}`);
    this.name = 'CredentialHelperError';
  }
}

export interface HelperOptions {
  readonly timeoutMs: number;
  /** The environment the helper runs in (PATH finds it); the extension host's by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** Where each run is logged: the program and its action (what it is given, a secret among it, never). */
  readonly log?: Log;
}

/** What the helper protocol calls a credential. `Username` `<token>` means `Secret` is an identity token. */
export interface HelperCredential {
  readonly ServerURL: string;
  readonly Username: string;
  readonly Secret: string;
}

/** A helper name from config.json, refused when it could make the program name a path. */
export function credentialHelperProgram(helper: string): string {
  if (!/^[\w][\w.-]*$/.test(helper)) throw new CredentialHelperError(helper, 'get', 'failed', 'not a valid credential helper name');
  return `docker-credential-${helper}`;
}

/**
 * Runs the helper once; resolves to its standard output. The time limit is ours, not
 * `execFile`'s: that one sends SIGTERM and then waits for the helper to exit, which a helper
 * that ignores SIGTERM never does.
 */
export function runCredentialHelper(helper: string, action: HelperAction, input: string, options: HelperOptions): Promise<string> {
  const program = credentialHelperProgram(helper);
  options.log?.info(`Running: ${commandLine([program, action])}`);
  return new Promise((resolve, reject) => {
    const settings = { env: options.env ?? process.env, maxBuffer: 1024 * 1024, windowsHide: true };
    let timedOut = false;
    const child = execFile(program, [action], settings, (error, stdout, stderr) => {
      clearTimeout(timer);
      if (timedOut) return;
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        return reject(new CredentialHelperError(helper, action, 'missing', `${program} was not found on PATH`));
      }
      // Helpers print their error on standard output (the protocol's convention), some on standard error.
      const said = `${stdout}`.trim() || `${stderr}`.trim() || error.message;
      const failure: HelperFailure = /credentials not found/i.test(said) ? 'notFound' : 'failed';
      reject(new CredentialHelperError(helper, action, failure, said));
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
      for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
      reject(new CredentialHelperError(helper, action, 'timeout', `no answer within ${formatSeconds(options.timeoutMs)} s`));
    }, options.timeoutMs);
    // A helper that exits without reading its input closes the pipe; its exit status tells the story.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/** `10`, `0.5`: the time limit as a message states it. */
function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** `get`: the helper's credential for a server, or `undefined` when it has none. */
export async function helperGet(helper: string, serverUrl: string, options: HelperOptions): Promise<HelperCredential | undefined> {
  let output: string;
  try {
    output = await runCredentialHelper(helper, 'get', serverUrl, options);
  } catch (error) {
    if (error instanceof CredentialHelperError && error.failure === 'notFound') return undefined;
    throw error;
  }
  const parsed = parseJson(helper, 'get', output) as Partial<HelperCredential>;
  if (typeof parsed.Secret !== 'string') throw new CredentialHelperError(helper, 'get', 'failed', 'its answer has no Secret');
  return { ServerURL: parsed.ServerURL ?? serverUrl, Username: parsed.Username ?? '', Secret: parsed.Secret };
}

export async function helperStore(helper: string, credential: HelperCredential, options: HelperOptions): Promise<void> {
  await runCredentialHelper(helper, 'store', JSON.stringify(credential), options);
}

/** `erase`: true when the helper removed something, false when it had nothing for that server. */
export async function helperErase(helper: string, serverUrl: string, options: HelperOptions): Promise<boolean> {
  try {
    await runCredentialHelper(helper, 'erase', serverUrl, options);
    return true;
  } catch (error) {
    if (error instanceof CredentialHelperError && error.failure === 'notFound') return false;
    throw error;
  }
}

/** `list`: server URL → user name, for every credential the helper keeps. */
export async function helperList(helper: string, options: HelperOptions): Promise<Record<string, string>> {
  const parsed = parseJson(helper, 'list', await runCredentialHelper(helper, 'list', '', options));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CredentialHelperError(helper, 'list', 'failed', 'its answer is not a JSON object');
  }
  return parsed as Record<string, string>;
}

function parseJson(helper: string, action: HelperAction, output: string): unknown {
  try {
    return JSON.parse(output);
  } catch {
    throw new CredentialHelperError(helper, action, 'failed', 'its answer is not JSON');
  }
}
