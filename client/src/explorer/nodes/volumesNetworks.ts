/** Nodes of the Volumes and Networks views; their children are the containers using them. */
import type Docker from 'dockerode';
import type { EngineObjectRef, HasEngineRef } from '../../engine/refs';
import { ContextValue } from '../contextValues';
import { compareContainers, formatBytes, isBuiltinNetwork, networkDriver, shortId } from '../format';
import { childrenOrError, ExplorerNode, MessageNode, type ExplorerContext, type NodePresentation } from './base';
import { ContainerLinkNode } from './containers';

export class VolumeNode extends ExplorerNode implements HasEngineRef {
  /** Set once VS Code asked for the children (the node was expanded): only then do container changes redraw it. */
  childrenShown = false;

  constructor(
    private readonly ctx: ExplorerContext,
    public info: Docker.VolumeInspectInfo,
    /** From `docker system df`, when it was asked for. */
    public usage?: { size: number; refCount: number },
  ) {
    super(undefined);
  }

  get ref(): EngineObjectRef {
    return { kind: 'volume', id: this.info.Name, name: this.info.Name };
  }

  present(): NodePresentation {
    const { info, usage } = this;
    const anonymous = /^[0-9a-f]{64}$/.test(info.Name);
    const size = usage && usage.size >= 0 ? ` · ${formatBytes(usage.size)}` : '';
    return {
      id: `volume:${info.Name}`,
      label: anonymous ? shortId(info.Name) : info.Name,
      description: `${info.Driver}${size}`,
      tooltip: [info.Name, `${this.ctx.t('Driver')}: ${info.Driver}`, `${this.ctx.t('Mount point')}: ${info.Mountpoint}`].join('\n'),
      icon: { id: 'database' },
      contextValue: ContextValue.volume,
      collapsible: 'collapsed',
    };
  }

  getChildren(): Promise<ExplorerNode[]> {
    this.childrenShown = true;
    return containerUsers(this.ctx, this, `volume:${this.info.Name}`, { volume: [this.info.Name] }, this.ctx.t('Not used by any container'), (container) =>
      container.Mounts?.find((mount) => mount.Name === this.info.Name)?.Destination,
    );
  }
}

export class NetworkNode extends ExplorerNode implements HasEngineRef {
  /** Set once VS Code asked for the children (the node was expanded): only then do container changes redraw it. */
  childrenShown = false;

  constructor(
    private readonly ctx: ExplorerContext,
    public info: Docker.NetworkInspectInfo,
  ) {
    super(undefined);
  }

  get ref(): EngineObjectRef {
    return { kind: 'network', id: this.info.Id, name: this.info.Name };
  }

  present(): NodePresentation {
    const { info } = this;
    const subnets = (info.IPAM?.Config ?? []).map((config) => config.Subnet).filter((subnet): subnet is string => Boolean(subnet));
    const driver = networkDriver(info.Driver);
    return {
      id: `network:${info.Id}`,
      label: info.Name,
      // The subnet tells networks apart at a glance (and bridge's driver from its name).
      description: [driver, ...subnets, ...(info.Internal ? [this.ctx.t('internal')] : [])].join(' · '),
      tooltip: [info.Name, `${this.ctx.t('ID')}: ${shortId(info.Id)}`, `${this.ctx.t('Driver')}: ${driver}`, ...subnets].join('\n'),
      icon: { id: 'type-hierarchy' },
      contextValue: isBuiltinNetwork(info.Name) ? ContextValue.builtinNetwork : ContextValue.network,
      collapsible: 'collapsed',
    };
  }

  getChildren(): Promise<ExplorerNode[]> {
    this.childrenShown = true;
    return containerUsers(this.ctx, this, `network:${this.info.Id}`, { network: [this.info.Id] }, this.ctx.t('No containers attached'), (container) => {
      // Podman's endpoints carry the network's name as its ID: the key (the name) matches there.
      const endpoint = Object.entries(container.NetworkSettings?.Networks ?? {}).find(
        ([name, network]) => network.NetworkID === this.info.Id || name === this.info.Name,
      )?.[1];
      return endpoint?.IPAddress || undefined;
    });
  }
}

/**
 * A volume's or network's children: the containers (any state) the engine
 * lists with `filter`, each described by `detail`, what it uses the object as.
 */
function containerUsers(
  ctx: ExplorerContext,
  parent: ExplorerNode,
  parentId: string,
  filter: Record<string, string[]>,
  noneMessage: string,
  detail: (container: Docker.ContainerInfo) => string | undefined,
): Promise<ExplorerNode[]> {
  return childrenOrError(parent, ctx, async () => {
    const users = await ctx.engine.docker.listContainers({ all: true, filters: JSON.stringify(filter) });
    if (users.length === 0) return [new MessageNode(parent, `${parentId}/empty`, noneMessage, 'empty')];
    return users.sort(compareContainers).map((container) => new ContainerLinkNode(parent, parentId, container, detail(container)));
  });
}
