/**
 * A view's live model, free of `vscode`: it lists once when first shown,
 * then follows the engine's event stream and announces only the nodes that
 * changed (`undefined` = the top level). A reconnection of the engine
 * (`connected` again) resyncs in full; while the engine cannot be reached the
 * view shows `offlineRoots` instead (the Containers view explains why). There
 * is no polling timer.
 */
import { Emitter, type Disposable } from '../../engine/emitter';
import type { EngineEvent } from '../../engine/events';
import { errorMessage, MessageNode, type ExplorerContext, type ExplorerNode } from '../nodes/base';
import { EngineOfflineNode } from '../nodes/engineState';

export abstract class EngineTreeModel implements Disposable {
  private readonly changeEmitter = new Emitter<ExplorerNode | undefined>();
  /** The node whose presentation or children changed; `undefined` for the top level. */
  readonly onDidChange = this.changeEmitter.event;

  private readonly subscriptions: Disposable[] = [];
  /** Set once a view asked for the roots: until then nothing is listed. */
  private wanted = false;
  private loaded = false;
  private loadError: unknown;
  private loading: Promise<void> | undefined;
  /** Events that arrived while a full listing was in flight; applied after it. */
  private eventsDuringLoad: EngineEvent[] = [];

  constructor(protected readonly ctx: ExplorerContext) {
    this.subscriptions.push(
      ctx.engine.onDidChangeState((state) => {
        if (state.status === 'connected') {
          if (this.wanted) void this.reload().then(() => this.fire(undefined));
        } else if (state.status !== 'connecting' && (this.loaded || this.loadError !== undefined)) {
          this.loaded = false;
          this.loadError = undefined;
          this.clear();
          this.fire(undefined);
        }
      }),
      ctx.engine.onEvent((event) => {
        if (!this.accepts(event)) return;
        if (this.loading) this.eventsDuringLoad.push(event);
        else if (this.loaded) this.applyEvent(event);
      }),
    );
  }

  /** The top-level nodes: `offlineRoots` while the engine cannot be reached, an error item if listing failed. */
  async getRoots(): Promise<ExplorerNode[]> {
    this.wanted = true;
    const state = await this.ctx.engine.connect();
    if (state.status !== 'connected') return this.offlineRoots();
    if (!this.loaded && !this.loadError) await this.reload();
    if (this.loadError !== undefined) {
      return [new MessageNode(undefined, 'error', this.ctx.t('Could not list: {0}', errorMessage(this.loadError)), 'error', errorMessage(this.loadError))];
    }
    const roots = this.roots();
    return roots.length > 0 ? roots : [new MessageNode(undefined, 'empty', this.emptyMessage(), 'empty')];
  }

  /** Redraws the view from what the model holds, asking the engine nothing: relative times have aged. */
  redraw(): void {
    if (this.isLive) this.fire(undefined);
  }

  /** Lists everything again (the refresh button) and redraws the view. */
  async refresh(): Promise<void> {
    if (this.ctx.engine.state.status !== 'connected') {
      this.fire(undefined);
      return;
    }
    await this.reload();
    this.fire(undefined);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changeEmitter.dispose();
  }

  /** What the view shows while the engine cannot be reached: one line pointing to the Containers view, which explains. */
  protected offlineRoots(): ExplorerNode[] {
    return [new EngineOfflineNode(this.ctx)];
  }

  protected fire(node: ExplorerNode | undefined): void {
    this.changeEmitter.fire(node);
  }

  /** True when the model has listed and keeps up with events. */
  protected get isLive(): boolean {
    return this.loaded && !this.loading;
  }

  /** Lists every object of the kind and rebuilds the model, reusing nodes that still exist. */
  protected abstract loadAll(): Promise<void>;
  /** Top-level nodes of the loaded model. */
  protected abstract roots(): ExplorerNode[];
  /** Forgets everything (the engine went away). */
  protected abstract clear(): void;
  protected abstract accepts(event: EngineEvent): boolean;
  /** Updates the model for one event and fires the affected nodes. Never throws. */
  protected abstract applyEvent(event: EngineEvent): void;
  protected abstract emptyMessage(): string;

  private reload(): Promise<void> {
    this.loading ??= (async () => {
      try {
        await this.loadAll();
        this.loaded = true;
        this.loadError = undefined;
      } catch (error) {
        this.loadError = error;
      } finally {
        this.loading = undefined;
      }
      const missed = this.eventsDuringLoad;
      this.eventsDuringLoad = [];
      if (this.loaded) for (const event of missed) this.applyEvent(event);
    })();
    return this.loading;
  }
}

/**
 * Runs `task` for a key at most once at a time; a request while it runs makes
 * it run once more afterwards. A burst of events (kill, die, stop, destroy)
 * costs at most two requests, and the last one sees the final state.
 */
export class CoalescingRunner<Key> {
  private readonly running = new Map<Key, { again: boolean }>();

  constructor(private readonly task: (key: Key) => Promise<void>) {}

  request(key: Key): void {
    const current = this.running.get(key);
    if (current) {
      current.again = true;
      return;
    }
    const entry = { again: false };
    this.running.set(key, entry);
    void (async () => {
      do {
        entry.again = false;
        try {
          await this.task(key);
        } catch {
          // The engine went away mid-request: its state change resyncs everything.
        }
      } while (entry.again);
      this.running.delete(key);
    })();
  }
}
