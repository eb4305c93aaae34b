/**
 * Turns decoded BuildKit trace messages into the build log as `docker buildx build
 * --progress=plain` prints it, and into the step a progress notification shows
 * (`[2/5] RUN npm ci`). Pure and incremental: each message costs work in proportion to its own
 * size, so the log never falls behind the engine's stream.
 */
import { formatBytes } from '../explorer/format';
import type { TraceMessage, TraceStatus, TraceWarning } from './trace';

interface VertexState {
  /** Given when the step is first told, so the log numbers steps in the order they ran. */
  number: number;
  name: string;
  started?: number;
  completed?: number;
  cached: boolean;
  error?: string;
  announced: boolean;
  finished: boolean;
  /** Output not yet ended by a line break, per stream. */
  partial: string;
  readonly statuses: Map<string, TraceStatus>;
}

/** The failed step: BuildKit's name for it and its error. */
export interface FailedStep {
  readonly name: string;
  readonly error: string;
}

const textDecoder = new TextDecoder();

export class BuildProgress {
  private readonly vertexes = new Map<string, VertexState>();
  /** Started and not finished, in the order they started: the last is the current step. */
  private readonly running: VertexState[] = [];
  private readonly allWarnings: TraceWarning[] = [];
  private failed: FailedStep | undefined;
  private told = 0;

  /** The log lines this message adds, each ending in a line break. */
  write(message: TraceMessage): string {
    let out = '';
    for (const update of message.vertexes) {
      const vertex = this.vertex(update.digest, update.name);
      vertex.name = update.name || vertex.name;
      vertex.cached ||= update.cached;
      vertex.started ??= update.started;
      if (update.completed !== undefined) vertex.completed = update.completed;
      if (update.error) vertex.error = update.error;
      // BuildKit lists the steps it plans before it runs them; a step is told once it starts.
      if (vertex.started === undefined && !vertex.cached && vertex.completed === undefined && !vertex.error) continue;
      out += this.announce(vertex);
      if (vertex.completed !== undefined || vertex.error) out += this.finish(vertex);
    }
    for (const status of message.statuses) {
      const vertex = this.vertex(status.vertex, '');
      vertex.statuses.set(status.id, status);
      if (status.completed !== undefined) out += `${this.announce(vertex)}#${vertex.number} ${status.name || status.id}${sizes(status)} done\n`;
    }
    for (const log of message.logs) {
      const vertex = this.vertex(log.vertex, '');
      out += this.announce(vertex);
      const text = vertex.partial + textDecoder.decode(log.data);
      const lines = text.split(/\r?\n/);
      vertex.partial = lines.pop() ?? '';
      const at = elapsed(vertex.started, log.timestamp);
      for (const line of lines) out += `#${vertex.number} ${at} ${line}\n`;
    }
    for (const warning of message.warnings) {
      this.allWarnings.push(warning);
      const where = warning.lines.length > 0 ? ` (line ${warning.lines[0].start + 1})` : '';
      out += `WARNING: ${warning.short}${where}\n`;
      for (const detail of warning.detail) out += `  ${detail}\n`;
      if (warning.url) out += `  More info: ${warning.url}\n`;
    }
    return out;
  }

  /** The step to show while building: the latest one running, with its bytes when it is moving some. */
  currentStep(): string | undefined {
    const vertex = this.running.at(-1);
    if (!vertex) return undefined;
    let current = 0;
    let total = 0;
    for (const status of vertex.statuses.values()) {
      if (status.completed !== undefined || status.total <= 0) continue;
      current += status.current;
      total += status.total;
    }
    return total > 0 ? `${vertex.name} (${formatBytes(current)} / ${formatBytes(total)})` : vertex.name;
  }

  /** The first step that failed, once one has. */
  get failure(): FailedStep | undefined {
    return this.failed;
  }

  get warnings(): readonly TraceWarning[] {
    return this.allWarnings;
  }

  private vertex(digest: string, name: string): VertexState {
    let vertex = this.vertexes.get(digest);
    if (!vertex) {
      vertex = { number: 0, name, cached: false, announced: false, finished: false, partial: '', statuses: new Map() };
      this.vertexes.set(digest, vertex);
    }
    return vertex;
  }

  /** `#3 [2/5] RUN make`, once, before anything else is said about the step. */
  private announce(vertex: VertexState): string {
    if (vertex.announced) return '';
    vertex.announced = true;
    vertex.number = ++this.told;
    if (vertex.completed === undefined && !vertex.error) this.running.push(vertex);
    return `\n#${vertex.number} ${vertex.name}\n`;
  }

  private finish(vertex: VertexState): string {
    if (vertex.finished) return '';
    vertex.finished = true;
    const index = this.running.indexOf(vertex);
    if (index >= 0) this.running.splice(index, 1);
    let out = vertex.partial === '' ? '' : `#${vertex.number} ${elapsed(vertex.started, vertex.completed)} ${vertex.partial}\n`;
    vertex.partial = '';
    if (vertex.error) {
      this.failed ??= { name: vertex.name, error: vertex.error };
      return `${out}#${vertex.number} ERROR: ${vertex.error}\n`;
    }
    if (vertex.cached) return `${out}#${vertex.number} CACHED\n`;
    out += `#${vertex.number} DONE ${seconds(vertex.started, vertex.completed)}\n`;
    return out;
  }
}

/** ` 1.2 MB / 3.4 MB` when the status counts bytes it knows the total of. */
function sizes(status: TraceStatus): string {
  return status.total > 0 ? ` ${formatBytes(status.current)} / ${formatBytes(status.total)}` : '';
}

/** Seconds since the step started, as buildx prefixes output lines: `0.254`. */
function elapsed(started: number | undefined, at: number | undefined): string {
  if (started === undefined || at === undefined) return '0.000';
  return (Math.max(0, at - started) / 1000).toFixed(3);
}

/** A step's duration: `0.3s`. */
function seconds(started: number | undefined, completed: number | undefined): string {
  if (started === undefined || completed === undefined) return '0.0s';
  return `${(Math.max(0, completed - started) / 1000).toFixed(1)}s`;
}
