/**
 * Reads what `resolveEngineLocation` needs from `~/.docker` (or `DOCKER_CONFIG`).
 * Synchronous on purpose: a few tiny files, read once per (re)configuration,
 * so that `EngineConnection.docker` can stay a plain getter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  contextDirectoryName,
  currentContextName,
  defaultContextName,
  parseContextMeta,
  resolveEngineLocation,
  type ContextMeta,
  type EngineChoice,
  type EngineLocation,
} from './location';

export function readEngineLocation(
  hostSetting: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  choice?: EngineChoice,
): EngineLocation {
  const dockerConfigDir = dockerConfigDirectory(env);
  // The setting and DOCKER_HOST win over the current context: no need to read the files.
  const needsContext = !hostSetting && !env.DOCKER_HOST;
  const name =
    choice?.kind === 'context' ? choice.name : needsContext && !choice ? currentContextName(env, readText(join(dockerConfigDir, 'config.json'))) : defaultContextName;
  let context: { name: string; meta?: ContextMeta; tlsFileNames?: string[] } = { name };
  if (name !== defaultContextName) {
    const directory = contextDirectoryName(name);
    const metaText = readText(join(dockerConfigDir, 'contexts', 'meta', directory, 'meta.json'));
    context = {
      name,
      meta: metaText === undefined ? undefined : parseContextMeta(metaText),
      tlsFileNames: listNames(join(dockerConfigDir, 'contexts', 'tls', directory, 'docker')),
    };
  }
  return resolveEngineLocation({ env, platform, dockerConfigDir, hostSetting, choice, context });
}

/** `DOCKER_CONFIG`, else `~/.docker`. */
export function dockerConfigDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker');
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function listNames(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}
