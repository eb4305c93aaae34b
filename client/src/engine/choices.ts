/**
 * The engines "Switch Engine or Context..." offers, as pure data: every Docker
 * context, the Podman sockets that exist, and the `dockside.engine.host`
 * setting when set, else "automatic" (DOCKER_HOST or the CLI's current
 * context): the way back to no choice. The quick pick and the Contexts view
 * turn them into items.
 */
import { defaultContextName, defaultHost, parseEngineHost, type ContextMeta, type EngineChoice, type EngineLocation } from './location';

export type EngineOption =
  | {
      readonly kind: 'context';
      readonly name: string;
      readonly host: string;
      readonly description?: string;
      /** The Docker CLI's current context (`docker context use`). */
      readonly current: boolean;
      readonly active: boolean;
    }
  | { readonly kind: 'podman'; readonly mode: 'rootful' | 'rootless'; readonly host: string; readonly active: boolean }
  | { readonly kind: 'setting'; readonly host: string; readonly active: boolean }
  | { readonly kind: 'automatic'; readonly host: string; readonly active: boolean };

export interface EngineOptionInputs {
  /** The named contexts of DOCKER_CONFIG (the `default` one is implicit, as for the CLI). */
  readonly contexts: readonly ContextMeta[];
  readonly currentContext: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly podmanSockets: ReadonlyArray<{ readonly mode: 'rootful' | 'rootless'; readonly host: string }>;
  readonly hostSetting?: string;
  /** What the connection uses now (it may not have connected yet). */
  readonly location: EngineLocation;
  readonly choice?: EngineChoice;
}

/** The CLI's `default` context: DOCKER_HOST, else the platform's socket. */
export function defaultContextHost(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string {
  return env.DOCKER_HOST || defaultHost(platform);
}

/** Podman's API sockets: rootful, and the user's own under XDG_RUNTIME_DIR. Only those that `exists` finds. */
export function podmanSockets(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
): Array<{ mode: 'rootful' | 'rootless'; host: string }> {
  const candidates: Array<{ mode: 'rootful' | 'rootless'; path: string | undefined }> = [
    { mode: 'rootful', path: '/run/podman/podman.sock' },
    { mode: 'rootless', path: env.XDG_RUNTIME_DIR ? `${env.XDG_RUNTIME_DIR.replace(/\/+$/, '')}/podman/podman.sock` : undefined },
  ];
  return candidates.filter(({ path }) => path !== undefined && exists(path)).map(({ mode, path }) => ({ mode, host: `unix://${path}` }));
}

/**
 * Contexts first (`default`, then by name), then Podman sockets, then the setting or "automatic".
 * The one chosen is `active`; without a choice, the setting or "automatic" is.
 */
export function engineOptions(inputs: EngineOptionInputs): EngineOption[] {
  const { location, choice } = inputs;
  const usesContext = (name: string): boolean => choice?.kind === 'context' && choice.name === name;
  const usesHost = (host: string): boolean => choice?.kind === 'host' && choice.host === host;

  const contexts = [
    { name: defaultContextName, host: defaultContextHost(inputs.env, inputs.platform), description: undefined as string | undefined },
    ...[...inputs.contexts].filter((meta) => meta.name !== defaultContextName).sort((a, b) => a.name.localeCompare(b.name)),
  ];
  return [
    ...contexts.map(
      (meta): EngineOption => ({
        kind: 'context',
        name: meta.name,
        host: meta.host,
        ...(meta.description ? { description: meta.description } : {}),
        current: meta.name === inputs.currentContext,
        active: usesContext(meta.name),
      }),
    ),
    ...inputs.podmanSockets.map((socket): EngineOption => ({ kind: 'podman', mode: socket.mode, host: socket.host, active: usesHost(socket.host) })),
    inputs.hostSetting
      ? { kind: 'setting', host: inputs.hostSetting, active: !choice }
      : { kind: 'automatic', host: choice ? '' : location.host, active: !choice },
  ];
}

/** What choosing an option remembers; the setting and "automatic" mean no choice: the setting, DOCKER_HOST or the current context decide. */
export function choiceOf(option: EngineOption): EngineChoice | undefined {
  switch (option.kind) {
    case 'context':
      return { kind: 'context', name: option.name };
    case 'podman':
      return { kind: 'host', host: option.host };
    case 'setting':
    case 'automatic':
      return undefined;
  }
}

/** A stored choice read back from the machine's state: anything malformed counts as none. */
export function parseStoredChoice(value: unknown): EngineChoice | undefined {
  const candidate = value as Partial<{ kind: string; name: unknown; host: unknown }> | undefined;
  if (candidate?.kind === 'context' && typeof candidate.name === 'string' && candidate.name !== '') return { kind: 'context', name: candidate.name };
  if (candidate?.kind === 'host' && typeof candidate.host === 'string' && candidate.host !== '') return { kind: 'host', host: candidate.host };
  return undefined;
}

/**
 * Why an address typed in "Enter an engine address…" cannot be used, in the words the status bar
 * uses for a bad `dockside.engine.host` (the same parser decides); `undefined` when it can, or
 * while nothing is typed.
 */
export function engineAddressProblem(value: string): string | undefined {
  const host = value.trim();
  if (host === '') return undefined;
  const address = parseEngineHost(host, undefined);
  return address.transport === 'invalid' ? address.reason : undefined;
}
