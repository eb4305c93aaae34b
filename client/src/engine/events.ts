/** The engine's `/events` stream: newline-delimited JSON messages. */
import type { EngineKind } from './identity';

/** One message of `GET /events` (API 1.41), reduced to what the explorer reads. */
export interface EngineEvent {
  readonly Type: 'container' | 'image' | 'volume' | 'network' | string;
  readonly Action: string;
  readonly Actor: { readonly ID: string; readonly Attributes?: Readonly<Record<string, string>> };
  readonly time?: number;
  readonly timeNano?: number;
}

/**
 * Splits a byte stream into events. A chunk may end in the middle of a
 * message, or carry several; lines that are not an event are skipped.
 */
export class EngineEventDecoder {
  private pending = '';

  push(chunk: string): EngineEvent[] {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    const events: EngineEvent[] = [];
    for (const line of lines) {
      const event = parseEvent(line);
      if (event) events.push(event);
    }
    return events;
  }
}

function parseEvent(line: string): EngineEvent | undefined {
  if (line.trim() === '') return undefined;
  try {
    const value = JSON.parse(line) as Partial<EngineEvent>;
    if (typeof value.Type !== 'string' || typeof value.Action !== 'string' || typeof value.Actor?.ID !== 'string') return undefined;
    return value as EngineEvent;
  } catch {
    return undefined;
  }
}

/**
 * Container actions that never change what the explorer shows: exec sessions,
 * attach/resize of a terminal, file copies, and `prune`, a summary with no
 * container (each container it removes sends its own `destroy`). Everything
 * else (create, start, die, stop, pause, rename, destroy, `health_status: …`)
 * refreshes the container.
 */
const invisibleContainerActions = /^(exec_|attach|detach|resize|top|archive-path|extract-to-dir|export|copy|commit|prune)/;

export function changesContainer(action: string): boolean {
  return !invisibleContainerActions.test(action);
}

/**
 * Podman's `/events` speak Docker's format with a few differences; this turns
 * them into what a Docker Engine would have sent, so the models read one format:
 * - a removed container is `remove` (Docker: `destroy`);
 * - a volume's `Actor.ID` is empty, its name in `Attributes.name` (Docker: the ID is the name);
 * - `connect`/`disconnect` carry the container as the actor and no network at all
 *   (Docker: the network is the actor, the container in `Attributes.container`);
 *   the network is left unknown (`''`), which the Networks view reads as "any".
 */
export function normalizeEvent(event: EngineEvent, kind: EngineKind): EngineEvent {
  if (kind !== 'podman') return event;
  const attributes = event.Actor.Attributes ?? {};
  if (event.Type === 'container' && event.Action === 'remove') return { ...event, Action: 'destroy' };
  if (event.Type === 'volume' && event.Actor.ID === '' && attributes.name) return { ...event, Actor: { ...event.Actor, ID: attributes.name } };
  if (event.Type === 'network' && (event.Action === 'connect' || event.Action === 'disconnect')) {
    return { ...event, Actor: { ID: '', Attributes: { ...attributes, container: event.Actor.ID } } };
  }
  return event;
}
