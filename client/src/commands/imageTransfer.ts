/**
 * Push and pull as the engine does them (`vscode`-free): with the registry's login from the
 * Docker CLI's store, progress per layer with bytes, and failures told apart, because each needs
 * a different remedy: a refusal (log in), an unknown host (check the name), a registry that does
 * not answer, an image that is not there.
 */
import type Docker from 'dockerode';
import { formatBytes } from '../explorer/format';
import { registryAuthHeader, type RegistryCredential } from '../registry/credentials';
import { registryDisplayName, registryOfReference } from '../registry/registryNames';
import { splitReference } from './containerOps';
import { engineMessage } from './engineErrors';

/** One message of a pull or push stream. */
export interface TransferEvent {
  readonly id?: string;
  readonly status?: string;
  readonly progressDetail?: { readonly current?: number; readonly total?: number };
  readonly error?: string;
}

interface LayerState {
  status: string;
  current: number;
  total: number;
  done: boolean;
}

/** Layer statuses that mean the layer needs nothing more. */
const finished = /^(Pull complete|Already exists|Pushed|Layer already exists|Mounted from|Download complete)/;

/**
 * Follows a transfer's layers: what the notification says (`3/5 layers · 12 MB / 40 MB`) and
 * the lines the output log gets (one per change of a layer's status, not per byte count).
 */
export class TransferProgress {
  private readonly layers = new Map<string, LayerState>();

  /** The log line this event adds, if its status is news. */
  update(event: TransferEvent): string | undefined {
    if (!event.status) return undefined;
    // Layer events carry a short layer ID; the others (`Pulling from…`, `Digest:…`) are said as they are.
    if (!event.id || !/^[0-9a-f]{12}$/.test(event.id)) return event.id ? `${event.id}: ${event.status}` : event.status;
    let layer = this.layers.get(event.id);
    const isNew = !layer;
    layer ??= { status: '', current: 0, total: 0, done: false };
    this.layers.set(event.id, layer);
    const changed = isNew || layer.status !== event.status;
    layer.status = event.status;
    if (event.progressDetail?.total) {
      layer.total = event.progressDetail.total;
      layer.current = event.progressDetail.current ?? 0;
    }
    if (finished.test(event.status)) {
      layer.done = true;
      layer.current = layer.total;
    }
    if (!changed) return undefined;
    return `${event.id}: ${event.status}${layer.total > 0 && !layer.done ? ` (${formatBytes(layer.total)})` : ''}`;
  }

  /** `3/5 layers · 12.3 MB / 40 MB`: layers finished, and bytes of the layers whose size is known. */
  summary(): string {
    if (this.layers.size === 0) return '';
    let done = 0;
    let current = 0;
    let total = 0;
    for (const layer of this.layers.values()) {
      if (layer.done) done += 1;
      current += layer.current;
      total += layer.total;
    }
    return total > 0 ? `${done}/${this.layers.size} · ${formatBytes(current)} / ${formatBytes(total)}` : `${done}/${this.layers.size}`;
  }
}

export type TransferProblemKind = 'unauthorized' | 'unknownHost' | 'unreachable' | 'notFound' | 'other';

/** A push or pull the engine refused or could not do, with the registry it is about. */
export class TransferError extends Error {
  constructor(
    readonly kind: TransferProblemKind,
    /** As a user names it: `docker.io`, `registry.example.com:5000`. */
    readonly registry: string,
    readonly reference: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'TransferError';
  }
}

/** What kind of failure the engine's message describes. */
export function classifyTransferFailure(message: string): TransferProblemKind {
  if (/no basic auth credentials|unauthorized|authentication required|access to the resource is denied|pull access denied|insufficient_scope|denied:/i.test(message)) {
    return 'unauthorized';
  }
  if (/no such host|server misbehaving/i.test(message)) return 'unknownHost';
  if (/manifest unknown|not found: manifest|manifest for .* not found|does not exist locally|repository .* not found|name unknown/i.test(message)) return 'notFound';
  if (/connection refused|i\/o timeout|no route to host|network is unreachable|connection reset|handshake timeout|dial tcp|EOF$/i.test(message)) return 'unreachable';
  return 'other';
}

export type TransferDirection = 'pull' | 'push';

/**
 * Pulls or pushes `reference` with the registry's login (when there is one), reporting every
 * stream message to `onEvent`. The engine tells failures inside the stream or as an HTTP error;
 * both become a `TransferError`. Cancelling (`signal`) rejects with an AbortError.
 */
export async function transferImage(
  docker: Docker,
  direction: TransferDirection,
  reference: string,
  credential: RegistryCredential | undefined,
  onEvent: (event: TransferEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const registry = registryOfReference(reference);
  const authconfig = credential ? registryAuthHeader(registry, credential) : undefined;
  const fail = (detail: string) => new TransferError(classifyTransferFailure(detail), registryDisplayName(registry), reference, detail);
  // A push names the repository in the path and the tag in the query, as the CLI does: Podman appends the tag to whatever the path names.
  const { repo, tag } = splitReference(reference);
  let stream: NodeJS.ReadableStream;
  try {
    stream =
      direction === 'pull'
        ? ((await docker.pull(reference, { authconfig, abortSignal: signal })) as NodeJS.ReadableStream)
        : ((await docker.getImage(repo).push({ tag, authconfig, abortSignal: signal } as Docker.ImagePushOptions)) as NodeJS.ReadableStream);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw fail(engineMessage(error));
  }
  await new Promise<void>((resolve, reject) => {
    docker.modem.followProgress(
      stream,
      (error: Error | null, output: TransferEvent[]) => {
        const failure = error?.message ?? output.find((event) => event.error)?.error;
        if (signal?.aborted) reject(Object.assign(new Error('cancelled'), { name: 'AbortError' }));
        else if (failure) reject(fail(failure));
        else resolve();
      },
      onEvent,
    );
  });
}
