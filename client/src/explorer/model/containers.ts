/**
 * The Containers view's model. A container event re-reads that one container
 * (`GET /containers/{id}/json`) and fires its node, or its group (or the top
 * level) when it appeared, vanished or moved in the order.
 */
import type Docker from 'dockerode';
import { changesContainer, type EngineEvent } from '../../engine/events';
import { containerInfoFromInspect } from '../containerStatus';
import { compareContainers, compareNames, containerName } from '../format';
import { composeProject, groupContainers } from '../grouping';
import type { ExplorerContext, ExplorerNode } from '../nodes/base';
import { ComposeProjectNode, ContainerNode } from '../nodes/containers';
import { CoalescingRunner, EngineTreeModel } from './base';

export class ContainersModel extends EngineTreeModel {
  private readonly containers = new Map<string, ContainerNode>();
  private readonly projects = new Map<string, ComposeProjectNode>();
  private ungrouped: ContainerNode[] = [];
  private readonly refresher = new CoalescingRunner<string>((id) => this.refreshContainer(id));

  constructor(ctx: ExplorerContext) {
    super(ctx);
  }

  /** The node of a container, if the model has it (tests, reveal). */
  findContainer(id: string): ContainerNode | undefined {
    return this.containers.get(id);
  }

  get containerCount(): number {
    return this.containers.size;
  }

  protected async loadAll(): Promise<void> {
    const infos = await this.ctx.engine.docker.listContainers({ all: true });
    const seen = new Set<string>();
    const groups = groupContainers(infos);
    const projects = new Map<string, ComposeProjectNode>();
    for (const { name, containers } of groups.projects) {
      const project = this.projects.get(name) ?? new ComposeProjectNode(this.ctx, name);
      project.containers = containers.map((info) => this.upsertNode(info, project, seen));
      projects.set(name, project);
    }
    this.ungrouped = groups.ungrouped.map((info) => this.upsertNode(info, undefined, seen));
    for (const id of [...this.containers.keys()]) if (!seen.has(id)) this.containers.delete(id);
    this.projects.clear();
    for (const [name, project] of projects) this.projects.set(name, project);
  }

  protected roots(): ExplorerNode[] {
    return [...this.projects.values(), ...this.ungrouped];
  }

  protected clear(): void {
    this.containers.clear();
    this.projects.clear();
    this.ungrouped = [];
  }

  protected accepts(event: EngineEvent): boolean {
    return event.Type === 'container' && changesContainer(event.Action);
  }

  protected applyEvent(event: EngineEvent): void {
    this.refresher.request(event.Actor.ID);
  }

  protected emptyMessage(): string {
    return this.ctx.t('No containers');
  }

  private upsertNode(info: Docker.ContainerInfo, parent: ComposeProjectNode | undefined, seen: Set<string>): ContainerNode {
    seen.add(info.Id);
    const existing = this.containers.get(info.Id);
    if (existing && existing.parent === parent) {
      existing.info = info;
      return existing;
    }
    const node = new ContainerNode(this.ctx, parent, info);
    this.containers.set(info.Id, node);
    return node;
  }

  private async refreshContainer(id: string): Promise<void> {
    const info = await this.inspect(id);
    if (!this.isLive) return; // a full listing replaced the model meanwhile
    const existing = this.containers.get(id);
    if (!info) {
      if (existing) this.removeNode(existing);
      return;
    }
    const project = composeProject(info);
    if (existing && (existing.parent as ComposeProjectNode | undefined)?.name === project) {
      const renamed = containerName(existing.info) !== containerName(info);
      existing.info = info;
      // A rename moves it in the sorted list: redraw the list it is in. Anything else: the node itself,
      // and its group, whose "n/m running" may have changed.
      if (renamed) this.sortSiblings(existing.parent as ComposeProjectNode | undefined);
      this.fire(renamed ? existing.parent : (existing.parent ?? existing));
      return;
    }
    if (existing) this.removeNode(existing);
    this.addNode(info, project);
  }

  /** The container's list entry from its live state (see containerStatus.ts); `undefined` once it is gone. */
  private async inspect(id: string): Promise<Docker.ContainerInfo | undefined> {
    try {
      return containerInfoFromInspect(await this.ctx.engine.docker.getContainer(id).inspect(), this.ctx.now());
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  private addNode(info: Docker.ContainerInfo, projectName: string | undefined): void {
    if (projectName === undefined) {
      const node = new ContainerNode(this.ctx, undefined, info);
      this.containers.set(info.Id, node);
      this.ungrouped = insertSorted(this.ungrouped, node);
      this.fire(undefined);
      return;
    }
    let project = this.projects.get(projectName);
    const isNewProject = project === undefined;
    project ??= new ComposeProjectNode(this.ctx, projectName);
    const node = new ContainerNode(this.ctx, project, info);
    this.containers.set(info.Id, node);
    project.containers = insertSorted(project.containers, node);
    if (isNewProject) {
      this.projects.set(projectName, project);
      this.sortProjects();
      this.fire(undefined);
    } else {
      this.fire(project);
    }
  }

  private removeNode(node: ContainerNode): void {
    this.containers.delete(node.info.Id);
    const project = node.parent as ComposeProjectNode | undefined;
    if (!project) {
      this.ungrouped = this.ungrouped.filter((candidate) => candidate !== node);
      this.fire(undefined);
      return;
    }
    project.containers = project.containers.filter((candidate) => candidate !== node);
    if (project.containers.length === 0) {
      this.projects.delete(project.name);
      this.fire(undefined);
    } else {
      this.fire(project);
    }
  }

  private sortSiblings(project: ComposeProjectNode | undefined): void {
    const byInfo = (a: ContainerNode, b: ContainerNode): number => compareContainers(a.info, b.info);
    if (project) project.containers.sort(byInfo);
    else this.ungrouped.sort(byInfo);
  }

  private sortProjects(): void {
    const sorted = [...this.projects].sort(([a], [b]) => compareNames(a, b));
    this.projects.clear();
    for (const [name, project] of sorted) this.projects.set(name, project);
  }
}

/** Inserts into a sorted list without re-sorting it: one comparison pass, not n log n. */
function insertSorted(nodes: ContainerNode[], node: ContainerNode): ContainerNode[] {
  const index = nodes.findIndex((candidate) => compareContainers(node.info, candidate.info) < 0);
  return index === -1 ? [...nodes, node] : [...nodes.slice(0, index), node, ...nodes.slice(index)];
}
