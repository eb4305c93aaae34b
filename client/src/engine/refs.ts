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

/** A Compose project as the engine knows it, from its containers' `com.docker.compose.*` labels. */
export interface ComposeProjectRef {
  readonly name: string;
  /** `com.docker.compose.project.working_dir`, if the containers carry it. */
  readonly workingDir?: string;
  /** `com.docker.compose.project.config_files`, split at commas. */
  readonly configFiles: readonly string[];
}

/** The explorer's Compose project groups (`contextValue` `composeProject`). */
export interface HasComposeProject {
  readonly composeProject: ComposeProjectRef;
}
