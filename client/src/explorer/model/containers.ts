/**
 * The Containers view's model: compose projects (the workspace's compose
 * files joined with their containers, see ../composeProjects.ts), then every
 * other container.
 *
 * A container event re-reads that one container (`GET /containers/{id}/json`)
 * and fires the smallest node whose presentation or children changed: the
 * container, its service, its project, or the top level. An edit of a compose
 * file (a new set of definitions) fires the services and projects it changed.
 * On Podman, pods group their containers like projects: which pod a container
 * is in comes from the libpod API, read with each listing and when a container
 * joins a pod the model does not know yet.
 */
import type Docker from 'dockerode';
import type { ComposeWorkspace } from '../../compose/source';
import type { Disposable } from '../../engine/emitter';
import { changesContainer, type EngineEvent } from '../../engine/events';
import {
  compareProjects,
  composeLabels,
  composeProjectView,
  containerTree,
  indexDefinitions,
  podOfKey,
  podProjectKey,
  podProjectView,
  projectKeyOf,
  type ComposeDefinitionIndex,
  type ComposeProjectKey,
} from '../composeProjects';
import { containerInfoFromInspect, imageIsId, isBuildStepContainer, statusAges, type ContainerEntry } from '../containerStatus';
import { compareContainers, containerName } from '../format';
import type { ExplorerContext, ExplorerNode } from '../nodes/base';
import { listPodMembers } from '../pods';
import { ComposeProjectNode, ComposeServiceNode } from '../nodes/compose';
import { ContainerNode } from '../nodes/containers';
import { EngineSettingsNode, RetryNode, type RetryStatus } from '../nodes/engineState';
import { CoalescingRunner, EngineTreeModel } from './base';

/** How many containers a listing inspects at once for their start and finish times. */
const inspectBatch = 8;

/** For models without a workspace (tests of the engine side): no definitions, no CLI. */
const noCompose: ComposeWorkspace = { definitions: [], cli: { status: 'notFound', tried: [] }, onDidChange: () => ({ dispose: () => undefined }) };

/** What a project looked like before a change, to fire only what differs. */
interface ProjectSnapshot {
  readonly self: string;
  readonly services: ReadonlyMap<string, string>;
}

export class ContainersModel extends EngineTreeModel {
  private readonly infos = new Map<string, ContainerEntry>();
  /** The project each container belongs to (`undefined`: none). */
  private readonly projectOf = new Map<string, ComposeProjectKey | undefined>();
  private readonly containerNodes = new Map<string, ContainerNode>();
  private readonly projectNodes = new Map<ComposeProjectKey, ComposeProjectNode>();
  /** Sorted, as shown. */
  private projects: ComposeProjectNode[] = [];
  /** How each project was last drawn; what differs from it is fired. */
  private readonly drawn = new Map<ComposeProjectKey, ProjectSnapshot>();
  private ungrouped: ContainerNode[] = [];
  /** Podman only: container ID → the name of its pod. */
  private podOf = new Map<string, string>();
  private index: ComposeDefinitionIndex;
  private readonly refresher = new CoalescingRunner<string>((id) => this.refreshContainer(id));
  private readonly composeSubscription: Disposable;
  private retryStatus: RetryStatus = { kind: 'idle' };
  private readonly containerNode = (info: Docker.ContainerInfo, parent: ExplorerNode | undefined): ContainerNode => {
    const existing = this.containerNodes.get(info.Id);
    if (existing && existing.parent === parent) {
      existing.info = info;
      return existing;
    }
    const node = new ContainerNode(this.ctx, parent, info);
    this.containerNodes.set(info.Id, node);
    return node;
  };

  constructor(
    ctx: ExplorerContext,
    private readonly compose: ComposeWorkspace = noCompose,
  ) {
    super(ctx);
    this.index = indexDefinitions(compose.definitions);
    this.composeSubscription = compose.onDidChange(() => this.composeChanged());
  }

  /** The node of a container, if the model has it (tests, reveal). */
  findContainer(id: string): ContainerNode | undefined {
    return this.containerNodes.get(id);
  }

  /** A compose project's node by name (tests). */
  findProject(name: string): ComposeProjectNode | undefined {
    return this.projects.find((project) => project.name === name);
  }

  get containerCount(): number {
    return this.infos.size;
  }

  override dispose(): void {
    this.composeSubscription.dispose();
    super.dispose();
  }

  /** Retry from the view: its Retry item shows that it is connecting, then, if it failed again, when. */
  async retryEngine(): Promise<void> {
    const before = this.ctx.engine.state;
    this.retryStatus = { kind: 'connecting', host: 'location' in before ? before.location.host || before.location.contextName : '' };
    this.fire(undefined);
    const state = await this.ctx.engine.retry();
    this.retryStatus = state.status === 'connected' ? { kind: 'idle' } : { kind: 'failedAgain', at: this.ctx.now() };
    // Connected, the model lists and redraws by itself.
    if (state.status !== 'connected') this.fire(undefined);
  }

  protected offlineRoots(): ExplorerNode[] {
    return [new RetryNode(this.ctx, this.retryStatus), new EngineSettingsNode(this.ctx)];
  }

  protected async loadAll(): Promise<void> {
    const [listed, pods] = await Promise.all([this.ctx.engine.docker.listContainers({ all: true }), this.listPods()]);
    const infos = await withInspections(listed, (id) => this.inspect(id));
    this.podOf = pods;
    this.infos.clear();
    for (const info of infos) this.infos.set(info.Id, info);
    this.rebuild();
  }

  protected roots(): ExplorerNode[] {
    return [...this.projects, ...this.ungrouped];
  }

  protected clear(): void {
    this.infos.clear();
    this.podOf.clear();
    this.projectOf.clear();
    this.containerNodes.clear();
    this.projectNodes.clear();
    this.drawn.clear();
    this.projects = [];
    this.ungrouped = [];
  }

  protected accepts(event: EngineEvent): boolean {
    // An event without a container ID would be read as `GET /containers//json`, which the engine answers with a redirect.
    return event.Type === 'container' && event.Actor.ID !== '' && changesContainer(event.Action);
  }

  protected applyEvent(event: EngineEvent): void {
    const podId = event.Actor.Attributes?.podId;
    if (podId && !this.podOf.has(event.Actor.ID)) {
      // A container created in a pod: learn the pod before placing the container.
      void this.listPods().then(
        (pods) => {
          this.podOf = pods;
          this.refresher.request(event.Actor.ID);
        },
        () => this.refresher.request(event.Actor.ID),
      );
      return;
    }
    this.refresher.request(event.Actor.ID);
  }

  protected emptyMessage(): string {
    return this.ctx.t('No containers');
  }

  /** Every node from the current containers and definitions, reusing the nodes that remain. */
  private rebuild(): void {
    const tree = containerTree(this.compose.definitions, this.infos.values(), (id) => this.podOf.get(id));
    this.projectOf.clear();
    const projects = new Map<ComposeProjectKey, ComposeProjectNode>();
    const seen = new Set<string>();
    const track = (info: Docker.ContainerInfo, parent: ExplorerNode | undefined): ContainerNode => {
      seen.add(info.Id);
      return this.containerNode(info, parent);
    };
    for (const view of tree.projects) {
      const existing = this.projectNodes.get(view.key);
      if (existing) existing.update(view, track);
      projects.set(view.key, existing ?? new ComposeProjectNode(this.ctx, view, () => this.compose.cli, track));
      for (const service of view.services) for (const info of service.containers) this.projectOf.set(info.Id, view.key);
      for (const info of view.loose) this.projectOf.set(info.Id, view.key);
    }
    this.ungrouped = tree.ungrouped.map((info) => track(info, undefined));
    for (const id of [...this.containerNodes.keys()]) if (!seen.has(id)) this.containerNodes.delete(id);
    this.projectNodes.clear();
    this.drawn.clear();
    for (const [key, node] of projects) {
      this.projectNodes.set(key, node);
      this.drawn.set(key, snapshot(node));
    }
    this.projects = [...projects.values()];
  }

  /** New definitions (a compose file was edited, added or removed) or a new CLI: fire what they changed. */
  private composeChanged(): void {
    this.index = indexDefinitions(this.compose.definitions);
    if (!this.isLive) return; // the listing under way, or the first one, builds from the new definitions
    const before = new Map(this.drawn);
    const order = this.projects.map((node) => node.view.key).join('\u0001');
    this.rebuild();
    if (this.projects.map((node) => node.view.key).join('\u0001') !== order) {
      this.fire(undefined);
      return;
    }
    for (const [key, after] of this.drawn) this.fireChanges(this.projectNodes.get(key) as ComposeProjectNode, before.get(key), after);
  }

  private async refreshContainer(id: string): Promise<void> {
    const info = await this.inspect(id);
    if (!this.isLive) return; // a full listing replaced the model meanwhile
    const previous = this.infos.get(id);
    if (!info && !previous) return;
    const oldKey = this.projectOf.get(id);
    const labels = composeLabels((info ?? previous)?.Labels);
    const pod = this.podOf.get(id);
    const newKey = !info ? undefined : labels ? projectKeyOf(labels, this.index) : pod !== undefined ? podProjectKey(pod) : undefined;
    if (info) {
      this.infos.set(id, info);
      this.projectOf.set(id, newKey);
    } else {
      // Gone before anything fires: a listener asking for it must find it gone.
      this.infos.delete(id);
      this.projectOf.delete(id);
      this.containerNodes.delete(id);
    }
    // Compose labels (and a pod) never change on a container: it stays in, or leaves, the group it was in.
    const key = newKey ?? oldKey;
    if (key === undefined) this.updateUngrouped(id, info);
    else this.updateProject(key, id, labels?.service);
  }

  /** Podman's pods by member (empty on a Docker Engine, which has none). */
  private async listPods(): Promise<Map<string, string>> {
    const state = this.ctx.engine.state;
    if (state.status !== 'connected' || state.identity.kind !== 'podman') return new Map();
    return listPodMembers(this.ctx.engine.docker, state.identity.version);
  }

  /** The container's list entry from its live state (see containerStatus.ts); `undefined` once it is gone, or if it is a build step's. */
  private async inspect(id: string): Promise<ContainerEntry | undefined> {
    try {
      const inspected = await this.ctx.engine.docker.getContainer(id).inspect();
      return isBuildStepContainer(inspected) ? undefined : containerInfoFromInspect(inspected, this.ctx.now());
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  /** A container outside any project changed (`info`), appeared, or left the list (`undefined`). */
  private updateUngrouped(id: string, info: ContainerEntry | undefined): void {
    const existing = this.ungrouped.find((node) => node.info.Id === id);
    if (existing && info) {
      const renamed = containerName(existing.info) !== containerName(info);
      existing.info = info;
      // A rename moves it in the sorted list: redraw the top level. Anything else: the node itself.
      if (renamed) this.ungrouped.sort((a, b) => compareContainers(a.info, b.info));
      this.fire(renamed ? undefined : existing);
      return;
    }
    if (existing) {
      this.ungrouped = this.ungrouped.filter((node) => node !== existing);
    } else if (info) {
      this.ungrouped = insertSorted(this.ungrouped, this.containerNode(info, undefined));
    }
    this.fire(undefined);
  }

  /** Recomputes one project after its container `changedId` (of `service`) changed, and fires what differs. */
  private updateProject(key: ComposeProjectKey, changedId: string, service: string | undefined): void {
    const members = [...this.infos.values()].filter((info) => this.projectOf.get(info.Id) === key);
    const definition = this.index.byKey.get(key);
    const existing = this.projectNodes.get(key);
    if (members.length === 0 && !definition) {
      if (!existing) return;
      this.projectNodes.delete(key);
      this.drawn.delete(key);
      this.projects = this.projects.filter((node) => node !== existing);
      this.fire(undefined);
      return;
    }
    const pod = podOfKey(key);
    const view = pod !== undefined ? podProjectView(pod, members) : composeProjectView(key, definition, members);
    if (!existing) {
      const node = new ComposeProjectNode(this.ctx, view, () => this.compose.cli, this.containerNode);
      this.projectNodes.set(key, node);
      this.drawn.set(key, snapshot(node));
      this.projects = [...this.projectNodes.values()].sort((a, b) => compareProjects(a.view, b.view));
      this.fire(undefined);
      return;
    }
    const before = this.drawn.get(key);
    existing.update(view, this.containerNode);
    // Only the changed container's service can draw differently: the others keep their snapshot.
    const after = before ? snapshot(existing, { before, service }) : snapshot(existing);
    this.drawn.set(key, after);
    this.fireChanges(existing, before, after, this.containerNodes.get(changedId));
  }

  /** Fires the project if it changed itself, else each service that changed, else the changed container. */
  private fireChanges(node: ComposeProjectNode, before: ProjectSnapshot | undefined, after: ProjectSnapshot, changedContainer?: ContainerNode): void {
    if (!before || before.self !== after.self) {
      this.fire(node);
      return;
    }
    let firedParentOfChanged = false;
    for (const service of node.services) {
      if (before.services.get(service.name) === after.services.get(service.name)) continue;
      this.fire(service);
      if (changedContainer?.parent === service) firedParentOfChanged = true;
    }
    if (changedContainer && !firedParentOfChanged) this.fire(changedContainer);
  }
}

/**
 * A project's own presentation and child list, and each service's; equal snapshots draw the same.
 * With `only`, the services other than `only.service` are taken from `only.before` as they were.
 */
function snapshot(node: ComposeProjectNode, only?: { readonly before: ProjectSnapshot; readonly service: string | undefined }): ProjectSnapshot {
  const ids = (containers: readonly ContainerNode[]): string => containers.map((container) => container.info.Id).join(',');
  const drawn = (service: ComposeServiceNode): string => `${JSON.stringify(service.present())}|${ids(service.containers)}`;
  const services = new Map<string, string>();
  for (const service of node.services) {
    const kept = only && service.name !== only.service ? only.before.services.get(service.name) : undefined;
    services.set(service.name, kept ?? drawn(service));
  }
  return { self: `${JSON.stringify(node.present())}|${node.services.map((service) => service.name).join(',')}|${ids(node.loose)}`, services };
}

/**
 * The listing, completed by inspecting (a few at a time) the containers that need it: those whose
 * status text tells a time get the live state it is worked out from (the list's "Up 8 seconds" is
 * true only as listed; see containerStatus.ts), and those named by image ID are checked for build
 * steps, which are left out, as are containers gone meanwhile. An entry whose inspect fails, or
 * whose state moved on (its event re-reads it), stays as listed.
 */
async function withInspections(listed: Docker.ContainerInfo[], inspect: (id: string) => Promise<ContainerEntry | undefined>): Promise<ContainerEntry[]> {
  const entries: Array<ContainerEntry | undefined> = [...listed];
  const needed = listed.flatMap((entry, index) => (statusAges(entry.State) || imageIsId(entry) ? [index] : []));
  for (let start = 0; start < needed.length; start += inspectBatch) {
    await Promise.all(
      needed.slice(start, start + inspectBatch).map(async (index) => {
        const listedEntry = listed[index];
        let entry: ContainerEntry | undefined;
        try {
          entry = await inspect(listedEntry.Id);
        } catch {
          return; // no answer: shown as listed
        }
        if (!entry) entries[index] = undefined;
        else if (entry.liveState?.Status === listedEntry.State) entries[index] = { ...listedEntry, liveState: entry.liveState };
      }),
    );
  }
  return entries.filter((entry): entry is ContainerEntry => entry !== undefined);
}

/** Inserts into a sorted list without re-sorting it: one comparison pass, not n log n. */
function insertSorted(nodes: ContainerNode[], node: ContainerNode): ContainerNode[] {
  const index = nodes.findIndex((candidate) => compareContainers(node.info, candidate.info) < 0);
  return index === -1 ? [...nodes, node] : [...nodes.slice(0, index), node, ...nodes.slice(index)];
}
