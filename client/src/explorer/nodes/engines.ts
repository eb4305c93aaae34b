/** The Contexts view's items: Docker contexts, Podman sockets and the host setting, the one in use checked. */
import type { EngineOption } from '../../engine/choices';
import { defaultContextName } from '../../engine/location';
import { ContextValue } from '../contextValues';
import type { Translate } from '../format';
import { ExplorerNode, type NodePresentation } from './base';

export class EngineOptionNode extends ExplorerNode {
  /** The tooltip of the engine in use (`engineTooltip`), given by the view; others show their endpoint. */
  constructor(
    private readonly t: Translate,
    readonly option: EngineOption,
    private readonly activeTooltip?: string,
  ) {
    super(undefined);
  }

  present(): NodePresentation {
    const { option, t } = this;
    const marks = [...(option.kind === 'context' && option.current ? [t('current')] : []), ...(option.active ? [t('in use')] : [])];
    return {
      id: engineOptionId(option),
      label: engineOptionLabel(option, t),
      description: [option.host, ...marks].filter(Boolean).join(' · '),
      tooltip: option.active && this.activeTooltip ? this.activeTooltip : [option.host, ...(option.kind === 'context' && option.description ? [option.description] : [])].join('\n'),
      icon: option.active ? { id: 'pass-filled', color: 'charts.green' } : { id: option.kind === 'context' ? 'symbol-namespace' : 'plug' },
      contextValue: engineOptionContextValue(option),
      collapsible: 'none',
    };
  }
}

export function engineOptionId(option: EngineOption): string {
  return option.kind === 'context' ? `context:${option.name}` : `${option.kind}:${option.host}`;
}

export function engineOptionLabel(option: EngineOption, t: Translate): string {
  switch (option.kind) {
    case 'context':
      return option.name;
    case 'podman':
      return option.mode === 'rootful' ? t('Podman (rootful)') : t('Podman (rootless)');
    case 'setting':
      return t('The dockside.engine.host setting');
    case 'automatic':
      return t('Automatic: DOCKER_HOST or the current Docker context');
  }
}

/** The CLI's current context and `default` can be used and inspected but never removed. */
export function engineOptionContextValue(option: EngineOption): string {
  if (option.kind !== 'context') return ContextValue.engineSocket;
  return option.current || option.active || option.name === defaultContextName ? ContextValue.currentDockerContext : ContextValue.dockerContext;
}
