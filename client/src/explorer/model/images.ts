/**
 * The Images view's model. Any image event (pull, tag, untag, delete, load,
 * import) and a container `commit` re-list the images, one cheap request; only
 * the repositories whose tags changed are redrawn, the top level only when a
 * repository appeared or vanished.
 */
import type { EngineEvent } from '../../engine/events';
import { groupImages } from '../grouping';
import type { ExplorerContext, ExplorerNode } from '../nodes/base';
import { DanglingImageNode, DanglingImagesNode, ImageRepositoryNode, ImageTagNode } from '../nodes/images';
import { CoalescingRunner, EngineTreeModel } from './base';

const unchangedImageActions = new Set(['push', 'save', 'inspect']);

export class ImagesModel extends EngineTreeModel {
  private repositories = new Map<string, ImageRepositoryNode>();
  private readonly dangling: DanglingImagesNode;
  private readonly relister = new CoalescingRunner<'images'>(() => this.relist());

  constructor(ctx: ExplorerContext) {
    super(ctx);
    this.dangling = new DanglingImagesNode(ctx);
  }

  /** The node of `repo:tag`, if listed (tests). */
  findTag(repository: string, tag: string): ImageTagNode | undefined {
    return this.repositories.get(repository)?.tags.find((node) => node.entry.tag === tag);
  }

  protected async loadAll(): Promise<void> {
    await this.rebuild();
  }

  protected roots(): ExplorerNode[] {
    return [...this.repositories.values(), ...(this.dangling.images.length > 0 ? [this.dangling] : [])];
  }

  protected clear(): void {
    this.repositories.clear();
    this.dangling.images = [];
  }

  protected accepts(event: EngineEvent): boolean {
    return (event.Type === 'image' && !unchangedImageActions.has(event.Action)) || (event.Type === 'container' && event.Action === 'commit');
  }

  protected applyEvent(): void {
    this.relister.request('images');
  }

  protected emptyMessage(): string {
    return this.ctx.t('No images');
  }

  private async relist(): Promise<void> {
    const changed = await this.rebuild();
    if (!this.isLive) return;
    for (const node of changed) this.fire(node);
  }

  /** Rebuilds from a fresh listing, reusing nodes by name; returns what to redraw (`undefined` = top level). */
  private async rebuild(): Promise<Array<ExplorerNode | undefined>> {
    const groups = groupImages(await this.ctx.engine.docker.listImages());
    const before = new Map([...this.repositories].map(([name, node]) => [name, signature(node.tags.map((tag) => tag.entry))]));
    const danglingBefore = this.dangling.images.map((node) => node.image.Id).join(',');

    const repositories = new Map<string, ImageRepositoryNode>();
    const changed: Array<ExplorerNode | undefined> = [];
    for (const { name, tags } of groups.repositories) {
      const repository = this.repositories.get(name) ?? new ImageRepositoryNode(this.ctx, name);
      const oldTags = new Map(repository.tags.map((node) => [node.entry.tag, node]));
      repository.tags = tags.map((entry) => {
        const node = oldTags.get(entry.tag) ?? new ImageTagNode(this.ctx, repository, entry);
        node.entry = entry;
        return node;
      });
      repositories.set(name, repository);
      if (before.has(name) && before.get(name) !== signature(tags)) changed.push(repository);
    }
    const oldDangling = new Map(this.dangling.images.map((node) => [node.image.Id, node]));
    this.dangling.images = groups.dangling.map((image) => {
      const node = oldDangling.get(image.Id) ?? new DanglingImageNode(this.ctx, this.dangling, image);
      node.image = image;
      return node;
    });
    const danglingAfter = this.dangling.images.map((node) => node.image.Id).join(',');

    const sameRepositories = before.size === repositories.size && [...repositories.keys()].every((name) => before.has(name));
    const danglingShownChanged = (danglingBefore === '') !== (danglingAfter === '');
    this.repositories = repositories;
    if (!sameRepositories || danglingShownChanged) return [undefined];
    if (danglingBefore !== danglingAfter) changed.push(this.dangling);
    return changed;
  }
}

function signature(tags: ReadonlyArray<{ tag: string; image: { Id: string; Size: number } }>): string {
  return tags.map(({ tag, image }) => `${tag}=${image.Id}:${image.Size}`).join(',');
}
