/**
 * The extension's one log: the "Dockside" output channel, a `LogOutputChannel`
 * created in extension.ts and handed to whoever logs as this `vscode`-free
 * `Log` (the channel fits it as is). Every line carries a level; info and up
 * show by default, and a user reporting a bug raises the level from the
 * Output view's gear or "Developer: Set Log Level…". The language server's
 * log messages (errors its error boundary caught) reach the same channel
 * through the language client.
 *
 * Levels:
 *   error  something failed that the user notices (a build, a command);
 *   warn   degraded but carrying on (the engine cannot be reached, retrying);
 *   info   what Dockside did for the user: connections and their outcome,
 *          builds started and ended, CLI commands run;
 *   debug  detail for bug reports (a retry failing the same way again);
 *   trace  chatty detail.
 * Log lines are English, like VS Code's own logs. Command lines go through
 * `commandLine`, which masks secrets.
 */

export interface Log {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

/** Drops every line: for unit tests, benchmarks and modules used without the extension. */
export const silentLog: Log = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

const mask = '***';
/** Flags whose value is a secret in itself. */
const secretFlags = new Set(['--password', '--token', '--secret-value', '--api-key']);
/** Flags whose value is `NAME=value`, secret when the name says so. */
const assignmentFlags = new Set(['-e', '--env', '--build-arg', '--label', '-l']);
const secretName = /pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|auth/i;

/**
 * An argument vector as one line for the log, quoted where a shell would need
 * it, with secrets masked: values of `--password`-like flags (and `-p` after
 * `login`), `NAME=value` pairs whose name looks secret (`--build-arg`,
 * `--env`), and passwords in URLs.
 */
export function commandLine(argv: readonly string[]): string {
  const isLogin = argv.includes('login');
  const shown: string[] = [];
  let maskNext: 'all' | 'assignment' | undefined;
  for (const argument of argv) {
    if (maskNext === 'all') shown.push(mask);
    else if (maskNext === 'assignment') shown.push(maskAssignment(argument));
    else shown.push(maskInline(argument, isLogin));
    maskNext = undefined;
    if (secretFlags.has(argument) || (isLogin && argument === '-p')) maskNext = 'all';
    else if (assignmentFlags.has(argument)) maskNext = 'assignment';
  }
  // `*` stays unquoted: the log is read, not pasted, and a mask reads best bare.
  return shown.map((argument) => (argument !== '' && /^[\w@%+=:,./*-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** An inline secret (`--password=…`, `--env=NAME=…`, a URL's password) masked. */
function maskInline(argument: string, isLogin: boolean): string {
  const flag = /^(--?[\w-]+)=(.*)$/s.exec(argument);
  if (flag) {
    const [, name, value] = flag;
    if (secretFlags.has(name) || (isLogin && name === '-p')) return `${name}=${mask}`;
    if (assignmentFlags.has(name)) return `${name}=${maskAssignment(value)}`;
  }
  // user:password@host in a registry or engine URL.
  return argument.replace(/(\/\/[^/:@\s]+):[^@/\s]+@/g, `$1:${mask}@`);
}

function maskAssignment(assignment: string): string {
  const equals = assignment.indexOf('=');
  return equals > 0 && secretName.test(assignment.slice(0, equals)) ? `${assignment.slice(0, equals)}=${mask}` : assignment;
}
