/**
 * What a command needs to know about the engine object it acts on. Tree items
 * of the explorer carry one (`item.ref`); commands invoked from the palette
 * ask the user to pick one. Commands never depend on the tree classes.
 */
export type EngineObjectKind = 'container' | 'image' | 'volume' | 'network';

export interface EngineObjectRef {
  readonly kind: EngineObjectKind;
  /** Container/image/network ID, or the volume name. */
  readonly id: string;
  /** What the user calls it: container name, `repo:tag`, volume or network name. */
  readonly name: string;
  /** Containers: `running`, `paused`, `exited`, `created`, `restarting`, `dead`. */
  readonly state?: string;
}

/** Anything a command can be invoked on from a view. */
export interface HasEngineRef {
  readonly ref: EngineObjectRef;
}

/** A Compose project: from the workspace's compose files, its containers' `com.docker.compose.*` labels, or both. */
export interface ComposeProjectRef {
  readonly name: string;
  /** The folder of the main file, else `com.docker.compose.project.working_dir`. */
  readonly workingDir?: string;
  /** The workspace's files of the project, else `com.docker.compose.project.config_files` split at commas. */
  readonly configFiles: readonly string[];
  /** Whether the files are the workspace's own (read by the language server), not only named by labels. */
  readonly defined: boolean;
  /** Every profile the files name, sorted (Up with profiles; Down and Stop act on all). */
  readonly profiles: readonly string[];
  /** Every service with its profiles, defined ones in file order. */
  readonly services: ReadonlyArray<{ readonly name: string; readonly profiles: readonly string[] }>;
}

/** The explorer's Compose project groups (`contextValue` `composeProject…`). */
export interface HasComposeProject {
  readonly composeProject: ComposeProjectRef;
}

/** One service of a Compose project. */
export interface ComposeServiceRef {
  readonly project: ComposeProjectRef;
  readonly name: string;
  readonly profiles: readonly string[];
  /** Where the files define it (zero-based line and character), if they do. */
  readonly definition?: { readonly file: string; readonly line: number; readonly character: number };
  /** Whether it is built from a context (Rebuild). */
  readonly builds: boolean;
  /** Its containers, one-off ones included. */
  readonly containers: readonly EngineObjectRef[];
}

/** The explorer's service items (`contextValue` `composeService.…`). */
export interface HasComposeService {
  readonly composeService: ComposeServiceRef;
}
