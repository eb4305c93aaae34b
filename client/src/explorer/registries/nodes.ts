/**
 * Nodes of the Registries view (`vscode`-free): a registry (or Docker Hub and its namespaces),
 * its repositories, their tags, a multi-platform tag's platforms, and the items that load more,
 * log in or add a repository. Children load when a node is expanded, a page at a time; each
 * node's requests share one AbortController, so collapsing or refreshing the node stops them.
 */
import { setMaxListeners } from 'node:events';
import type { DistributionApi, Page, Platform } from '../../registry/distribution';
import { CatalogUnavailableError, platformLabel } from '../../registry/distribution';
import type { HubRepository, HubTag } from '../../registry/dockerHub';
import { isAbortError, whileNotAborted } from '../../registry/http';
import { RegistryError } from '../../registry/registryClient';
import type { RegistryEntry } from '../../registry/registrySettings';
import type { RegistrySessions } from '../../registry/registrySessions';
import { registryDisplayName } from '../../registry/registryNames';
import { remoteImageReference, type HasRegistry, type HasRemoteImage, type RemoteImageRef } from '../../registry/remoteImages';
import type { Log } from '../../log';
import { untranslated, type Translate } from '../format';
import { ExplorerNode, MessageNode, type NodePresentation } from '../nodes/base';
import { compareTagNames, describeRegistryProblem, platformDescription, tagDescription, tagTooltip, type PlatformView, type TagView } from './format';
import { PagedList, type RequestLimit } from './paging';

/** Commands the view's own items run when clicked (contributed in package.json). */
export const RegistryItemCommands = {
  loadMore: 'dockside.registries.loadMore',
  login: 'dockside.registry.login',
  addRepository: 'dockside.registries.addRepository',
} as const;

/**
 * The `contextValue`s of the Registries view, for `when` clauses:
 *   registry.generic.loggedIn / registry.generic.anonymous   a registry (HasRegistry)
 *   registry.hub.loggedIn / registry.hub.anonymous           Docker Hub (HasRegistry)
 *   registryNamespace                                        a Docker Hub namespace
 *   registryRepository / registryRepository.added            a repository; `.added` came from the setting
 *   registryTag / registryTag.hub                            a tag (HasRemoteImage); Docker Hub's cannot be deleted through its API
 *   registryPlatform                                         one platform's image of a multi-platform tag (HasRemoteImage)
 *   loadMore, registryLogin, registryAddRepository           items that run a command when clicked
 *   emptyState, errorState                                   as in the other views ("does not list its
 *                                                            repositories" is an emptyState)
 */
export const RegistryContextValue = {
  registry: (entry: RegistryEntry) => `registry.${entry.isDockerHub ? 'hub' : 'generic'}.${entry.loggedIn ? 'loggedIn' : 'anonymous'}`,
  namespace: 'registryNamespace',
  repository: (added: boolean) => (added ? 'registryRepository.added' : 'registryRepository'),
  tag: (dockerHub: boolean) => (dockerHub ? 'registryTag.hub' : 'registryTag'),
  platform: 'registryPlatform',
  loadMore: 'loadMore',
  login: 'registryLogin',
  addRepository: 'registryAddRepository',
} as const;

/** What the nodes need from the view. */
export interface RegistriesContext {
  readonly t: Translate;
  readonly locale: string;
  now(): number;
  readonly sessions: RegistrySessions;
  /** The engine's platform: a multi-platform tag's size and age are this one's. */
  readonly platform: Platform;
  /** Repositories (and Docker Hub tags) per page. */
  readonly pageSize: number;
  /** Tags of a registry per page: each costs two or three requests for its details. */
  readonly tagPageSize: number;
  readonly limit: RequestLimit;
  /** Where a listing that failed is logged (the item says it in the user's language). */
  readonly log: Log;
  /** A node's presentation or children changed (`undefined`: the top level). */
  changed(node: ExplorerNode | undefined): void;
}

/** A node's requests in flight, aborted together. */
class Requests {
  private controller = newController();
  private pending = 0;

  async track<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.pending += 1;
    try {
      return await work(this.controller.signal);
    } finally {
      this.pending -= 1;
    }
  }

  /** Aborts what is in flight (later requests get a new signal); true when something was. */
  abort(): boolean {
    const busy = this.pending > 0;
    this.controller.abort();
    this.controller = newController();
    return busy;
  }
}

/** A controller whose signal any number of requests may listen to: a page of 50 tags loads their details under one. */
function newController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

/** The nodes that load: they stop their requests when collapsed, and start over when refreshed. */
export abstract class LoadingNode extends ExplorerNode {
  protected readonly requests = new Requests();

  /** Stops this node's requests and its descendants'; true when any was stopped (the node must be asked again). */
  cancel(): boolean {
    let stopped = this.requests.abort();
    for (const child of this.loadedChildren()) if (child.cancel()) stopped = true;
    return stopped;
  }

  /** Forgets what was loaded: the next expansion asks the registry again. */
  reset(): void {
    this.cancel();
    this.forget();
  }

  protected abstract loadedChildren(): Iterable<LoadingNode>;
  protected abstract forget(): void;
}

/**
 * A node whose children come a page at a time, with "Load more…" after them while there are
 * more. Its child nodes are kept by name, so an expanded child stays what it was when a page
 * is added.
 */
export abstract class PagedNode<T, N extends LoadingNode> extends LoadingNode implements PageOwner {
  protected list: PagedList<T>;
  private readonly nodes = new Map<string, N>();
  private failure: unknown;
  private loading: Promise<void> | undefined;
  private readonly more: LoadMoreNode;

  constructor(
    protected readonly ctx: RegistriesContext,
    parent: ExplorerNode | undefined,
    private readonly pageSize: number,
    private readonly order?: (a: T, b: T) => number,
  ) {
    super(parent);
    this.list = new PagedList(pageSize, order);
    this.more = new LoadMoreNode(ctx, this);
  }

  /** Whether "Load more…" is fetching. */
  get isLoadingMore(): boolean {
    return this.loading !== undefined && this.list.isStarted;
  }

  async getChildren(): Promise<ExplorerNode[]> {
    if (!this.list.isStarted && this.failure === undefined) await this.loadPage();
    if (this.failure !== undefined) return this.failureChildren(this.failure);
    if (!this.list.isStarted) return [];
    const children = this.childrenFor(this.list.shown);
    if (children.length === 0) return [new MessageNode(this, `${this.present().id}/empty`, this.emptyMessage(), 'empty')];
    return this.list.hasMore ? [...children, this.more] : children;
  }

  /** A failed listing is tried again when the node is next expanded. */
  cancel(): boolean {
    const failed = this.failure !== undefined;
    this.failure = undefined;
    return super.cancel() || failed;
  }

  /** Shows one more page, fetching it first when needed. Never rejects: a failure becomes an error item. */
  loadPage(): Promise<void> {
    this.loading ??= this.requests
      .track(async (signal) => {
        try {
          const needed = this.list.needsFetch;
          if (needed) this.list.add(await this.fetchPage(needed.cursor, signal));
          this.list.showMore();
          this.failure = undefined;
        } catch (error) {
          // Cancelled (collapsed, refreshed): nothing failed, and the next expansion starts again.
          if (!isAbortError(error)) this.failure = error;
        }
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }

  protected forget(): void {
    this.list = new PagedList(this.pageSize, this.order);
    this.failure = undefined;
    this.nodes.clear();
  }

  protected loadedChildren(): Iterable<LoadingNode> {
    return this.nodes.values();
  }

  /** The child node named `name`, made once. */
  protected child(name: string, make: () => N): N {
    let node = this.nodes.get(name);
    if (!node) this.nodes.set(name, (node = make()));
    return node;
  }

  protected dropChild(name: string): void {
    this.nodes.delete(name);
  }

  protected abstract fetchPage(cursor: string | undefined, signal: AbortSignal): Promise<Page<T>>;
  protected abstract childrenFor(items: readonly T[]): ExplorerNode[];
  protected abstract emptyMessage(): string;

  /** What stands in for the children when listing failed: "Log in to …" for a refusal, else the reason. */
  protected failureChildren(error: unknown): ExplorerNode[] {
    const id = `${this.present().id}/error`;
    if (error instanceof RegistryError && error.kind === 'unauthorized') return [loginNode(this.ctx, this, error.registry)];
    logListingFailure(this.ctx, this.present().id, error);
    const reason = describeRegistryProblem(this.ctx.t, error);
    return [new MessageNode(this, id, this.ctx.t('Could not load: {0}', reason), 'error', reason)];
  }
}

/** A listing that failed, in English for the log: which node, and why. */
function logListingFailure(ctx: RegistriesContext, nodeId: string, error: unknown): void {
  ctx.log.warn(`Registries: listing ${nodeId} failed: ${describeRegistryProblem(untranslated, error)}`);
}

/** "Log in to registry.example.com…": runs Log In for that registry. */
function loginNode(ctx: RegistriesContext, parent: ExplorerNode, registry: string): ActionNode {
  const host = registryDisplayName(registry);
  return new ActionNode(parent, `${parent.present().id}/login`, ctx.t('Log in to {0}…', host), 'sign-in', RegistryContextValue.login, {
    id: RegistryItemCommands.login,
    title: ctx.t('Log In to Registry...'),
    arguments: [host],
  });
}

/** A registry that speaks the Registry HTTP API: its catalog, a page at a time, and the repositories the setting adds. */
export class RegistryNode extends PagedNode<string, RepositoryNode> implements HasRegistry {
  constructor(
    ctx: RegistriesContext,
    public entry: RegistryEntry,
  ) {
    super(ctx, undefined, ctx.pageSize);
  }

  get registryKey(): string {
    return this.entry.key;
  }

  present(): NodePresentation {
    const sources = [this.entry.loggedIn ? this.ctx.t('Logged in (Docker configuration)') : this.ctx.t('No login'), this.entry.inSettings ? this.ctx.t('Listed in dockside.registries') : undefined];
    return {
      id: `registry:${this.entry.host}`,
      label: this.entry.host,
      description: this.entry.loggedIn ? undefined : this.ctx.t('anonymous'),
      tooltip: [this.entry.host, ...sources.filter(Boolean), this.entry.insecure ? this.ctx.t('Plain HTTP allowed (insecure)') : undefined].filter(Boolean).join('\n'),
      icon: { id: 'database' },
      contextValue: RegistryContextValue.registry(this.entry),
      collapsible: 'collapsed',
    };
  }

  /** A repository of this registry: the catalog's, or one the setting or "Add Repository…" names. */
  repository(name: string): RepositoryNode {
    const node = this.child(name, () => new RepositoryNode(this.ctx, this, name));
    node.added = this.entry.repositories.includes(name);
    return node;
  }

  protected async fetchPage(cursor: string | undefined, signal: AbortSignal): Promise<Page<string>> {
    const api = await whileNotAborted(this.ctx.sessions.distribution(this.entry.key), signal);
    return api.repositories(this.ctx.pageSize, cursor, signal);
  }

  protected emptyMessage(): string {
    return this.ctx.t('No repositories');
  }

  protected childrenFor(names: readonly string[]): ExplorerNode[] {
    const listed = new Set(names);
    // Repositories the user named come first: the catalog may be long, and they asked for these.
    const added = this.entry.repositories.filter((name) => !listed.has(name));
    return [...added, ...names].map((name) => this.repository(name));
  }

  protected failureChildren(error: unknown): ExplorerNode[] {
    if (!(error instanceof CatalogUnavailableError)) return super.failureChildren(error);
    const id = this.present().id;
    return [
      new MessageNode(this, `${id}/catalog`, this.ctx.t('This registry does not list its repositories'), 'empty', error.reason),
      new ActionNode(this, `${id}/add`, this.ctx.t('Add Repository…'), 'add', RegistryContextValue.addRepository, {
        id: RegistryItemCommands.addRepository,
        title: this.ctx.t('Add Repository…'),
        arguments: [this],
      }),
      ...this.entry.repositories.map((name) => this.repository(name)),
    ];
  }
}

/** A repository of a Registry API registry: its tags, a page at a time, each tag's details fetched as it is shown. */
export class RepositoryNode extends PagedNode<string, TagNode> {
  /** Named by the setting or "Add Repository…" (it can be removed from the view). */
  added = false;

  constructor(
    ctx: RegistriesContext,
    readonly registryNode: RegistryNode,
    readonly name: string,
  ) {
    super(ctx, registryNode, ctx.tagPageSize, compareTagNames);
  }

  get registryKey(): string {
    return this.registryNode.registryKey;
  }

  /** For Remove from View (a repository the setting names). */
  get repositoryName(): string {
    return this.name;
  }

  present(): NodePresentation {
    return {
      id: `${this.registryNode.present().id}/repo:${this.name}`,
      label: this.name,
      tooltip: `${this.registryNode.entry.host}/${this.name}`,
      icon: { id: 'package' },
      contextValue: RegistryContextValue.repository(this.added),
      collapsible: 'collapsed',
    };
  }

  /** Takes a deleted tag out of the view. */
  removeTag(tag: string): void {
    this.list.remove((name) => name === tag);
    this.dropChild(tag);
  }

  protected async fetchPage(cursor: string | undefined, signal: AbortSignal): Promise<Page<string>> {
    const api = await whileNotAborted(this.ctx.sessions.distribution(this.registryKey), signal);
    return api.tags(this.name, this.ctx.tagPageSize, cursor, signal);
  }

  protected emptyMessage(): string {
    return this.ctx.t('No tags');
  }

  protected childrenFor(names: readonly string[]): ExplorerNode[] {
    const nodes = names.map((name) => this.child(name, () => new TagNode(this.ctx, this, { registry: this.registryKey, repository: this.name, tag: name }, false)));
    for (const node of nodes) if (node.needsDetails) void this.loadDetails(node);
    return nodes;
  }

  /** A tag's digest, size and age (two or three requests), within the view's limit on requests at once. */
  private async loadDetails(node: TagNode): Promise<void> {
    node.needsDetails = false;
    await this.requests.track(async (signal) => {
      try {
        const api = await whileNotAborted(this.ctx.sessions.distribution(this.registryKey), signal);
        const details = await this.ctx.limit.run(() => api.tagDetails(this.name, node.remoteImage.tag!, this.ctx.platform, signal), signal);
        node.setView({
          digest: details.digest,
          size: details.size,
          time: details.created,
          timeKind: 'created',
          shownPlatform: details.shownPlatform,
          platforms: details.platforms?.map((descriptor) => ({ platform: descriptor.platform ?? { os: 'unknown', architecture: 'unknown' }, digest: descriptor.digest })),
        });
      } catch (error) {
        if (isAbortError(error)) node.needsDetails = true;
        else node.setFailure(describeRegistryProblem(this.ctx.t, error));
      }
    });
    this.ctx.changed(node);
  }
}

/** Docker Hub: the signed-in user's namespace and the ones the setting names. */
export class DockerHubNode extends LoadingNode implements HasRegistry {
  private readonly namespaces = new Map<string, NamespaceNode>();

  constructor(
    private readonly ctx: RegistriesContext,
    public entry: RegistryEntry,
  ) {
    super(undefined);
  }

  get registryKey(): string {
    return this.entry.key;
  }

  present(): NodePresentation {
    return {
      id: 'registry:docker.io',
      label: 'Docker Hub',
      description: this.entry.loggedIn ? 'docker.io' : `docker.io · ${this.ctx.t('anonymous')}`,
      tooltip: ['docker.io', this.entry.loggedIn ? this.ctx.t('Logged in (Docker configuration)') : this.ctx.t('No login')].join('\n'),
      icon: { id: 'cloud' },
      contextValue: RegistryContextValue.registry(this.entry),
      collapsible: 'collapsed',
    };
  }

  async getChildren(): Promise<ExplorerNode[]> {
    let username: string | undefined;
    try {
      username = (await this.requests.track((signal) => whileNotAborted(this.ctx.sessions.hub(), signal))).username;
    } catch (error) {
      if (isAbortError(error)) return [];
      logListingFailure(this.ctx, 'registry:docker.io', error);
      const reason = describeRegistryProblem(this.ctx.t, error);
      return [new MessageNode(this, 'registry:docker.io/error', this.ctx.t('Could not load: {0}', reason), 'error', reason)];
    }
    const names = [...new Set([...(username ? [username] : []), ...this.entry.namespaces, ...this.entry.repositories.map((name) => name.split('/')[0])])];
    const nodes: ExplorerNode[] = names.map((name) => {
      let node = this.namespaces.get(name);
      if (!node) this.namespaces.set(name, (node = new NamespaceNode(this.ctx, this, name, name === username)));
      return node;
    });
    return username ? nodes : [loginNode(this.ctx, this, this.entry.key), ...nodes];
  }

  protected loadedChildren(): Iterable<LoadingNode> {
    return this.namespaces.values();
  }

  protected forget(): void {
    this.namespaces.clear();
  }
}

/** A Docker Hub namespace (a user or an organization): its repositories, a page at a time. */
export class NamespaceNode extends PagedNode<HubRepository, HubRepositoryNode> {
  constructor(
    ctx: RegistriesContext,
    readonly hub: DockerHubNode,
    readonly name: string,
    private readonly own: boolean,
  ) {
    super(ctx, hub, ctx.pageSize);
  }

  present(): NodePresentation {
    return {
      id: `registry:docker.io/ns:${this.name}`,
      label: this.name,
      description: this.own ? this.ctx.t('you') : undefined,
      icon: { id: this.own ? 'account' : 'organization' },
      contextValue: RegistryContextValue.namespace,
      collapsible: 'collapsed',
    };
  }

  protected async fetchPage(cursor: string | undefined, signal: AbortSignal): Promise<Page<HubRepository>> {
    const hub = await whileNotAborted(this.ctx.sessions.hub(), signal);
    return hub.repositories(this.name, this.ctx.pageSize, cursor, signal);
  }

  protected emptyMessage(): string {
    return this.ctx.t('No repositories');
  }

  protected childrenFor(repositories: readonly HubRepository[]): ExplorerNode[] {
    return repositories.map((repository) => {
      const node = this.child(repository.name, () => new HubRepositoryNode(this.ctx, this, repository));
      node.info = repository;
      return node;
    });
  }
}

/** A Docker Hub repository: its tags as Hub lists them (most recently pushed first), sizes and platforms included. */
export class HubRepositoryNode extends PagedNode<HubTag, TagNode> {
  constructor(
    ctx: RegistriesContext,
    readonly namespace: NamespaceNode,
    public info: HubRepository,
  ) {
    super(ctx, namespace, ctx.pageSize);
  }

  get registryKey(): string {
    return this.namespace.hub.registryKey;
  }

  present(): NodePresentation {
    return {
      id: `${this.namespace.present().id}/repo:${this.info.name}`,
      label: this.info.name,
      description: this.info.isPrivate ? this.ctx.t('private') : undefined,
      tooltip: [`${this.info.namespace}/${this.info.name}`, this.info.description].filter(Boolean).join('\n'),
      icon: { id: this.info.isPrivate ? 'lock' : 'package' },
      contextValue: RegistryContextValue.repository(false),
      collapsible: 'collapsed',
    };
  }

  protected async fetchPage(cursor: string | undefined, signal: AbortSignal): Promise<Page<HubTag>> {
    const hub = await whileNotAborted(this.ctx.sessions.hub(), signal);
    return hub.tags(this.info.namespace, this.info.name, this.ctx.pageSize, cursor, signal);
  }

  protected emptyMessage(): string {
    return this.ctx.t('No tags');
  }

  protected childrenFor(tags: readonly HubTag[]): ExplorerNode[] {
    return tags.map((tag) => {
      const ref = { registry: this.registryKey, repository: `${this.info.namespace}/${this.info.name}`, tag: tag.name, digest: tag.digest };
      const node = this.child(tag.name, () => new TagNode(this.ctx, this, ref, true));
      const multiPlatform = tag.images.length > 1;
      node.setView({
        digest: tag.digest ?? (multiPlatform ? undefined : tag.images[0]?.digest),
        size: tag.size,
        time: tag.lastPushed,
        timeKind: 'pushed',
        platforms: multiPlatform ? tag.images.map((image) => ({ platform: image.platform, digest: image.digest, size: image.size })) : undefined,
      });
      return node;
    });
  }
}

/** A tag: its age and size; a multi-platform tag (an index) expands to its platforms. */
export class TagNode extends LoadingNode implements HasRemoteImage {
  /** Whether its details are still to be asked for (the repository node asks). */
  needsDetails: boolean;
  private view: TagView | undefined;
  private failure: string | undefined;
  private readonly platforms = new Map<string, PlatformNode>();

  constructor(
    private readonly ctx: RegistriesContext,
    parent: ExplorerNode,
    private ref: RemoteImageRef,
    private readonly dockerHub: boolean,
  ) {
    super(parent);
    this.needsDetails = !dockerHub;
  }

  get remoteImage(): RemoteImageRef {
    return this.ref;
  }

  get details(): TagView | undefined {
    return this.view;
  }

  setView(view: TagView): void {
    this.view = view;
    this.failure = undefined;
    this.ref = { ...this.ref, digest: view.digest };
  }

  setFailure(reason: string): void {
    this.failure = reason;
  }

  present(): NodePresentation {
    const reference = remoteImageReference(this.ref, 'tag') ?? this.ref.tag ?? '';
    return {
      id: `${this.parent!.present().id}/tag:${this.ref.tag}`,
      label: this.ref.tag ?? '',
      description: this.failure ? this.ctx.t('details unavailable') : tagDescription(this.ctx.t, this.view, this.ctx.now(), this.ctx.locale),
      tooltip: this.failure ? `${reference}\n${this.failure}` : tagTooltip(this.ctx.t, reference, this.view, this.ctx.locale),
      icon: this.failure ? { id: 'warning', color: 'problemsWarningIcon.foreground' } : { id: this.view?.platforms ? 'layers' : 'tag' },
      contextValue: RegistryContextValue.tag(this.dockerHub),
      collapsible: this.view?.platforms && this.view.platforms.length > 0 ? 'collapsed' : 'none',
    };
  }

  getChildren(): ExplorerNode[] {
    const nodes = (this.view?.platforms ?? []).map((view) => {
      const key = view.digest ?? platformLabel(view.platform);
      let node = this.platforms.get(key);
      if (!node) this.platforms.set(key, (node = new PlatformNode(this.ctx, this, view)));
      return node;
    });
    for (const node of nodes) if (node.view.size === undefined && node.view.digest && !node.loading) void this.loadSize(node);
    return nodes;
  }

  /** A platform's image size: its manifest (read once: it is addressed by digest). */
  private async loadSize(node: PlatformNode): Promise<void> {
    node.loading = true;
    await this.requests.track(async (signal) => {
      try {
        const api: DistributionApi = await whileNotAborted(this.ctx.sessions.distribution(this.ref.registry), signal);
        const image = await this.ctx.limit.run(() => api.platformImage(this.ref.repository, { mediaType: '', digest: node.view.digest!, size: 0 }, signal), signal);
        node.view = { ...node.view, size: image.size };
      } catch (error) {
        if (!isAbortError(error)) node.failure = describeRegistryProblem(this.ctx.t, error);
      } finally {
        node.loading = false;
      }
    });
    this.ctx.changed(node);
  }

  protected loadedChildren(): Iterable<LoadingNode> {
    return [];
  }

  protected forget(): void {
    this.view = undefined;
    this.failure = undefined;
    this.needsDetails = !this.dockerHub;
    this.platforms.clear();
  }
}

/** One platform's image of a multi-platform tag: pulled and run by its digest. */
export class PlatformNode extends ExplorerNode implements HasRemoteImage {
  loading = false;
  failure: string | undefined;

  constructor(
    private readonly ctx: RegistriesContext,
    readonly tag: TagNode,
    public view: PlatformView,
  ) {
    super(tag);
  }

  /** By digest only: a pull or run of it gets this platform's image, whatever the engine's platform. */
  get remoteImage(): RemoteImageRef {
    const { registry, repository } = this.tag.remoteImage;
    return { registry, repository, digest: this.view.digest };
  }

  present(): NodePresentation {
    const label = platformLabel(this.view.platform);
    return {
      id: `${this.tag.present().id}/platform:${this.view.digest ?? label}`,
      label,
      description: this.failure ? this.ctx.t('details unavailable') : platformDescription(this.view),
      tooltip: [`${label}`, this.view.digest ? `${this.ctx.t('Digest')}: ${this.view.digest}` : undefined, this.failure].filter(Boolean).join('\n'),
      icon: { id: 'vm' },
      contextValue: RegistryContextValue.platform,
      collapsible: 'none',
    };
  }
}

/** A node with paged children, as its "Load more…" item sees it. */
export interface PageOwner extends ExplorerNode {
  readonly isLoadingMore: boolean;
  loadPage(): Promise<void>;
}

/** "Load more…" after a page of children: clicking it shows the next page. */
export class LoadMoreNode extends ExplorerNode {
  constructor(
    private readonly ctx: RegistriesContext,
    readonly owner: PageOwner,
  ) {
    super(owner);
  }

  present(): NodePresentation {
    const loading = this.owner.isLoadingMore;
    return {
      id: `${this.owner.present().id}/more`,
      label: loading ? this.ctx.t('Loading…') : this.ctx.t('Load more…'),
      icon: { id: loading ? 'loading~spin' : 'ellipsis' },
      contextValue: RegistryContextValue.loadMore,
      collapsible: 'none',
      command: loading ? undefined : { id: RegistryItemCommands.loadMore, title: this.ctx.t('Load more…'), arguments: [this] },
    };
  }
}

/** An item that runs a command when clicked: "Log in to …", "Add Repository…". */
export class ActionNode extends ExplorerNode {
  constructor(
    parent: ExplorerNode | undefined,
    private readonly id: string,
    private readonly label: string,
    private readonly icon: string,
    private readonly contextValue: string,
    private readonly command: NonNullable<NodePresentation['command']>,
  ) {
    super(parent);
  }

  present(): NodePresentation {
    return { id: this.id, label: this.label, icon: { id: this.icon }, contextValue: this.contextValue, collapsible: 'none', command: this.command };
  }
}
