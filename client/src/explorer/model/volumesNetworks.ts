/**
 * The Volumes and Networks views' models. Creating or removing one re-lists
 * the kind (one request) and redraws the top level; a volume being mounted or
 * a container connecting to a network redraws just that node, whose children
 * (the containers using it) are fetched again only if it is expanded. A
 * container's own changes (created, removed, renamed, started, stopped)
 * redraw the expanded nodes, whose children show containers and their state.
 */
import type Docker from 'dockerode';
import type { EngineEvent } from '../../engine/events';
import { compareNames } from '../format';
import type { ExplorerContext, ExplorerNode } from '../nodes/base';
import { NetworkNode, VolumeNode } from '../nodes/volumesNetworks';
import { CoalescingRunner, EngineTreeModel } from './base';

/**
 * A flat list of engine objects that containers use, sorted by name and keyed
 * by the ID their events carry. Subclasses say how to list them and make nodes.
 */
abstract class UsedByContainersModel<Info extends { Name: string }, Node extends ExplorerNode & { info: Info; childrenShown: boolean }> extends EngineTreeModel {
  protected nodes = new Map<string, Node>();
  private readonly relister = new CoalescingRunner<'list'>(() => this.relist());

  constructor(
    ctx: ExplorerContext,
    private readonly kind: {
      /** The events' `Type` for these objects. */
      readonly eventType: 'volume' | 'network';
      /** Actions that change only which containers use an object: they redraw its node, not the list. */
      readonly usageActions: readonly string[];
    },
  ) {
    super(ctx);
  }

  /** The engine's current list of the objects. */
  protected abstract list(): Promise<Info[]>;
  /** What the object's events name it by (`Actor.ID`). */
  protected abstract keyOf(info: Info): string;
  protected abstract createNode(info: Info): Node;

  protected async loadAll(): Promise<void> {
    await this.rebuild();
  }

  protected roots(): ExplorerNode[] {
    return [...this.nodes.values()];
  }

  protected clear(): void {
    this.nodes.clear();
  }

  protected accepts(event: EngineEvent): boolean {
    return event.Type === this.kind.eventType || isContainerChange(event);
  }

  protected applyEvent(event: EngineEvent): void {
    if (event.Type === 'container') {
      for (const node of this.nodes.values()) if (node.childrenShown) this.fire(node);
      return;
    }
    if (this.kind.usageActions.includes(event.Action)) {
      // Podman does not say which network a container joined or left (see normalizeEvent): redraw every expanded one.
      const node = this.nodes.get(event.Actor.ID);
      if (node) this.fire(node);
      else if (event.Actor.ID === '') for (const candidate of this.nodes.values()) if (candidate.childrenShown) this.fire(candidate);
      return;
    }
    this.relister.request('list');
  }

  private async relist(): Promise<void> {
    const topLevelChanged = await this.rebuild();
    if (this.isLive && topLevelChanged) this.fire(undefined);
  }

  /** Returns whether the set of objects changed. */
  private async rebuild(): Promise<boolean> {
    const sorted = [...(await this.list())].sort((a, b) => compareNames(a.Name, b.Name));
    const nodes = new Map<string, Node>();
    for (const info of sorted) {
      const key = this.keyOf(info);
      const node = this.nodes.get(key) ?? this.createNode(info);
      node.info = info;
      nodes.set(key, node);
    }
    const changed = !sameKeys(this.nodes, nodes);
    this.nodes = nodes;
    return changed;
  }
}

export class VolumesModel extends UsedByContainersModel<Docker.VolumeInspectInfo, VolumeNode> {
  constructor(ctx: ExplorerContext) {
    super(ctx, { eventType: 'volume', usageActions: ['mount', 'unmount'] });
  }

  findVolume(name: string): VolumeNode | undefined {
    return this.nodes.get(name);
  }

  protected override async loadAll(): Promise<void> {
    await super.loadAll();
    // Sizes cost the engine a walk over every volume: fetched after the list is shown.
    void this.loadSizes();
  }

  protected emptyMessage(): string {
    return this.ctx.t('No volumes');
  }

  protected async list(): Promise<Docker.VolumeInspectInfo[]> {
    return (await this.ctx.engine.docker.listVolumes()).Volumes ?? [];
  }

  protected keyOf(info: Docker.VolumeInspectInfo): string {
    return info.Name;
  }

  protected createNode(info: Docker.VolumeInspectInfo): VolumeNode {
    return new VolumeNode(this.ctx, info);
  }

  private async loadSizes(): Promise<void> {
    try {
      const usage = (await this.ctx.engine.docker.df()) as { Volumes?: Array<{ Name: string; UsageData?: { Size: number; RefCount: number } | null }> };
      for (const volume of usage.Volumes ?? []) {
        const node = this.nodes.get(volume.Name);
        if (!node || !volume.UsageData) continue;
        node.usage = { size: volume.UsageData.Size, refCount: volume.UsageData.RefCount };
        this.fire(node);
      }
    } catch {
      // Sizes are a nicety: without them the view shows the driver only.
    }
  }
}

export class NetworksModel extends UsedByContainersModel<Docker.NetworkInspectInfo, NetworkNode> {
  constructor(ctx: ExplorerContext) {
    super(ctx, { eventType: 'network', usageActions: ['connect', 'disconnect'] });
  }

  protected emptyMessage(): string {
    return this.ctx.t('No networks');
  }

  protected list(): Promise<Docker.NetworkInspectInfo[]> {
    return this.ctx.engine.docker.listNetworks();
  }

  protected keyOf(info: Docker.NetworkInspectInfo): string {
    return info.Id;
  }

  protected createNode(info: Docker.NetworkInspectInfo): NetworkNode {
    return new NetworkNode(this.ctx, info);
  }
}

/** Container changes that a list of containers using a volume or network shows. */
function isContainerChange(event: EngineEvent): boolean {
  return event.Type === 'container' && ['create', 'destroy', 'rename', 'start', 'die', 'pause', 'unpause'].includes(event.Action);
}

/** Same keys in the same order: nothing appeared, vanished or moved. */
function sameKeys(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  const keysA = [...a.keys()];
  return [...b.keys()].every((key, index) => keysA[index] === key);
}
