/**
 * What the Containers view knows of compose beyond the engine: the
 * workspace's project definitions and the compose CLI found. The extension
 * feeds it from the language server and the CLI detection
 * (`workspaceSource.ts`); tests and the benchmark feed it directly.
 */
import { Emitter, type Event } from '../engine/emitter';
import type { ComposeCli } from './cli';
import type { ComposeProjectDefinition } from './workspaceProjects';

export type ComposeCliState =
  | { readonly status: 'detecting' }
  | { readonly status: 'found'; readonly cli: ComposeCli }
  /** `tried`: each command with why it did not answer, e.g. `docker compose (not installed)`. */
  | { readonly status: 'notFound'; readonly tried: readonly string[] }
  | { readonly status: 'invalidSetting' };

export interface ComposeWorkspace {
  readonly definitions: readonly ComposeProjectDefinition[];
  readonly cli: ComposeCliState;
  /** Fires when either changes. */
  readonly onDidChange: Event<void>;
}

/** A source whose definitions and CLI state are set from outside (tests, the benchmark, the extension's own source). */
export class ComposeWorkspaceState implements ComposeWorkspace {
  private readonly changeEmitter = new Emitter<void>();
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private currentDefinitions: readonly ComposeProjectDefinition[] = [],
    private currentCli: ComposeCliState = { status: 'detecting' },
  ) {}

  get definitions(): readonly ComposeProjectDefinition[] {
    return this.currentDefinitions;
  }

  get cli(): ComposeCliState {
    return this.currentCli;
  }

  set(change: { definitions?: readonly ComposeProjectDefinition[]; cli?: ComposeCliState }): void {
    if (change.definitions) this.currentDefinitions = change.definitions;
    if (change.cli) this.currentCli = change.cli;
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
