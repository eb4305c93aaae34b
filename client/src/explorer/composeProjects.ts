/**
 * Compose projects in the Containers view: the workspace's compose files
 * (their definitions) joined with the engine's containers by the labels
 * compose puts on them. Pure functions of the two lists, so the tree model,
 * the tests and the benchmark share them.
 *
 * A project shows every service its files define, created or not, and every
 * service its containers name (one the files no longer define, or a project
 * with no files in the workspace). A service's children are its containers.
 */
import type Docker from 'dockerode';
import type { ComposeProjectDefinition, ComposeServiceDefinition } from '../compose/workspaceProjects';
import type { ComposeProjectRef } from '../engine/refs';
import { compareContainers, compareNames, exitCode } from './format';

/** What compose's labels say of a container. */
export interface ComposeContainerLabels {
  readonly project: string;
  /** Absent on containers that carry a project label only (made by hand, or by other tools). */
  readonly service?: string;
  /** `docker compose run` containers: not counted in the service's state. */
  readonly oneOff: boolean;
  readonly workingDir?: string;
  readonly configFiles: readonly string[];
}

/** podman-compose's own project label (its 1.x versions also set Docker's). */
export const podmanComposeProjectLabel = 'io.podman.compose.project';

/**
 * The compose labels of a container, or `undefined` when it belongs to no project. The label
 * names are compose's; an engine whose compose tool labels differently maps them here.
 */
export function composeLabels(labels: Readonly<Record<string, string>> | undefined): ComposeContainerLabels | undefined {
  const project = labels?.['com.docker.compose.project'] || labels?.[podmanComposeProjectLabel];
  if (!labels || !project) return undefined;
  const workingDir = labels['com.docker.compose.project.working_dir'] || undefined;
  return {
    project,
    service: labels['com.docker.compose.service'] || undefined,
    oneOff: /^true$/i.test(labels['com.docker.compose.oneoff'] ?? ''),
    workingDir,
    configFiles: resolveConfigFiles(labels['com.docker.compose.project.config_files'] ?? '', workingDir),
  };
}

/** The config-files label split at commas; relative files (v1 records them as given) resolved against the working directory. */
function resolveConfigFiles(label: string, workingDir: string | undefined): string[] {
  return label
    .split(',')
    .map((file) => file.trim())
    .filter((file) => file !== '')
    .map((file) => (/^([\\/]|[a-zA-Z]:[\\/])/.test(file) || !workingDir ? file : `${workingDir.replace(/[\\/]+$/, '')}/${file}`));
}

/**
 * Where a project sits in the tree. Projects are told apart by name, as compose does; when two
 * workspace folders define the same name, the second and later are keyed by folder too.
 */
export type ComposeProjectKey = string;

/** The key of every definition, and which definition takes a name's containers. */
export interface ComposeDefinitionIndex {
  readonly byKey: ReadonlyMap<ComposeProjectKey, ComposeProjectDefinition>;
  /** For each name, its definitions' keys; the first takes containers whose working directory matches none. */
  readonly keysByName: ReadonlyMap<string, readonly ComposeProjectKey[]>;
}

export function indexDefinitions(definitions: readonly ComposeProjectDefinition[]): ComposeDefinitionIndex {
  const byKey = new Map<ComposeProjectKey, ComposeProjectDefinition>();
  const keysByName = new Map<string, ComposeProjectKey[]>();
  for (const definition of definitions) {
    const keys = keysByName.get(definition.name) ?? [];
    const key = keys.length === 0 ? definition.name : `${definition.name}\u0000${definition.workingDir}`;
    keys.push(key);
    keysByName.set(definition.name, keys);
    byKey.set(key, definition);
  }
  return { byKey, keysByName };
}

/** The project a container belongs to, given the workspace's definitions. */
export function projectKeyOf(labels: ComposeContainerLabels, index: ComposeDefinitionIndex): ComposeProjectKey {
  const keys = index.keysByName.get(labels.project);
  if (!keys || keys.length === 1) return labels.project;
  return keys.find((key) => sameFolder(index.byKey.get(key)?.workingDir, labels.workingDir)) ?? keys[0];
}

function sameFolder(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.replace(/[\\/]+$/, '') === b.replace(/[\\/]+$/, '');
}

// ---- Service state ------------------------------------------------------------------------------

export type ComposeServiceState =
  | { readonly kind: 'notCreated' }
  | { readonly kind: 'running'; readonly running: number; readonly total: number }
  | { readonly kind: 'restarting' }
  | { readonly kind: 'paused' }
  | { readonly kind: 'exited'; readonly exitCode?: number }
  | { readonly kind: 'created' }
  | { readonly kind: 'dead' };

/**
 * A service's state from its containers (one-off `run` containers left out): restarting wins,
 * then running (how many of how many), then paused; all stopped is exited, with the first
 * non-zero exit code, else 0.
 */
export function serviceState(containers: readonly Docker.ContainerInfo[]): ComposeServiceState {
  if (containers.length === 0) return { kind: 'notCreated' };
  const states = containers.map((container) => container.State);
  if (states.includes('restarting')) return { kind: 'restarting' };
  const running = states.filter((state) => state === 'running').length;
  if (running > 0) return { kind: 'running', running, total: containers.length };
  if (states.includes('paused')) return { kind: 'paused' };
  if (states.every((state) => state === 'created')) return { kind: 'created' };
  if (states.every((state) => state === 'dead')) return { kind: 'dead' };
  const codes = containers.filter((container) => container.State === 'exited').map((container) => exitCode(container.Status));
  return { kind: 'exited', exitCode: codes.find((code) => code !== undefined && code !== 0) ?? codes.find((code) => code !== undefined) };
}

// ---- Views --------------------------------------------------------------------------------------

export interface ComposeServiceView {
  readonly name: string;
  /** What the workspace's files say of it; `undefined` for a service only its containers name. */
  readonly definition?: ComposeServiceDefinition;
  /** Its containers, one-off ones included, in container-number order. */
  readonly containers: readonly Docker.ContainerInfo[];
  readonly state: ComposeServiceState;
}

export interface ComposeProjectView {
  readonly key: ComposeProjectKey;
  readonly name: string;
  /** A Podman pod: grouped like a project, all its containers `loose`, no compose commands. */
  readonly pod?: true;
  readonly definition?: ComposeProjectDefinition;
  /** Defined services in file order, then those only containers name, by name. */
  readonly services: readonly ComposeServiceView[];
  /** Containers with a project label but no service label. */
  readonly loose: readonly Docker.ContainerInfo[];
  /** From the definition, else from the containers' labels. */
  readonly workingDir?: string;
  readonly configFiles: readonly string[];
  readonly running: number;
  readonly total: number;
}

/** One project from its definition (if the workspace has one) and its containers (any order). */
export function composeProjectView(
  key: ComposeProjectKey,
  definition: ComposeProjectDefinition | undefined,
  containers: readonly Docker.ContainerInfo[],
): ComposeProjectView {
  const byService = new Map<string, Docker.ContainerInfo[]>();
  const loose: Docker.ContainerInfo[] = [];
  let labels: ComposeContainerLabels | undefined;
  for (const container of containers) {
    const found = composeLabels(container.Labels);
    labels ??= found;
    const service = found?.service;
    if (service === undefined) {
      loose.push(container);
      continue;
    }
    const members = byService.get(service);
    if (members) members.push(container);
    else byService.set(service, [container]);
  }
  const view = (name: string, serviceDefinition: ComposeServiceDefinition | undefined): ComposeServiceView => {
    const members = (byService.get(name) ?? []).sort(compareContainers);
    const counted = members.filter((container) => !composeLabels(container.Labels)?.oneOff);
    return { name, definition: serviceDefinition, containers: members, state: serviceState(counted) };
  };
  const defined = definition?.services ?? [];
  const definedNames = new Set(defined.map((service) => service.name));
  const undefinedNames = [...byService.keys()].filter((name) => !definedNames.has(name)).sort(compareNames);
  return {
    key,
    name: definition?.name ?? labels?.project ?? key,
    definition,
    services: [...defined.map((service) => view(service.name, service)), ...undefinedNames.map((name) => view(name, undefined))],
    loose: loose.sort(compareContainers),
    workingDir: definition?.workingDir ?? labels?.workingDir,
    configFiles: definition?.files ?? labels?.configFiles ?? [],
    running: containers.filter((container) => container.State === 'running').length,
    total: containers.length,
  };
}

/** A pod's key: compose project names have no `:`, so it is never a project's. */
export function podProjectKey(pod: string): ComposeProjectKey {
  return `pod:${pod}`;
}

/** The pod whose key this is, if it is a pod's. */
export function podOfKey(key: ComposeProjectKey): string | undefined {
  return key.startsWith('pod:') ? key.slice('pod:'.length) : undefined;
}

/** A Podman pod's group: its containers (any order), which compose labels do not claim. */
export function podProjectView(pod: string, containers: readonly Docker.ContainerInfo[]): ComposeProjectView {
  return {
    key: podProjectKey(pod),
    name: pod,
    pod: true,
    services: [],
    loose: [...containers].sort(compareContainers),
    configFiles: [],
    running: containers.filter((container) => container.State === 'running').length,
    total: containers.length,
  };
}

export interface ContainerTree {
  /** By name (then folder, for the rare name two folders share). */
  readonly projects: readonly ComposeProjectView[];
  /** Containers outside any compose project, by name. */
  readonly ungrouped: readonly Docker.ContainerInfo[];
}

/**
 * The whole Containers view: the workspace's projects, the engine's projects (and Podman's pods,
 * `podOf` naming a container's pod), and the rest. Compose labels win over a pod.
 */
export function containerTree(
  definitions: readonly ComposeProjectDefinition[],
  containers: Iterable<Docker.ContainerInfo>,
  podOf: (id: string) => string | undefined = () => undefined,
): ContainerTree {
  const index = indexDefinitions(definitions);
  const members = new Map<ComposeProjectKey, Docker.ContainerInfo[]>([...index.byKey.keys()].map((key) => [key, []]));
  const pods = new Map<string, Docker.ContainerInfo[]>();
  const ungrouped: Docker.ContainerInfo[] = [];
  const add = <K>(groups: Map<K, Docker.ContainerInfo[]>, key: K, container: Docker.ContainerInfo): void => {
    const list = groups.get(key);
    if (list) list.push(container);
    else groups.set(key, [container]);
  };
  for (const container of containers) {
    const labels = composeLabels(container.Labels);
    const pod = labels ? undefined : podOf(container.Id);
    if (labels) add(members, projectKeyOf(labels, index), container);
    else if (pod !== undefined) add(pods, pod, container);
    else ungrouped.push(container);
  }
  return {
    projects: [
      ...[...members].map(([key, list]) => composeProjectView(key, index.byKey.get(key), list)),
      ...[...pods].map(([pod, list]) => podProjectView(pod, list)),
    ].sort(compareProjects),
    ungrouped: ungrouped.sort(compareContainers),
  };
}

export function compareProjects(a: Pick<ComposeProjectView, 'name' | 'workingDir'>, b: Pick<ComposeProjectView, 'name' | 'workingDir'>): number {
  return compareNames(a.name, b.name) || compareNames(a.workingDir ?? '', b.workingDir ?? '');
}

/** What compose commands need of a project. */
export function composeProjectRef(view: ComposeProjectView): ComposeProjectRef {
  return {
    name: view.name,
    workingDir: view.workingDir,
    configFiles: view.configFiles,
    defined: view.definition !== undefined,
    profiles: view.definition?.profiles ?? [],
    services: view.services.map((service) => ({ name: service.name, profiles: service.definition?.profiles ?? [] })),
  };
}

/** The ref of a workspace project, whatever runs of it. */
export function definedProjectRef(definition: ComposeProjectDefinition): ComposeProjectRef {
  return composeProjectRef(composeProjectView(definition.name, definition, []));
}
