/**
 * The Docker CLI's contexts on disk (`$DOCKER_CONFIG/contexts`), read and
 * changed the way the CLI does it: `docker context ls`, `use`, `inspect`, `rm`.
 * Synchronous: a few tiny files, read when the quick pick or the view opens.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextDirectoryName, currentContextName, defaultContextName, parseContextMeta, type ContextMeta } from './location';

export class ContextStore {
  constructor(
    readonly dockerConfigDir: string,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  /** The named contexts with a docker endpoint; unreadable ones are left out, as the CLI lists them with an error. */
  list(): ContextMeta[] {
    const metaRoot = join(this.dockerConfigDir, 'contexts', 'meta');
    let directories: string[];
    try {
      directories = readdirSync(metaRoot);
    } catch {
      return [];
    }
    return directories
      .map((directory) => readText(join(metaRoot, directory, 'meta.json')))
      .map((text) => (text === undefined ? undefined : parseContextMeta(text)))
      .filter((meta): meta is ContextMeta => meta !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** `DOCKER_CONTEXT`, else config.json's `currentContext`, else `default`. */
  current(): string {
    return currentContextName(this.env, readText(this.configPath()));
  }

  /**
   * Makes `name` the CLI's current context, as `docker context use` does: config.json keeps every
   * other field; `default` removes the field. A config.json that is not JSON is left alone (the CLI
   * refuses it too), so nothing of the user's is lost.
   */
  use(name: string): void {
    const text = readText(this.configPath());
    let config: Record<string, unknown> = {};
    if (text !== undefined && text.trim() !== '') {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${this.configPath()} is not a JSON object`);
      config = parsed as Record<string, unknown>;
    }
    if (name === defaultContextName) delete config.currentContext;
    else config.currentContext = name;
    mkdirSync(this.dockerConfigDir, { recursive: true });
    writeFileSync(this.configPath(), `${JSON.stringify(config, undefined, '\t')}\n`);
  }

  /** `docker context inspect`'s view of it: the metadata and where its files are. */
  inspect(name: string): unknown {
    const directory = contextDirectoryName(name);
    const metaText = readText(join(this.dockerConfigDir, 'contexts', 'meta', directory, 'meta.json'));
    const meta = metaText === undefined ? undefined : (JSON.parse(metaText) as Record<string, unknown>);
    return {
      ...meta,
      Storage: {
        MetadataPath: join(this.dockerConfigDir, 'contexts', 'meta', directory),
        TLSPath: join(this.dockerConfigDir, 'contexts', 'tls', directory),
      },
    };
  }

  /** Deletes a context's metadata and TLS files, as `docker context rm`. The caller refuses the current one. */
  remove(name: string): void {
    const directory = contextDirectoryName(name);
    rmSync(join(this.dockerConfigDir, 'contexts', 'meta', directory), { recursive: true, force: true });
    rmSync(join(this.dockerConfigDir, 'contexts', 'tls', directory), { recursive: true, force: true });
  }

  private configPath(): string {
    return join(this.dockerConfigDir, 'config.json');
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
