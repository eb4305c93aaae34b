/**
 * The Docker CLI's configuration file (`vscode`-free): `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`. Read as the CLI reads it, and written back with every key we do not
 * manage left as it was, so that `docker login`, `docker push` and Dockside share one store.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** One `auths` entry: `auth` is base64 `user:password`; an `identitytoken` stands in for the password. */
export interface AuthEntry {
  auth?: string;
  identitytoken?: string;
  /** Older files and some tools write these instead of `auth`. */
  username?: string;
  password?: string;
  [other: string]: unknown;
}

/** The parts of config.json credentials live in; everything else is carried through untouched. */
export interface DockerConfigFile {
  auths?: Record<string, AuthEntry>;
  /** The helper for every registry (`docker-credential-<credsStore>`). */
  credsStore?: string;
  /** A helper per registry, overriding `credsStore`. */
  credHelpers?: Record<string, string>;
  [other: string]: unknown;
}

/** config.json exists but cannot be used: it says which file and why, so the user can fix it. */
export class DockerConfigError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'DockerConfigError';
  }
}

/** The folder the Docker CLI keeps its configuration in. */
export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  return env.DOCKER_CONFIG ? env.DOCKER_CONFIG : join(home, '.docker');
}

export function dockerConfigPath(configDir: string): string {
  return join(configDir, 'config.json');
}

/** The configuration; `{}` when there is no file yet (nobody has logged in). */
export async function readDockerConfig(configDir: string): Promise<DockerConfigFile> {
  const path = dockerConfigPath(configDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new DockerConfigError(path, (error as Error).message);
  }
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DockerConfigError(path, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new DockerConfigError(path, 'not a JSON object');
  return parsed as DockerConfigFile;
}

/**
 * Writes the configuration as the CLI does (tab-indented, readable by its owner only), through a
 * temporary file renamed into place, so a crash mid-write never leaves half a file.
 */
export async function writeDockerConfig(configDir: string, config: DockerConfigFile): Promise<void> {
  await mkdir(configDir, { recursive: true, mode: 0o700 });
  const path = dockerConfigPath(configDir);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, '\t')}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}
