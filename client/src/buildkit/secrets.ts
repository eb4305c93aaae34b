/**
 * Build secrets as `docker buildx build --secret` takes them (`vscode`-free):
 * `id=npmrc,src=/home/me/.npmrc` reads a file, `id=token,env=GITHUB_TOKEN` an environment
 * variable. Only the id and where to read it are kept (in workspace state, for the next build);
 * the secret itself is read when the build asks for it and never stored or logged.
 */
import { access, readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { Localizable, msg } from '../commands/localizable';

export interface SecretSpec {
  readonly id: string;
  /** A file to read (relative to the build context when not absolute). */
  readonly src?: string;
  /** An environment variable to read. */
  readonly env?: string;
}

/** `id=…,src=…` or `id=…,env=…` (`source` and `type=file|env` as buildx spells them too). */
export function parseSecretSpec(text: string): SecretSpec | Localizable {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const equals = part.indexOf('=');
    if (equals <= 0) return msg('{0} is not a secret: use id=NAME,src=FILE or id=NAME,env=VARIABLE.', text);
    fields.set(part.slice(0, equals).trim().toLowerCase(), part.slice(equals + 1).trim());
  }
  const id = fields.get('id');
  if (!id) return msg('The secret {0} has no id: use id=NAME,src=FILE or id=NAME,env=VARIABLE.', text);
  const src = fields.get('src') ?? fields.get('source');
  const env = fields.get('env');
  const type = fields.get('type');
  if (src && env) return msg('The secret {0} names both a file and an environment variable: use one.', id);
  if (src) return { id, src };
  if (env) return { id, env };
  // buildx: `type=env` (or nothing at all) reads the variable named like the id.
  if (type === 'file') return msg('The secret {0} names no file: add src=FILE.', id);
  return { id, env: id };
}

export function formatSecretSpec(spec: SecretSpec): string {
  return spec.src !== undefined ? `id=${spec.id},src=${spec.src}` : `id=${spec.id},env=${spec.env ?? spec.id}`;
}

/** The secret's bytes, or `undefined` when its file or variable does not exist. */
export async function readSecret(spec: SecretSpec, contextDir: string, env: NodeJS.ProcessEnv): Promise<Uint8Array | undefined> {
  if (spec.src !== undefined) {
    const path = isAbsolute(spec.src) ? spec.src : resolve(contextDir, spec.src);
    try {
      return await readFile(path);
    } catch {
      return undefined;
    }
  }
  const value = env[spec.env ?? spec.id];
  return value === undefined ? undefined : Buffer.from(value);
}

/** Whether the secret's file or variable exists (checked before the build, without reading it). */
export async function secretAvailable(spec: SecretSpec, contextDir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (spec.src === undefined) return env[spec.env ?? spec.id] !== undefined;
  try {
    await access(isAbsolute(spec.src) ? spec.src : resolve(contextDir, spec.src));
    return true;
  } catch {
    return false;
  }
}
