/**
 * Logs that survive restarts: a log view follows a container, or every
 * container of a compose service or project, across restarts and
 * re-creations. The engine's events say when: a `start` of a container the
 * view follows (or of a new one it selects) opens a new log stream where the
 * last one ended, and `die`/`start` put a note in the log. There is no
 * polling. `vscode`-free, so the engine tier drives it.
 */
import type Docker from 'dockerode';
import type { EngineState } from '../engine/connection';
import type { Disposable, Event } from '../engine/emitter';
import type { EngineEvent } from '../engine/events';
import { containerName } from '../explorer/format';
import { followLogs, type LogFollower } from './containerOps';
import { localLogTime } from './logTimestamps';
import { msg, type Localizable } from './localizable';

/** Which containers a view follows. */
export type LogSelector =
  /** One container; a new container given its name (a re-creation) is followed in its place. */
  | { readonly kind: 'container'; readonly id: string; readonly name: string }
  /** Every container of a compose project, or of one of its services. */
  | { readonly kind: 'compose'; readonly project: string; readonly service?: string };

/** One line of a container's log. */
export interface LogLine {
  readonly container: string;
  /** The engine's RFC 3339 timestamp (nanoseconds), as it sent it. */
  readonly timestamp: string;
  readonly text: string;
}

export interface LogSink {
  line(line: LogLine): void;
  note(note: Localizable): void;
}

export interface LogEngine {
  readonly docker: Docker;
  readonly onEvent: Event<EngineEvent>;
  readonly onDidChangeState: Event<EngineState>;
}

/** Whether an event's container is one the view selects (container events carry the name and every label). */
export function selects(selector: LogSelector, id: string, attributes: Readonly<Record<string, string>>): boolean {
  if (selector.kind === 'container') return id === selector.id || attributes.name === selector.name;
  return attributes['com.docker.compose.project'] === selector.project && (selector.service === undefined || attributes['com.docker.compose.service'] === selector.service);
}

/** The engine's list filter for the same selection. */
export function listFilters(selector: LogSelector): Record<string, string[]> {
  if (selector.kind === 'container') return { id: [selector.id] };
  const labels = [`com.docker.compose.project=${selector.project}`];
  if (selector.service !== undefined) labels.push(`com.docker.compose.service=${selector.service}`);
  return { label: labels };
}

/**
 * The `since` that continues a log just after `timestamp` (RFC 3339 with up to nine fraction
 * digits): `seconds.nanoseconds`, one nanosecond later, as the engine's log filter takes it.
 */
export function sinceAfter(timestamp: string): string | undefined {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(timestamp);
  if (!match) return undefined;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (Number.isNaN(seconds)) return undefined;
  const nanos = BigInt(seconds / 1000) * 1_000_000_000n + BigInt((match[2] ?? '').padEnd(9, '0')) + 1n;
  return `${nanos / 1_000_000_000n}.${String(nanos % 1_000_000_000n).padStart(9, '0')}`;
}

/** An event's time as `since` (the engine's own clock). */
function sinceEvent(event: EngineEvent): string | undefined {
  if (event.timeNano !== undefined) {
    const nanos = BigInt(event.timeNano);
    return `${nanos / 1_000_000_000n}.${String(nanos % 1_000_000_000n).padStart(9, '0')}`;
  }
  return event.time === undefined ? undefined : String(event.time);
}

/** Splits a stream's chunks into timestamped lines; a line cut between chunks waits for its end. */
export class LogLineSplitter {
  private pending = '';

  constructor(
    private readonly container: () => string,
    private readonly emit: (line: LogLine) => void,
  ) {}

  /** The timestamp of the last line emitted. */
  lastTimestamp: string | undefined;

  push(chunk: string): void {
    this.pending += chunk;
    let newline: number;
    while ((newline = this.pending.indexOf('\n')) >= 0) {
      this.emitLine(this.pending.slice(0, newline).replace(/\r$/, ''));
      this.pending = this.pending.slice(newline + 1);
    }
  }

  /** The stream ended: what is left is a last line without its line break. */
  end(): void {
    if (this.pending !== '') this.emitLine(this.pending);
    this.pending = '';
  }

  private emitLine(raw: string): void {
    const space = raw.indexOf(' ');
    const timestamp = space > 0 ? raw.slice(0, space) : raw;
    const text = space > 0 ? raw.slice(space + 1) : '';
    this.lastTimestamp = timestamp;
    this.emit({ container: this.container(), timestamp, text });
  }
}

interface Followed {
  name: string;
  splitter: LogLineSplitter;
  follower?: LogFollower;
  /** A `start` came while the previous stream was still open: follow again once it ends. */
  restartPending: boolean;
  /** When it last stopped, on the engine's clock: where a restart's log begins when no line was seen. */
  diedAt?: string;
}

export class LogSession implements Disposable {
  private readonly followed = new Map<string, Followed>();
  private subscriptions: Disposable[] = [];
  private disposed = false;

  constructor(
    private readonly engine: LogEngine,
    private readonly selector: LogSelector,
    private readonly sink: LogSink,
    private readonly options: { readonly tail: number },
  ) {}

  /** Follows what the selector selects now (each container's last `tail` lines), and from now on every one it starts. */
  async start(): Promise<void> {
    // Events first: a container started while the list is in flight is not missed.
    this.subscriptions.push(
      this.engine.onEvent((event) => this.onEvent(event)),
      // Events missed while the engine was away: whatever runs now is followed from where it was left.
      this.engine.onDidChangeState((state) => void (state.status === 'connected' && this.catchUp().catch(() => undefined))),
    );
    const containers = await this.list();
    for (const container of containers) {
      if (!this.followed.has(container.Id)) this.follow(container.Id, containerName(container), { tail: this.options.tail });
    }
    if (containers.length === 0 && this.selector.kind === 'compose') this.sink.note(msg('No container of it exists yet; its logs appear here when one starts.'));
  }

  dispose(): void {
    this.disposed = true;
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const entry of this.followed.values()) entry.follower?.stop();
    this.followed.clear();
  }

  private async list(): Promise<Docker.ContainerInfo[]> {
    const containers = await this.engine.docker.listContainers({ all: true, filters: JSON.stringify(listFilters(this.selector)) });
    return containers.sort((a, b) => containerName(a).localeCompare(containerName(b)));
  }

  private async catchUp(): Promise<void> {
    for (const container of await this.list()) {
      if (this.disposed || container.State !== 'running') continue;
      const entry = this.followed.get(container.Id);
      if (!entry) this.follow(container.Id, containerName(container), {});
      else if (!entry.follower) this.followAgain(container.Id, entry);
    }
  }

  private onEvent(event: EngineEvent): void {
    if (event.Type !== 'container' || this.disposed) return;
    const id = event.Actor.ID;
    const attributes = event.Actor.Attributes ?? {};
    const known = this.followed.get(id);
    if (!known && !selects(this.selector, id, attributes)) return;
    const name = attributes.name ?? known?.name ?? id.slice(0, 12);
    if (event.Action === 'die' && known) {
      known.diedAt = sinceEvent(event);
      this.sink.note(msg('{0} stopped (exit code {1}).', name, attributes.exitCode ?? '?'));
    } else if (event.Action === 'rename' && known) {
      known.name = name;
    } else if (event.Action === 'start') {
      if (known) {
        this.sink.note(msg('{0} restarted.', name));
        if (known.follower) known.restartPending = true;
        else this.followAgain(id, known);
      } else {
        const replaces = [...this.followed.values()].some((entry) => entry.name === name);
        this.sink.note(replaces ? msg('{0} was re-created.', name) : msg('{0} started.', name));
        // A new container: all of its log is new.
        this.follow(id, name, {});
      }
    }
  }

  private followAgain(id: string, entry: Followed): void {
    const since = (entry.splitter.lastTimestamp && sinceAfter(entry.splitter.lastTimestamp)) ?? entry.diedAt;
    this.follow(id, entry.name, since === undefined ? { tail: this.options.tail } : { since });
  }

  private follow(id: string, name: string, from: { tail?: number; since?: string }): void {
    const entry: Followed = this.followed.get(id) ?? {
      name,
      splitter: new LogLineSplitter(() => entry.name, (line) => this.sink.line(line)),
      restartPending: false,
    };
    entry.name = name;
    this.followed.set(id, entry);
    const opened = followLogs(this.engine.docker, id, (text) => entry.splitter.push(text), from);
    // Held from now, so a `start` arriving before the stream opens waits for this one to end.
    entry.follower = { stop: () => void opened.then((follower) => follower.stop(), () => undefined), done: opened.then((follower) => follower.done, () => undefined) };
    void entry.follower.done.then(() => {
      entry.splitter.end();
      entry.follower = undefined;
      if (this.disposed || this.followed.get(id) !== entry || !entry.restartPending) return;
      entry.restartPending = false;
      this.followAgain(id, entry);
    });
  }
}

/**
 * A line as the output view shows it: with the container's name when the view follows several, and
 * its local time to the second when `now` is given (`dockside.logs.timestamps`).
 */
export function formatLogLine(line: LogLine, withContainer: boolean, now?: Date): string {
  return `${withContainer ? `${line.container} | ` : ''}${now ? `${localLogTime(line.timestamp, now)} ` : ''}${line.text}`;
}
