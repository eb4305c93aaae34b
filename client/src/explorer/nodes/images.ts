/** Nodes of the Images view: repositories, tags, dangling images, and an image's layers. */
import type Docker from 'dockerode';
import type { EngineObjectRef, HasEngineRef } from '../../engine/refs';
import { ContextValue } from '../contextValues';
import { formatAge, formatBytes, layerInstruction, shortId } from '../format';
import type { ImageTag } from '../grouping';
import { childrenOrError, ExplorerNode, MessageNode, type ExplorerContext, type NodePresentation } from './base';

export class ImageRepositoryNode extends ExplorerNode {
  /** Kept sorted by the model. */
  tags: ImageTagNode[] = [];

  constructor(
    private readonly ctx: ExplorerContext,
    readonly name: string,
  ) {
    super(undefined);
  }

  present(): NodePresentation {
    return {
      id: `repository:${this.name}`,
      label: this.name,
      description: this.tags.length === 1 ? this.ctx.t('1 tag') : this.ctx.t('{0} tags', this.tags.length),
      icon: { id: 'package' },
      contextValue: ContextValue.imageRepository,
      collapsible: 'collapsed',
    };
  }

  getChildren(): ExplorerNode[] {
    return this.tags;
  }
}

export class ImageTagNode extends ExplorerNode implements HasEngineRef {
  constructor(
    private readonly ctx: ExplorerContext,
    parent: ImageRepositoryNode,
    public entry: ImageTag,
  ) {
    super(parent);
  }

  get repoTag(): string {
    return this.entry.tag === '<none>' ? this.entry.repository : `${this.entry.repository}:${this.entry.tag}`;
  }

  get ref(): EngineObjectRef {
    // An image known only by digest is addressed by its ID.
    return { kind: 'image', id: this.entry.image.Id, name: this.entry.tag === '<none>' ? shortId(this.entry.image.Id) : this.repoTag };
  }

  present(): NodePresentation {
    const { image } = this.entry;
    return {
      id: `image:${this.entry.repository}:${this.entry.tag}`,
      label: this.entry.tag,
      description: imageDescription(this.ctx, image),
      tooltip: imageTooltip(this.ctx, image, this.repoTag),
      icon: { id: 'tag' },
      contextValue: ContextValue.image,
      collapsible: 'collapsed',
    };
  }

  getChildren(): Promise<ExplorerNode[]> {
    return layersOf(this.ctx, this, `image:${this.entry.repository}:${this.entry.tag}`, this.entry.image.Id);
  }
}

export class DanglingImagesNode extends ExplorerNode {
  images: DanglingImageNode[] = [];

  constructor(private readonly ctx: ExplorerContext) {
    super(undefined);
  }

  present(): NodePresentation {
    return {
      id: 'dangling',
      label: this.ctx.t('Dangling images'),
      description: String(this.images.length),
      tooltip: this.ctx.t('Images without a tag, usually left behind by rebuilds. "Prune images" removes them.'),
      icon: { id: 'circle-slash' },
      contextValue: ContextValue.danglingImages,
      collapsible: 'collapsed',
    };
  }

  getChildren(): ExplorerNode[] {
    return this.images;
  }
}

export class DanglingImageNode extends ExplorerNode implements HasEngineRef {
  constructor(
    private readonly ctx: ExplorerContext,
    parent: DanglingImagesNode,
    public image: Docker.ImageInfo,
  ) {
    super(parent);
  }

  get ref(): EngineObjectRef {
    return { kind: 'image', id: this.image.Id, name: shortId(this.image.Id) };
  }

  present(): NodePresentation {
    return {
      id: `dangling:${this.image.Id}`,
      label: shortId(this.image.Id),
      description: imageDescription(this.ctx, this.image),
      tooltip: imageTooltip(this.ctx, this.image, shortId(this.image.Id)),
      icon: { id: 'circle-outline' },
      contextValue: ContextValue.danglingImage,
      collapsible: 'collapsed',
    };
  }

  getChildren(): Promise<ExplorerNode[]> {
    return layersOf(this.ctx, this, `dangling:${this.image.Id}`, this.image.Id);
  }
}

/** One entry of `docker image history`: the instruction that made the layer and its size. */
export class ImageLayerNode extends ExplorerNode {
  constructor(
    private readonly ctx: ExplorerContext,
    parent: ExplorerNode,
    private readonly id: string,
    readonly layer: ImageHistoryEntry,
  ) {
    super(parent);
  }

  present(): NodePresentation {
    const instruction = layerInstruction(this.layer.CreatedBy);
    const label = instruction || this.ctx.t('(no instruction recorded)');
    return {
      id: this.id,
      label: label.length > 100 ? `${label.slice(0, 99)}…` : label,
      description: formatBytes(this.layer.Size),
      tooltip: [instruction, `${this.ctx.t('Size')}: ${formatBytes(this.layer.Size)}`, this.layer.Comment].filter(Boolean).join('\n'),
      icon: { id: this.layer.Size > 0 ? 'layers' : 'symbol-property' },
      contextValue: ContextValue.imageLayer,
      collapsible: 'none',
    };
  }
}

/** `GET /images/{id}/history`, newest first. */
export interface ImageHistoryEntry {
  readonly Id: string;
  readonly Created: number;
  readonly CreatedBy: string;
  readonly Size: number;
  readonly Comment?: string;
  readonly Tags?: string[] | null;
}

/** Layers in Dockerfile order (base image first), so they read like the file that built them. */
async function layersOf(ctx: ExplorerContext, parent: ExplorerNode, parentId: string, imageId: string): Promise<ExplorerNode[]> {
  return childrenOrError(parent, ctx, async () => {
    const history = (await ctx.engine.docker.getImage(imageId).history()) as ImageHistoryEntry[];
    if (history.length === 0) return [new MessageNode(parent, `${parentId}/empty`, ctx.t('No history recorded'), 'empty')];
    return [...history].reverse().map((layer, index) => new ImageLayerNode(ctx, parent, `${parentId}/layer:${index}`, layer));
  });
}

/** `7.5 MB · 3 days ago`. */
function imageDescription(ctx: ExplorerContext, image: Docker.ImageInfo): string {
  return `${formatBytes(image.Size)} · ${formatAge(image.Created, ctx.now(), ctx.locale)}`;
}

function imageTooltip(ctx: ExplorerContext, image: Docker.ImageInfo, name: string): string {
  return [
    name,
    `${ctx.t('ID')}: ${shortId(image.Id)}`,
    `${ctx.t('Size')}: ${formatBytes(image.Size)}`,
    `${ctx.t('Created')}: ${new Date(image.Created * 1000).toLocaleString(ctx.locale)}`,
  ].join('\n');
}
