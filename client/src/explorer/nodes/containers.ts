/** Nodes of the Containers view: containers, and a container's ports, mounts and networks (compose projects: ./compose.ts). */
import type Docker from 'dockerode';
import type { EngineObjectRef, HasEngineRef } from '../../engine/refs';
import { currentStatus, type ContainerEntry } from '../containerStatus';
import { ContextValue } from '../contextValues';
import {
  compareMounts,
  compareNames,
  containerDescription,
  containerIcon,
  containerImage,
  containerName,
  containerPorts,
  mountSource,
  portLabel,
  portUrl,
  shortId,
  type ContainerMount,
  type PublishedPort,
} from '../format';
import { ExplorerNode, type ExplorerContext, type NodePresentation } from './base';

export class ContainerNode extends ExplorerNode implements HasEngineRef {
  constructor(
    private readonly ctx: ExplorerContext,
    /** A compose service (or project, for a container without a service label), or none. */
    parent: ExplorerNode | undefined,
    /** The engine's list entry; replaced in place when the container changes, so the node keeps its identity. */
    public info: ContainerEntry,
  ) {
    super(parent);
  }

  get ref(): EngineObjectRef {
    return containerRef(this.info);
  }

  present(): NodePresentation {
    const { info } = this;
    const hasChildren = (info.Ports?.length ?? 0) + (info.Mounts?.length ?? 0) + Object.keys(info.NetworkSettings?.Networks ?? {}).length > 0;
    const status = currentStatus(info, this.ctx.now());
    return {
      id: `container:${info.Id}`,
      label: containerName(info),
      description: containerDescription(info, status),
      tooltip: [
        containerName(info),
        `${this.ctx.t('ID')}: ${shortId(info.Id)}`,
        `${this.ctx.t('Image')}: ${containerImage(info)}`,
        `${this.ctx.t('Command')}: ${info.Command}`,
        `${this.ctx.t('Status')}: ${status}`,
        `${this.ctx.t('Created')}: ${new Date(info.Created * 1000).toLocaleString(this.ctx.locale)}`,
      ].join('\n'),
      icon: containerIcon(info),
      contextValue: ContextValue.container(info.State),
      collapsible: hasChildren ? 'collapsed' : 'none',
    };
  }

  getChildren(): ExplorerNode[] {
    const { info } = this;
    return [
      ...containerPorts(info.Ports).map((port) => new PortNode(this, port)),
      ...[...(info.Mounts ?? [])].sort(compareMounts).map((mount) => new MountNode(this.ctx, this, mount)),
      ...Object.entries(info.NetworkSettings?.Networks ?? {})
        .sort(([a], [b]) => compareNames(a, b))
        .map(([name, network]) => new EndpointNode(this, name, network)),
    ];
  }
}

export class PortNode extends ExplorerNode {
  constructor(
    readonly container: ContainerNode,
    readonly port: PublishedPort,
  ) {
    super(container);
  }

  present(): NodePresentation {
    const url = portUrl(this.port);
    return {
      id: `container:${this.container.info.Id}/port:${portLabel(this.port)}`,
      label: portLabel(this.port),
      description: url ?? this.port.hostIp,
      tooltip: url,
      icon: { id: url ? 'link-external' : 'plug' },
      contextValue: ContextValue.port,
      collapsible: 'none',
      openUrl: url,
    };
  }
}

export class MountNode extends ExplorerNode {
  constructor(
    private readonly ctx: ExplorerContext,
    readonly container: ContainerNode,
    readonly mount: ContainerMount,
  ) {
    super(container);
  }

  present(): NodePresentation {
    const { mount } = this;
    const readOnly = mount.RW === false ? ` · ${this.ctx.t('read-only')}` : '';
    return {
      id: `container:${this.container.info.Id}/mount:${mount.Destination}`,
      label: mount.Destination,
      description: `${mount.Type} ${mountSource(mount)}${readOnly}`,
      tooltip: `${mount.Type}: ${mount.Source || mount.Name || ''} → ${mount.Destination}`,
      icon: { id: mount.Type === 'volume' ? 'database' : mount.Type === 'bind' ? 'folder' : 'file-binary' },
      contextValue: ContextValue.mount,
      collapsible: 'none',
    };
  }
}

export class EndpointNode extends ExplorerNode {
  constructor(
    readonly container: ContainerNode,
    readonly networkName: string,
    readonly network: Docker.NetworkInfo,
  ) {
    super(container);
  }

  present(): NodePresentation {
    return {
      id: `container:${this.container.info.Id}/network:${this.networkName}`,
      label: this.networkName,
      description: this.network.IPAddress || undefined,
      icon: { id: 'type-hierarchy' },
      contextValue: ContextValue.endpoint,
      collapsible: 'none',
    };
  }
}

/**
 * A container shown under a volume (a user of it) or a network (attached to
 * it). It carries the container's `ref`, so container commands work on it.
 */
export class ContainerLinkNode extends ExplorerNode implements HasEngineRef {
  constructor(
    parent: ExplorerNode,
    private readonly parentId: string,
    readonly info: Docker.ContainerInfo,
    private readonly detail: string | undefined,
  ) {
    super(parent);
  }

  get ref(): EngineObjectRef {
    return containerRef(this.info);
  }

  present(): NodePresentation {
    return {
      id: `${this.parentId}/container:${this.info.Id}`,
      label: containerName(this.info),
      description: this.detail ?? containerDescription(this.info, this.info.Status),
      tooltip: containerDescription(this.info, this.info.Status),
      icon: containerIcon(this.info),
      contextValue: ContextValue.container(this.info.State),
      collapsible: 'none',
    };
  }
}

/** What the container commands act on, from the engine's list entry. */
export function containerRef(info: Docker.ContainerInfo): EngineObjectRef {
  return { kind: 'container', id: info.Id, name: containerName(info), state: info.State };
}
