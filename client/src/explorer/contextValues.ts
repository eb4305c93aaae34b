/**
 * The `contextValue` of every explorer tree item, for `when` clauses in
 * `contributes.menus` (`view == dockside.containers && viewItem =~ /^container\./`).
 *
 *   container.<state>   a container; <state> is the engine's: running, paused,
 *                       restarting, exited, created, dead, removing. Carries
 *                       `ref` (HasEngineRef). Appears in the Containers view and
 *                       as a child of a volume (its users) or a network (attached).
 *   composeProject[.defined][.profiles]
 *                       a Compose project: from the workspace's compose files
 *                       (`.defined`, with `.profiles` when they name any), from
 *                       its containers' labels, or both. Carries `composeProject`
 *                       (HasComposeProject).
 *   composeService.<state>[.defined][.build]
 *                       one service of a project; <state> is notCreated, running,
 *                       restarting, paused, exited, created or dead; `.defined` when
 *                       the files define it, `.build` when it is built from a context.
 *                       Carries `composeService` (HasComposeService).
 *   pod                 a Podman pod's containers, grouped like a project (no compose commands).
 *   port                a container's port; published ones open in the browser on click.
 *   mount               a container's mount (volume, bind, tmpfs).
 *   endpoint            a network a container is attached to.
 *   imageRepository     the tags of one repository.
 *   image               one `repo:tag` of an image. Carries `ref` (name `repo:tag`).
 *   image.dangling      an untagged image. Carries `ref` (name = short ID).
 *   danglingImages      the group of untagged images.
 *   imageLayer          one step of an image's history (size and instruction).
 *   volume              a volume. Carries `ref` (id = name).
 *   network             a user-defined network. Carries `ref`.
 *   network.builtin     bridge, host or none: cannot be removed.
 *   dockerContext       a Docker context that may be removed (Contexts view).
 *   dockerContext.current  the CLI's current context, or `default`: never removed.
 *   engineSocket        a Podman socket or the `dockside.engine.host` setting: can be used.
 *   emptyState          "No containers", "Not used by any container"…
 *   errorState          a listing failed; the label says why.
 *   engineOffline       in the Images, Volumes and Networks views while the engine
 *                       cannot be reached (the Containers view explains).
 *   engineRetry         Retry, or "Connecting…" while a retry runs (Containers view, engine unreachable).
 *   engineSettings      Open Engine Settings (Containers view, engine unreachable).
 *
 * Child kinds deliberately do not start with `container`, `image`, `volume` or
 * `network`, so `viewItem =~ /^container/` style clauses match objects only.
 */
export const ContextValue = {
  container: (state: string): string => `container.${state || 'unknown'}`,
  composeProject: 'composeProject',
  composeService: (state: string, flags: { readonly defined: boolean; readonly builds: boolean }): string =>
    `composeService.${state}${flags.defined ? '.defined' : ''}${flags.builds ? '.build' : ''}`,
  pod: 'pod',
  port: 'port',
  mount: 'mount',
  endpoint: 'endpoint',
  imageRepository: 'imageRepository',
  image: 'image',
  danglingImage: 'image.dangling',
  danglingImages: 'danglingImages',
  imageLayer: 'imageLayer',
  volume: 'volume',
  network: 'network',
  builtinNetwork: 'network.builtin',
  dockerContext: 'dockerContext',
  currentDockerContext: 'dockerContext.current',
  engineSocket: 'engineSocket',
  emptyState: 'emptyState',
  errorState: 'errorState',
  engineOffline: 'engineOffline',
  engineRetry: 'engineRetry',
  engineSettings: 'engineSettings',
} as const;
