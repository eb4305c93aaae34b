/** A repository's tags and a multi-platform tag's platforms (`vscode`-free). */
import type { DistributionApi } from '../../registry/distribution';
import { platformLabel } from '../../registry/distribution';
import { isAbortError, whileNotAborted } from '../../registry/http';
import { remoteImageReference, type HasRemoteImage, type RemoteImageRef } from '../../registry/remoteImages';
import { ExplorerNode, type NodePresentation } from '../nodes/base';
import { describeRegistryProblem, platformDescription, tagDescription, tagTooltip, type PlatformView, type TagView } from './format';
import { RegistryContextValue, type RegistriesContext, LoadingNode } from './loading';

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
