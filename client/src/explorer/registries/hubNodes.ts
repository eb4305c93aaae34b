/** Docker Hub, its namespaces and their repositories (`vscode`-free). */
import type { Page } from '../../registry/distribution';
import type { HubRepository, HubTag } from '../../registry/dockerHub';
import { isAbortError, whileNotAborted } from '../../registry/http';
import type { RegistryEntry } from '../../registry/registrySettings';
import { type HasRegistry } from '../../registry/remoteImages';
import { ExplorerNode, MessageNode, type NodePresentation } from '../nodes/base';
import { describeRegistryProblem } from './format';
import { RegistryContextValue, type RegistriesContext, LoadingNode, PagedNode, logListingFailure, loginNode } from './loading';
import { TagNode } from './tagNodes';

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
