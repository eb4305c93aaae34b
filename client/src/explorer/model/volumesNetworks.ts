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

export class VolumesModel extends EngineTreeModel {
  private volumes = new Map<string, VolumeNode>();
  private readonly relister = new CoalescingRunner<'volumes'>(() => this.relist());

  constructor(ctx: ExplorerContext) {
    super(ctx);
  }

  findVolume(name: string): VolumeNode | undefined {
    return this.volumes.get(name);
  }

  protected async loadAll(): Promise<void> {
    await this.rebuild();
    // Sizes cost the engine a walk over every volume: fetched after the list is shown.
    void this.loadSizes();
  }

  protected roots(): ExplorerNode[] {
    return [...this.volumes.values()];
  }

  protected clear(): void {
    this.volumes.clear();
  }

  protected accepts(event: EngineEvent): boolean {
    return event.Type === 'volume' || isContainerChange(event);
  }

  protected applyEvent(event: EngineEvent): void {
    if (event.Type === 'container') {
      for (const node of this.volumes.values()) if (node.childrenShown) this.fire(node);
      return;
    }
    if (event.Action === 'mount' || event.Action === 'unmount') {
      const node = this.volumes.get(event.Actor.ID);
      if (node) this.fire(node);
      return;
    }
    this.relister.request('volumes');
  }

  protected emptyMessage(): string {
    return this.ctx.t('No volumes');
  }

  private async relist(): Promise<void> {
    const topLevelChanged = await this.rebuild();
    if (this.isLive && topLevelChanged) this.fire(undefined);
  }

  /** Returns whether the set of volumes changed. */
  private async rebuild(): Promise<boolean> {
    const { Volumes: listed } = await this.ctx.engine.docker.listVolumes();
    const sorted = [...(listed ?? [])].sort((a, b) => compareNames(a.Name, b.Name));
    const volumes = new Map<string, VolumeNode>();
    for (const info of sorted) {
      const node = this.volumes.get(info.Name) ?? new VolumeNode(this.ctx, info);
      node.info = info;
      volumes.set(info.Name, node);
    }
    const changed = !sameKeys(this.volumes, volumes);
    this.volumes = volumes;
    return changed;
  }

  private async loadSizes(): Promise<void> {
    try {
      const usage = (await this.ctx.engine.docker.df()) as { Volumes?: Array<{ Name: string; UsageData?: { Size: number; RefCount: number } | null }> };
      for (const volume of usage.Volumes ?? []) {
        const node = this.volumes.get(volume.Name);
        if (!node || !volume.UsageData) continue;
        node.usage = { size: volume.UsageData.Size, refCount: volume.UsageData.RefCount };
        this.fire(node);
      }
    } catch {
      // Sizes are a nicety: without them the view shows the driver only.
    }
  }
}

export class NetworksModel extends EngineTreeModel {
  private networks = new Map<string, NetworkNode>();
  private readonly relister = new CoalescingRunner<'networks'>(() => this.relist());

  constructor(ctx: ExplorerContext) {
    super(ctx);
  }

  protected async loadAll(): Promise<void> {
    await this.rebuild();
  }

  protected roots(): ExplorerNode[] {
    return [...this.networks.values()];
  }

  protected clear(): void {
    this.networks.clear();
  }

  protected accepts(event: EngineEvent): boolean {
    return event.Type === 'network' || isContainerChange(event);
  }

  protected applyEvent(event: EngineEvent): void {
    if (event.Type === 'container') {
      for (const node of this.networks.values()) if (node.childrenShown) this.fire(node);
      return;
    }
    if (event.Action === 'connect' || event.Action === 'disconnect') {
      const node = this.networks.get(event.Actor.ID);
      if (node) this.fire(node);
      return;
    }
    this.relister.request('networks');
  }

  protected emptyMessage(): string {
    return this.ctx.t('No networks');
  }

  private async relist(): Promise<void> {
    const topLevelChanged = await this.rebuild();
    if (this.isLive && topLevelChanged) this.fire(undefined);
  }

  private async rebuild(): Promise<boolean> {
    const listed: Docker.NetworkInspectInfo[] = await this.ctx.engine.docker.listNetworks();
    const sorted = [...listed].sort((a, b) => compareNames(a.Name, b.Name));
    const networks = new Map<string, NetworkNode>();
    for (const info of sorted) {
      const node = this.networks.get(info.Id) ?? new NetworkNode(this.ctx, info);
      node.info = info;
      networks.set(info.Id, node);
    }
    const changed = !sameKeys(this.networks, networks);
    this.networks = networks;
    return changed;
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
