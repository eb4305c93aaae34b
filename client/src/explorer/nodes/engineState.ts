/**
 * Items shown while the engine cannot be reached. The Containers view's
 * message explains why (engineProblem.ts); under it, Retry and Open Engine
 * Settings. Retry says when it is connecting, and when it failed again. The
 * other views show one line pointing to the Containers view.
 */
import { ContextValue } from '../contextValues';
import { ExplorerNode, type ExplorerContext, type NodePresentation } from './base';

export type RetryStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'connecting'; readonly host: string }
  | { readonly kind: 'failedAgain'; readonly at: number };

export class RetryNode extends ExplorerNode {
  constructor(
    private readonly ctx: ExplorerContext,
    readonly status: RetryStatus,
  ) {
    super(undefined);
  }

  present(): NodePresentation {
    const { t } = this.ctx;
    const common = { id: 'engine/retry', contextValue: ContextValue.engineRetry, collapsible: 'none' } as const;
    switch (this.status.kind) {
      case 'connecting':
        return { ...common, label: t('Connecting to {0}…', this.status.host), icon: { id: 'loading~spin' } };
      case 'failedAgain': {
        const at = new Date(this.status.at).toLocaleTimeString(this.ctx.locale);
        return {
          ...common,
          label: t('Retry'),
          description: t('failed again at {0}', at),
          tooltip: t('The last attempt, at {0}, failed as well. Dockside keeps retrying by itself.', at),
          icon: { id: 'refresh', color: 'problemsWarningIcon.foreground' },
          command: { id: 'dockside.engine.retry', title: t('Retry'), arguments: [] },
        };
      }
      case 'idle':
        return { ...common, label: t('Retry'), tooltip: t('Connect to the Docker Engine now'), icon: { id: 'refresh' }, command: { id: 'dockside.engine.retry', title: t('Retry'), arguments: [] } };
    }
  }
}

export class EngineSettingsNode extends ExplorerNode {
  constructor(private readonly ctx: ExplorerContext) {
    super(undefined);
  }

  present(): NodePresentation {
    return {
      id: 'engine/settings',
      label: this.ctx.t('Open Engine Settings'),
      tooltip: this.ctx.t('Where Dockside looks for the Docker Engine (dockside.engine.host)'),
      icon: { id: 'gear' },
      contextValue: ContextValue.engineSettings,
      collapsible: 'none',
      command: { id: 'dockside.engine.openSettings', title: this.ctx.t('Open Engine Settings'), arguments: [] },
    };
  }
}

/** The one line the Images, Volumes and Networks views show while the engine cannot be reached. */
export class EngineOfflineNode extends ExplorerNode {
  constructor(private readonly ctx: ExplorerContext) {
    super(undefined);
  }

  present(): NodePresentation {
    return {
      id: 'engine/offline',
      label: this.ctx.t('No Docker Engine: see Containers'),
      icon: { id: 'debug-disconnect' },
      contextValue: ContextValue.engineOffline,
      collapsible: 'none',
    };
  }
}
