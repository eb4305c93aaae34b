/**
 * The Docker credential helper protocol (`vscode`-free): `docker-credential-<name> <action>`
 * with its input on standard input and its answer, JSON, on standard output. Run as a program with
 * an argument array (never a shell), with a time limit, so a helper that hangs (waiting for a
 * keychain prompt nobody sees) fails with a message instead of stalling the command.
 */
import { noAnswerWithin, runProgram } from '../processes';
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

/** Runs the helper once; resolves to its standard output. */
export async function runCredentialHelper(helper: string, action: HelperAction, input: string, options: HelperOptions): Promise<string> {
  const program = credentialHelperProgram(helper);
  options.log?.info(`Running: ${commandLine([program, action])}`);
  const outcome = await runProgram(program, [action], { env: options.env ?? process.env, input, timeoutMs: options.timeoutMs });
  if (outcome.exitCode === 0) return outcome.stdout;
  if (outcome.missing) throw new CredentialHelperError(helper, action, 'missing', `${program} was not found on PATH`);
  if (outcome.end === 'timedOut') {
    throw new CredentialHelperError(helper, action, 'timeout', noAnswerWithin(options.timeoutMs));
  }
  // Helpers print their error on standard output (the protocol's convention), some on standard error.
  const said = outcome.stdout.trim() || outcome.stderr.trim() || outcome.output || `exit code ${outcome.exitCode ?? 'none'}`;
  const failure: HelperFailure = /credentials not found/i.test(said) ? 'notFound' : 'failed';
  throw new CredentialHelperError(helper, action, failure, said);
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
