/** A registry that speaks the Registry HTTP API, and its repositories (`vscode`-free). */
import type { Page } from '../../registry/distribution';
import { CatalogUnavailableError } from '../../registry/distribution';
import { isAbortError, whileNotAborted } from '../../registry/http';
import type { RegistryEntry } from '../../registry/registrySettings';
import { type HasRegistry } from '../../registry/remoteImages';
import { ExplorerNode, MessageNode, type NodePresentation } from '../nodes/base';
import { compareTagNames, describeRegistryProblem } from './format';
import { RegistryItemCommands, RegistryContextValue, type RegistriesContext, PagedNode, ActionNode } from './loading';
import { TagNode } from './tagNodes';

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
