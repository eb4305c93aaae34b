/**
 * What every node of the Registries view (`vscode`-free) shares: the context, the commands and
 * context values, nodes whose children load a page at a time when expanded (each node's requests
 * share one AbortController, so collapsing or refreshing it stops them), "Load more…" and the items
 * that run a command.
 */
import { setMaxListeners } from 'node:events';
import type { Page, Platform } from '../../registry/distribution';
import { isAbortError } from '../../registry/http';
import { RegistryError } from '../../registry/registryClient';
import type { RegistryEntry } from '../../registry/registrySettings';
import type { RegistrySessions } from '../../registry/registrySessions';
import { registryDisplayName } from '../../registry/registryNames';
import type { Log } from '../../log';
import { untranslated, type Translate } from '../format';
import { ExplorerNode, MessageNode, type NodePresentation } from '../nodes/base';
import { describeRegistryProblem } from './format';
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
export function logListingFailure(ctx: RegistriesContext, nodeId: string, error: unknown): void {
  ctx.log.warn(`Registries: listing ${nodeId} failed: ${describeRegistryProblem(untranslated, error)}`);
}

/** "Log in to registry.example.com…": runs Log In for that registry. */
export function loginNode(ctx: RegistriesContext, parent: ExplorerNode, registry: string): ActionNode {
  const host = registryDisplayName(registry);
  return new ActionNode(parent, `${parent.present().id}/login`, ctx.t('Log in to {0}…', host), 'sign-in', RegistryContextValue.login, {
    id: RegistryItemCommands.login,
    title: ctx.t('Log In to Registry...'),
    arguments: [host],
  });
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
