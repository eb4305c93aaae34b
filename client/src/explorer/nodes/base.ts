/**
 * Tree nodes, free of `vscode`: each node kind is a class that knows its
 * presentation and its (lazy) children. `treeDataProvider.ts` turns a
 * presentation into a `vscode.TreeItem`; tests and benchmarks read it directly.
 */
import type { EngineAccess } from '../../engine/connection';
import { ContextValue } from '../contextValues';
import type { IconSpec, Translate } from '../format';

export interface NodePresentation {
  /** Unique in its view and stable across refreshes, so VS Code keeps selection and expansion. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon?: IconSpec;
  readonly contextValue: string;
  readonly collapsible: 'none' | 'collapsed' | 'expanded';
  /** A click opens this URL (published ports). */
  readonly openUrl?: string;
  /** A click runs this command ("Load more…", "Log in to …"): its ID and arguments, as data. */
  readonly command?: { readonly id: string; readonly title: string; readonly arguments: readonly unknown[] };
}

/** What nodes need from their surroundings. */
export interface ExplorerContext {
  readonly engine: EngineAccess;
  readonly t: Translate;
  /** For dates and relative ages, e.g. `ko` or `en`. */
  readonly locale: string;
  now(): number;
}

export abstract class ExplorerNode {
  constructor(readonly parent: ExplorerNode | undefined) {}

  abstract present(): NodePresentation;

  /** Children are computed only when VS Code asks (the node is expanded). */
  getChildren(): ExplorerNode[] | Promise<ExplorerNode[]> {
    return [];
  }
}

/** An empty or failed state shown as an item, never as an exception. */
export class MessageNode extends ExplorerNode {
  constructor(
    parent: ExplorerNode | undefined,
    private readonly id: string,
    readonly message: string,
    readonly kind: 'empty' | 'error',
    private readonly detail?: string,
  ) {
    super(parent);
  }

  present(): NodePresentation {
    return {
      id: this.id,
      label: this.message,
      tooltip: this.detail,
      icon: this.kind === 'error' ? { id: 'warning', color: 'problemsWarningIcon.foreground' } : { id: 'info' },
      contextValue: this.kind === 'error' ? ContextValue.errorState : ContextValue.emptyState,
      collapsible: 'none',
    };
  }
}

/** A short, single-line reason for a failed request (the engine's message when it sent one). */
export function errorMessage(error: unknown): string {
  const fields = error as { json?: { message?: unknown }; message?: unknown } | undefined;
  if (typeof fields?.json?.message === 'string') return fields.json.message;
  if (typeof fields?.message === 'string') return fields.message.split('\n')[0];
  return String(error);
}

/**
 * The children a lazy request yields, or an error item instead of a thrown
 * error (an expanded node whose object vanished meanwhile, an engine gone).
 */
export async function childrenOrError(parent: ExplorerNode, ctx: ExplorerContext, load: () => Promise<ExplorerNode[]>): Promise<ExplorerNode[]> {
  try {
    return await load();
  } catch (error) {
    const id = `${parent.present().id}/error`;
    return [new MessageNode(parent, id, ctx.t('Could not load: {0}', errorMessage(error)), 'error', errorMessage(error))];
  }
}
