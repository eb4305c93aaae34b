/**
 * The compose CLI the user has, and how to call it. Pure (`vscode`-free, no
 * I/O): `detectComposeCli` is handed a runner.
 *
 *   - `dockside.compose.command` is `auto` (try `docker compose`, then
 *     `docker-compose`, then `podman compose`, then `podman-compose`) or an
 *     argument array naming the program, e.g. `["/opt/bin/docker-compose"]`.
 *   - Which compose answered, and its version, come from `<cli> version`; the
 *     options offered (`--wait`, `watch`, profiles, env files) follow from them.
 *   - Every invocation is an argument array; names read from files are
 *     arguments after `--`, never shell text, never options.
 */
import type { EngineLocation } from '../engine/location';
import { compareVersions } from '../versions';

/** A way to call compose: the program and the arguments before compose's own. */
export interface ComposeCommand {
  readonly program: string;
  readonly prefix: readonly string[];
}

/** The order `auto` tries, as the issue and the CLIs' own documentation put it. */
export const autoCommands: readonly ComposeCommand[] = [
  { program: 'docker', prefix: ['compose'] },
  { program: 'docker-compose', prefix: [] },
  { program: 'podman', prefix: ['compose'] },
  { program: 'podman-compose', prefix: [] },
];

/** The commands to try for a setting value; `undefined` when the value is neither `auto` nor a non-empty array of strings. */
export function composeCommandsFor(setting: unknown): readonly ComposeCommand[] | undefined {
  if (setting === undefined || setting === null || setting === 'auto') return autoCommands;
  if (!Array.isArray(setting) || setting.length === 0 || !setting.every((part) => typeof part === 'string' && part.trim() !== '')) return undefined;
  const [program, ...prefix] = setting as string[];
  return [{ program, prefix }];
}

/** What answered `version`: Docker Compose v2 (plugin or standalone), the Python v1, or the Python podman-compose. */
export type ComposeImplementation = 'compose-v2' | 'compose-v1' | 'podman-compose' | 'unknown';

export interface ComposeCapabilities {
  /** `up --wait` (Compose v2.1.1+). */
  readonly wait: boolean;
  /** `compose watch` (Compose v2.22+). */
  readonly watch: boolean;
  /** `--profile` (v1 1.28+, every v2, podman-compose 1.1+). */
  readonly profiles: boolean;
  /** `--env-file` (v1 1.25+, every v2, podman-compose 1.0.6+). */
  readonly envFile: boolean;
  /** `down --remove-orphans` (v1 1.7+, every v2, podman-compose 1.0.6+). */
  readonly removeOrphans: boolean;
}

export interface ComposeCli {
  readonly command: ComposeCommand;
  readonly implementation: ComposeImplementation;
  /** `2.29.1`, `1.29.2`; empty when the output named none. */
  readonly version: string;
  readonly capabilities: ComposeCapabilities;
}

/** Reads `<cli> version` output (stdout and stderr together: `podman compose` announces its provider on stderr). */
export function parseComposeVersion(output: string): { implementation: ComposeImplementation; version: string } {
  const v2 = /Docker Compose version v?(\d+\.\d+\.\d+)/i.exec(output);
  if (v2) return { implementation: Number(v2[1].split('.')[0]) >= 2 ? 'compose-v2' : 'compose-v1', version: v2[1] };
  const v1 = /docker-compose version:? v?(\d+\.\d+\.\d+)/i.exec(output);
  if (v1) return { implementation: Number(v1[1].split('.')[0]) >= 2 ? 'compose-v2' : 'compose-v1', version: v1[1] };
  // podman-compose 1.0.3 (Debian 12's) prints `podman-composer version  1.0.3`.
  const podman = /podman-composer? version:?\s+v?(\d+\.\d+\.\d+)/i.exec(output);
  if (podman) return { implementation: 'podman-compose', version: podman[1] };
  return { implementation: 'unknown', version: /\bv?(\d+\.\d+\.\d+)\b/.exec(output)?.[1] ?? '' };
}

export function composeCapabilities(implementation: ComposeImplementation, version: string): ComposeCapabilities {
  const atLeast = (minimum: string): boolean => compareVersions(version, minimum) >= 0;
  switch (implementation) {
    case 'compose-v2':
      return { wait: atLeast('2.1.1'), watch: atLeast('2.22.0'), profiles: true, envFile: true, removeOrphans: true };
    case 'compose-v1':
      return { wait: false, watch: false, profiles: atLeast('1.28.0'), envFile: atLeast('1.25.0'), removeOrphans: atLeast('1.7.0') };
    case 'podman-compose':
      // Read from its sources: 1.0.3 has none of these options; `up --wait` came in 1.6.0.
      return { wait: atLeast('1.6.0'), watch: false, profiles: atLeast('1.1.0'), envFile: atLeast('1.0.6'), removeOrphans: atLeast('1.0.6') };
    case 'unknown':
      // A program we cannot identify gets the options every compose has had for years, nothing newer.
      return { wait: false, watch: false, profiles: true, envFile: true, removeOrphans: true };
  }
}

/** `docker compose 2.29.1`, `docker-compose 1.29.2`: for the output and the project tooltip. */
export function describeComposeCli(cli: ComposeCli): string {
  const invocation = [cli.command.program, ...cli.command.prefix].join(' ');
  const implementation = { 'compose-v2': 'Docker Compose v2', 'compose-v1': 'Docker Compose v1', 'podman-compose': 'podman-compose', unknown: '' }[cli.implementation];
  const version = cli.version ? ` ${cli.version}` : '';
  return implementation ? `${invocation}${version} (${implementation})` : `${invocation}${version}`;
}

// ---- Detection ----------------------------------------------------------------------------------

export interface ProgramResult {
  /** Exit code 0. */
  readonly ok: boolean;
  /** The program does not exist (ENOENT). */
  readonly missing: boolean;
  /** stdout and stderr. */
  readonly output: string;
}

export type ProgramRunner = (program: string, args: readonly string[]) => Promise<ProgramResult>;

export type ComposeDetection =
  | { readonly status: 'found'; readonly cli: ComposeCli }
  /** Nothing answered; `tried` says what, each with why not (missing program or its error output). */
  | { readonly status: 'notFound'; readonly tried: ReadonlyArray<{ readonly command: ComposeCommand; readonly reason: string }> }
  | { readonly status: 'invalidSetting' };

/** Tries each command of the setting in order with `version`; the first that answers is the user's compose. */
export async function detectComposeCli(setting: unknown, run: ProgramRunner): Promise<ComposeDetection> {
  const commands = composeCommandsFor(setting);
  if (!commands) return { status: 'invalidSetting' };
  const tried: Array<{ command: ComposeCommand; reason: string }> = [];
  for (const command of commands) {
    const result = await run(command.program, [...command.prefix, 'version']);
    if (result.ok) {
      const { implementation, version } = parseComposeVersion(result.output);
      return { status: 'found', cli: { command, implementation, version, capabilities: composeCapabilities(implementation, version) } };
    }
    tried.push({ command, reason: result.missing ? 'not installed' : firstLine(result.output) || 'failed' });
  }
  return { status: 'notFound', tried };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

// ---- Invocations --------------------------------------------------------------------------------

/** A compose project as the CLI is told about it: always by name and files, so the CLI and the explorer agree on both. */
export interface ComposeTarget {
  readonly projectName: string;
  /** Absolute paths of the compose files (`--file`), main file first. */
  readonly files: readonly string[];
  /** `--env-file`. */
  readonly envFile?: string;
  /** `--profile`, each. */
  readonly profiles?: readonly string[];
}

export type ComposeOperation =
  | { readonly kind: 'up'; readonly services?: readonly string[]; readonly build?: boolean; readonly wait?: boolean }
  /** Removes orphans too (where the CLI can): the confirmation names every container of the project, so every one goes. */
  | { readonly kind: 'down' }
  | { readonly kind: 'start' | 'stop' | 'restart' | 'pull'; readonly services?: readonly string[] }
  /** Builds anew without the layer cache, then recreates: "Rebuild". */
  | { readonly kind: 'build'; readonly services: readonly string[] }
  | { readonly kind: 'watch' };

export interface ComposeInvocation {
  readonly program: string;
  readonly args: readonly string[];
}

/** The argument array for one operation. Options the CLI lacks are left out (see `composeCapabilities`). */
export function composeInvocation(cli: ComposeCli, target: ComposeTarget, operation: ComposeOperation): ComposeInvocation {
  const args = [...cli.command.prefix, '--project-name', target.projectName];
  for (const file of target.files) args.push('--file', file);
  if (target.envFile !== undefined && cli.capabilities.envFile) args.push('--env-file', target.envFile);
  if (cli.capabilities.profiles) for (const profile of target.profiles ?? []) args.push('--profile', profile);
  let services: readonly string[] = [];
  switch (operation.kind) {
    case 'up':
      args.push('up', '--detach');
      if (operation.build) args.push('--build');
      if (operation.wait && cli.capabilities.wait) args.push('--wait');
      services = operation.services ?? [];
      break;
    case 'down':
      args.push('down');
      if (cli.capabilities.removeOrphans) args.push('--remove-orphans');
      break;
    case 'start':
    case 'stop':
    case 'restart':
    case 'pull':
      args.push(operation.kind);
      services = operation.services ?? [];
      break;
    case 'build':
      args.push('build', '--no-cache');
      services = operation.services;
      break;
    case 'watch':
      args.push('watch');
      break;
  }
  if (services.length === 0) return { program: cli.command.program, args };
  // `--` ends the options: a service named `--volumes` is a service. v1's `start` alone has no `--`
  // (docopt reads it as a service): there, a name that would read as an option is not passed at all.
  if (cli.implementation === 'compose-v1' && operation.kind === 'start') args.push(...services.filter((service) => !service.startsWith('-')));
  else args.push('--', ...services);
  return { program: cli.command.program, args };
}

/**
 * The environment the CLI runs in, so it talks to the engine the view shows. The CLIs find the
 * engine as the view does (`DOCKER_HOST`, then the docker context), except where the view was
 * told otherwise: `dockside.engine.host`, or a context the Python CLIs cannot read. Podman's own
 * client reads `CONTAINER_HOST`.
 */
export function composeEnvironment(location: EngineLocation, cli: ComposeCli, base: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const env: Record<string, string | undefined> = { ...base };
  const program = programName(cli.command.program);
  if (location.source === 'context' && program === 'docker') {
    env.DOCKER_CONTEXT = location.contextName;
    delete env.DOCKER_HOST;
  } else if (location.source === 'setting' || location.source === 'context') {
    env.DOCKER_HOST = location.host;
    delete env.DOCKER_CONTEXT;
    const address = location.address;
    if (address.transport === 'tcp' && address.tls) {
      const certFile = address.tls.caFile ?? address.tls.certFile ?? address.tls.keyFile;
      if (address.tls.verify) env.DOCKER_TLS_VERIFY = '1';
      else env.DOCKER_TLS = '1';
      if (certFile) env.DOCKER_CERT_PATH = certFile.replace(/[\\/][^\\/]+$/, '');
    }
    if (program !== 'docker' && program !== 'docker-compose') env.CONTAINER_HOST = location.host;
  }
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** `docker` for `/usr/bin/docker` or `C:\\bin\\docker.exe`. */
function programName(program: string): string {
  return program.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
}
