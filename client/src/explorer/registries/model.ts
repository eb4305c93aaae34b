/**
 * The Registries view's model (`vscode`-free): the registries of the Docker configuration's
 * logins and of the `dockside.registries` setting, read again whenever the top level is asked
 * for; the tree below them loads as it is expanded. Collapsing a node stops its requests;
 * refreshing one forgets what it loaded; a login or logout through the credential store
 * refreshes that registry at once.
 */
import { Emitter, type Disposable } from '../../engine/emitter';
import type { Platform } from '../../registry/distribution';
import type { RegistrySessions } from '../../registry/registrySessions';
import { registryEntries, type RegistrySetting } from '../../registry/registrySettings';
import { hostOfServerAddress } from '../../registry/registryNames';
import { silentLog, type Log } from '../../log';
import { untranslated, type Translate } from '../format';
import { ExplorerNode, MessageNode } from '../nodes/base';
import { describeRegistryProblem } from './format';
import { DockerHubNode } from './hubNodes';
import { ActionNode, LoadingNode, RegistryContextValue, RegistryItemCommands, type LoadMoreNode, type RegistriesContext } from './loading';
import { RegistryNode, RepositoryNode } from './registryNodes';
import type { TagNode } from './tagNodes';
import { RequestLimit } from './paging';

export interface RegistriesModelOptions {
  /** Repositories (and Docker Hub tags) per page; 100. */
  readonly pageSize?: number;
  /** Registry tags per page; 50 (each needs requests of its own for its size and age). */
  readonly tagPageSize?: number;
  /** Requests the view has in flight at most; 4. */
  readonly concurrency?: number;
  /** The platform whose size and age a multi-platform tag shows; this machine's. */
  readonly platform?: Platform;
  /** Where failures are logged; nowhere by default. */
  readonly log?: Log;
}

/** What the model needs besides its sessions: the translator, the display language, the clock. */
export interface RegistriesPresentation {
  readonly t: Translate;
  readonly locale: string;
  now(): number;
}

export class RegistriesModel implements Disposable {
  private readonly changeEmitter = new Emitter<ExplorerNode | undefined>();
  /** The node whose presentation or children changed; `undefined` for the top level. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly ctx: RegistriesContext;
  private readonly roots = new Map<string, RegistryNode | DockerHubNode>();
  private readonly subscriptions: Disposable[] = [];

  constructor(
    presentation: RegistriesPresentation,
    readonly sessions: RegistrySessions,
    private readonly settings: () => readonly RegistrySetting[],
    options: RegistriesModelOptions = {},
  ) {
    this.ctx = {
      ...presentation,
      now: () => presentation.now(),
      sessions,
      platform: options.platform ?? hostPlatform(),
      pageSize: options.pageSize ?? 100,
      tagPageSize: options.tagPageSize ?? 50,
      limit: new RequestLimit(options.concurrency ?? 4),
      log: options.log ?? silentLog,
      changed: (node) => this.changeEmitter.fire(node),
    };
    this.subscriptions.push(sessions.credentials.onDidChange((key) => this.loginChanged(key)));
  }

  /**
   * One node per registry: Docker Hub first, then by name. A Docker configuration that cannot
   * be read is an error item above the registries the setting still names.
   */
  async getRoots(): Promise<ExplorerNode[]> {
    let loggedIn: string[] = [];
    let problem: unknown;
    try {
      loggedIn = await this.sessions.credentials.knownRegistries();
    } catch (error) {
      problem = error;
    }
    const entries = registryEntries(loggedIn, this.settings());
    const seen = new Set<string>();
    const nodes: ExplorerNode[] = entries.map((entry) => {
      seen.add(entry.host);
      const existing = this.roots.get(entry.host);
      if (existing) {
        // A login that came or went changes what the registry shows.
        if (existing.entry.loggedIn !== entry.loggedIn) existing.reset();
        existing.entry = entry;
        return existing;
      }
      const node = entry.isDockerHub ? new DockerHubNode(this.ctx, entry) : new RegistryNode(this.ctx, entry);
      this.roots.set(entry.host, node);
      return node;
    });
    for (const [host, node] of this.roots) {
      if (seen.has(host)) continue;
      node.reset();
      this.roots.delete(host);
    }
    if (problem !== undefined) {
      this.ctx.log.warn(`Registries: the registry logins could not be read: ${describeRegistryProblem(untranslated, problem)}`);
      const reason = describeRegistryProblem(this.ctx.t, problem);
      nodes.unshift(new MessageNode(undefined, 'registries/error', this.ctx.t('Could not read the registry logins: {0}', reason), 'error', reason));
    }
    if (nodes.length > 0) return nodes;
    return [
      new MessageNode(undefined, 'registries/empty', this.ctx.t('No registries: log in to one, or add one to the dockside.registries setting.'), 'empty'),
      new ActionNode(undefined, 'registries/login', this.ctx.t('Log In to Registry...'), 'sign-in', RegistryContextValue.login, {
        id: RegistryItemCommands.login,
        title: this.ctx.t('Log In to Registry...'),
        arguments: [],
      }),
    ];
  }

  /**
   * The Docker configuration changed outside Dockside (`docker login` in a terminal): logins are
   * read again, and the top level lists what is there now; what was loaded stays.
   */
  configurationChanged(): void {
    this.sessions.forget();
    this.changeEmitter.fire(undefined);
  }

  /** The registry node of a host, if the view lists it. */
  registry(registry: string): RegistryNode | DockerHubNode | undefined {
    return this.roots.get(hostOfServerAddress(registry));
  }

  /** Lists everything again: the registries, and each registry's contents once expanded. */
  refresh(): void {
    this.sessions.forget();
    for (const node of this.roots.values()) node.reset();
    this.changeEmitter.fire(undefined);
  }

  /** Loads a node again; for a registry, with its login read again. */
  refreshNode(node: ExplorerNode): void {
    if (!(node instanceof LoadingNode)) return this.refresh();
    if (node instanceof RegistryNode || node instanceof DockerHubNode) this.sessions.forget(node.registryKey);
    node.reset();
    this.changeEmitter.fire(node);
  }

  /** A node was collapsed: its requests stop, and it loads again when expanded. */
  collapsed(node: ExplorerNode): void {
    if (node instanceof LoadingNode && node.cancel()) this.changeEmitter.fire(node);
  }

  /** "Load more…": the next page of its owner's children. */
  async loadMore(item: LoadMoreNode): Promise<void> {
    const loading = item.owner.loadPage();
    // Shows "Loading…" meanwhile.
    this.changeEmitter.fire(item.owner);
    await loading;
    this.changeEmitter.fire(item.owner);
  }

  /** A tag deleted from its registry leaves the view. */
  tagDeleted(node: TagNode): void {
    const repository = node.parent;
    if (!(repository instanceof RepositoryNode) || !node.remoteImage.tag) return;
    repository.removeTag(node.remoteImage.tag);
    this.changeEmitter.fire(repository);
  }

  dispose(): void {
    for (const node of this.roots.values()) node.cancel();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changeEmitter.dispose();
  }

  private loginChanged(key: string): void {
    this.sessions.forget(key);
    this.registry(key)?.reset();
    this.changeEmitter.fire(undefined);
  }
}

/**
 * This machine's platform as images name it (Node's `x64` is `amd64`, `ia32` is `386`). Always
 * `linux`: Docker Desktop on macOS and Windows runs Linux containers in a VM of the same CPU.
 */
export function hostPlatform(arch: string = process.arch): Platform {
  const architectures: Record<string, string> = { x64: 'amd64', ia32: '386', ppc64: 'ppc64le' };
  return { os: 'linux', architecture: architectures[arch] ?? arch };
}
