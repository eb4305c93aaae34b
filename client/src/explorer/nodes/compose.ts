/** Nodes of the Containers view's compose projects: a project, and one of its services (whose children are its containers). */
import type Docker from 'dockerode';
import { describeComposeCli } from '../../compose/cli';
import type { ComposeCliState } from '../../compose/source';
import type { ComposeProjectRef, ComposeServiceRef, HasComposeProject, HasComposeService } from '../../engine/refs';
import { composeProjectRef, type ComposeProjectView, type ComposeServiceState, type ComposeServiceView } from '../composeProjects';
import { ContextValue } from '../contextValues';
import { containerName, type IconSpec } from '../format';
import { ExplorerNode, type ExplorerContext, type NodePresentation } from './base';
import { containerRef, type ContainerNode } from './containers';

/** Makes (or reuses) the node of a container under a parent: the model keeps container nodes by ID. */
export type ContainerNodeFactory = (info: Docker.ContainerInfo, parent: ExplorerNode) => ContainerNode;

export class ComposeProjectNode extends ExplorerNode implements HasComposeProject {
  /** Defined services first (file order), then those only containers name. */
  services: ComposeServiceNode[] = [];
  /** Containers with a project label and no service label. */
  loose: ContainerNode[] = [];
  private current!: ComposeProjectView;

  constructor(
    private readonly ctx: ExplorerContext,
    view: ComposeProjectView,
    private readonly cli: () => ComposeCliState,
    containerNode: ContainerNodeFactory,
  ) {
    super(undefined);
    this.update(view, containerNode);
  }

  get view(): ComposeProjectView {
    return this.current;
  }

  get name(): string {
    return this.current.name;
  }

  /** Takes a new view of the project, keeping the nodes of services and containers that remain. */
  update(view: ComposeProjectView, containerNode: ContainerNodeFactory): void {
    this.current = view;
    const previous = new Map(this.services.map((service) => [service.name, service]));
    this.services = view.services.map((service) => {
      const node = previous.get(service.name) ?? new ComposeServiceNode(this.ctx, this, service.name);
      node.update(service, containerNode);
      return node;
    });
    this.loose = view.loose.map((info) => containerNode(info, this));
  }

  get composeProject(): ComposeProjectRef {
    return composeProjectRef(this.current);
  }

  present(): NodePresentation {
    const { running, total, definition, workingDir } = this.current;
    if (this.current.pod) {
      return {
        id: `compose:${this.current.key}`,
        label: this.current.name,
        description: this.ctx.t('{0}/{1} running', running, total),
        tooltip: this.ctx.t('Podman pod'),
        icon: { id: 'package', color: running > 0 ? 'charts.green' : undefined },
        contextValue: ContextValue.pod,
        collapsible: 'expanded',
      };
    }
    const cli = this.cli();
    const tooltip = [
      this.current.name,
      workingDir && this.ctx.t('Folder: {0}', workingDir),
      this.current.configFiles.length > 0 && this.ctx.t('Files: {0}', this.current.configFiles.map(baseName).join(', ')),
      definition && definition.profiles.length > 0 && this.ctx.t('Profiles: {0}', definition.profiles.join(', ')),
      definition && definition.unreadable.length > 0 && this.ctx.t('Could not read: {0}', definition.unreadable.map(baseName).join(', ')),
      cli.status === 'found'
        ? this.ctx.t('Compose CLI: {0}', describeComposeCli(cli.cli))
        : cli.status === 'detecting'
          ? this.ctx.t('Compose CLI: looking for one…')
          : cli.status === 'invalidSetting'
            ? this.ctx.t('Compose CLI: the setting dockside.compose.command is neither "auto" nor an argument array')
            : this.ctx.t('Compose CLI: none found'),
    ];
    const flags = [definition ? '.defined' : '', definition && definition.profiles.length > 0 ? '.profiles' : ''].join('');
    return {
      id: `compose:${this.current.key}`,
      label: this.current.name,
      description: total === 0 ? this.ctx.t('not created') : this.ctx.t('{0}/{1} running', running, total),
      tooltip: tooltip.filter((line): line is string => typeof line === 'string' && line !== '').join('\n'),
      icon: { id: 'layers', color: running > 0 ? 'charts.green' : undefined },
      contextValue: `${ContextValue.composeProject}${flags}`,
      collapsible: 'expanded',
    };
  }

  getChildren(): ExplorerNode[] {
    return [...this.services, ...this.loose];
  }
}

export class ComposeServiceNode extends ExplorerNode implements HasComposeService {
  containers: ContainerNode[] = [];
  private current!: ComposeServiceView;

  constructor(
    private readonly ctx: ExplorerContext,
    readonly project: ComposeProjectNode,
    readonly name: string,
  ) {
    super(project);
  }

  get view(): ComposeServiceView {
    return this.current;
  }

  update(view: ComposeServiceView, containerNode: ContainerNodeFactory): void {
    this.current = view;
    this.containers = view.containers.map((info) => containerNode(info, this));
  }

  get composeService(): ComposeServiceRef {
    const { definition } = this.current;
    return {
      project: this.project.composeProject,
      name: this.name,
      profiles: definition?.profiles ?? [],
      definition: definition && { file: definition.file, line: definition.range.start.line, character: definition.range.start.character },
      builds: definition?.build !== undefined,
      containers: this.current.containers.map(containerRef),
    };
  }

  present(): NodePresentation {
    const { definition, state } = this.current;
    const runs = definition?.image ?? (definition?.build !== undefined ? this.ctx.t('build {0}', definition.build) : undefined);
    const profiles = definition && definition.profiles.length > 0 ? this.ctx.t('profiles: {0}', definition.profiles.join(', ')) : undefined;
    const notDefined = !definition && this.project.view.definition ? this.ctx.t('not in the compose files') : undefined;
    const description = [this.stateText(state), profiles, runs, notDefined].filter((part) => part !== undefined).join(' · ');
    const where = definition ? `${baseName(definition.file)}:${definition.range.start.line + 1}` : undefined;
    return {
      id: `compose:${this.project.view.key}/service:${this.name}`,
      label: this.name,
      description,
      tooltip: [this.name, description, where, ...this.current.containers.map(containerName)].filter((line) => line !== undefined).join('\n'),
      icon: serviceIcon(state),
      contextValue: ContextValue.composeService(state.kind, { defined: definition !== undefined, builds: definition?.build !== undefined }),
      collapsible: this.current.containers.length > 0 ? 'collapsed' : 'none',
    };
  }

  getChildren(): ExplorerNode[] {
    return this.containers;
  }

  private stateText(state: ComposeServiceState): string {
    switch (state.kind) {
      case 'notCreated':
        return this.ctx.t('not created');
      case 'running':
        return this.ctx.t('{0}/{1} running', state.running, state.total);
      case 'restarting':
        return this.ctx.t('restarting');
      case 'paused':
        return this.ctx.t('paused');
      case 'exited':
        return state.exitCode === undefined ? this.ctx.t('exited') : this.ctx.t('exited ({0})', state.exitCode);
      case 'created':
        return this.ctx.t('created');
      case 'dead':
        return this.ctx.t('dead');
    }
  }
}

function serviceIcon(state: ComposeServiceState): IconSpec {
  switch (state.kind) {
    case 'running':
      return state.running === state.total ? { id: 'vm-running', color: 'charts.green' } : { id: 'vm-running', color: 'charts.yellow' };
    case 'restarting':
      return { id: 'sync~spin', color: 'charts.yellow' };
    case 'paused':
      return { id: 'debug-pause', color: 'charts.yellow' };
    case 'exited':
      return (state.exitCode ?? 0) === 0 ? { id: 'vm-outline' } : { id: 'error', color: 'charts.red' };
    case 'dead':
      return { id: 'error', color: 'charts.red' };
    case 'created':
    case 'notCreated':
      return { id: 'circle-large-outline' };
  }
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}
