/**
 * The workspace's compose projects, before anything runs: which files make a
 * project, what the project is called, and its services merged across its
 * files. Pure: the files' services come from the language server
 * (`dockside/composeServices`), their names and `.env` text from the caller.
 *
 * A project is a folder with one of the names `docker compose` finds by
 * default, plus the `compose.*.yaml` overrides next to it. Every one of its
 * files is passed to the CLI with `--file`, so what the tree shows is what
 * Up starts.
 */
import type { ComposeFileOutline, ComposeServiceOutline } from '../../../server/src/lspExt';

/** In the order compose-go looks for them; the first one present is the project's main file. */
export const defaultComposeFileNames = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;

/** The glob that finds every candidate (and some other names: `isComposeFileName` tells). */
export const composeFileGlob = '**/{compose,docker-compose}*.{yaml,yml}';

const overrideName = /^(docker-)?compose\.[^\\/]+\.ya?ml$/i;

/** A main compose file or an override, by its name. */
export function isComposeFileName(path: string): boolean {
  const { name } = splitPath(path);
  return (defaultComposeFileNames as readonly string[]).includes(name) || overrideName.test(name);
}

/** The files of one project: the main file, then its overrides (`override` first, then by name). */
export interface ComposeProjectFiles {
  /** The folder of the main file: compose's working directory. */
  readonly folder: string;
  readonly files: readonly string[];
}

/** Groups paths (absolute, any separator) into projects, one per folder that has a main file, sorted by folder. */
export function composeProjectFiles(paths: readonly string[]): ComposeProjectFiles[] {
  const byFolder = new Map<string, string[]>();
  for (const path of paths) {
    const { folder } = splitPath(path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
  }
  const projects: ComposeProjectFiles[] = [];
  for (const [folder, inFolder] of byFolder) {
    const named = (name: string) => inFolder.find((path) => splitPath(path).name === name);
    const main = defaultComposeFileNames.map(named).find((path) => path !== undefined);
    if (!main) continue;
    const mainIsDocker = splitPath(main).name.startsWith('docker-');
    const overrides = inFolder
      .filter((path) => {
        const { name } = splitPath(path);
        return overrideName.test(name) && name.startsWith('docker-') === mainIsDocker;
      })
      .sort((a, b) => overrideRank(a) - overrideRank(b) || (a < b ? -1 : a > b ? 1 : 0));
    projects.push({ folder, files: [main, ...overrides] });
  }
  return projects.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}

function overrideRank(path: string): number {
  return /\.override\.ya?ml$/i.test(path) ? 0 : 1;
}

function splitPath(path: string): { folder: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { folder: cut < 0 ? '' : path.slice(0, cut), name: cut < 0 ? path : path.slice(cut + 1) };
}

// ---- Project names ------------------------------------------------------------------------------

/** compose-go's `NormalizeProjectName`: lower case, only `a-z0-9_-`, no leading `_` or `-`. */
export function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/**
 * The project name as compose decides it without `-p`: `COMPOSE_PROJECT_NAME` (the environment,
 * then the project's `.env`), else the files' `name:` (the last file that has one; variables
 * substituted), else the folder's name. Normalized; `undefined` when nothing usable remains.
 */
export function composeProjectName(inputs: {
  readonly folder: string;
  /** `name:` of each file, in file order. */
  readonly nameKeys: ReadonlyArray<string | undefined>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The project folder's `.env` text, if it has one. */
  readonly dotEnv?: string;
}): string | undefined {
  const dotEnv = parseDotEnv(inputs.dotEnv ?? '');
  const lookup = (variable: string): string | undefined => inputs.env[variable] ?? dotEnv.get(variable);
  const candidates = [
    lookup('COMPOSE_PROJECT_NAME'),
    [...inputs.nameKeys].reverse().find((name) => name !== undefined && name.trim() !== ''),
    splitPath(inputs.folder.replace(/[\\/]+$/, '')).name,
  ];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const normalized = normalizeProjectName(interpolate(candidate, lookup));
    if (normalized !== '') return normalized;
  }
  return undefined;
}

/** `KEY=value` lines of a `.env` file (`export`, comments, quotes), as compose reads them for its own variables. */
export function parseDotEnv(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(rawLine);
    if (!match) continue;
    let value = match[2];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    values.set(match[1], value);
  }
  return values;
}

/** `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `$VAR` and `$$`, the forms a `name:` uses. */
export function interpolate(text: string, lookup: (variable: string) => string | undefined): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string | undefined, operator: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    if (whole === '$$') return '$';
    const value = lookup(braced ?? bare ?? '');
    if (operator === ':-') return value === undefined || value === '' ? (fallback ?? '') : value;
    if (operator === '-') return value ?? fallback ?? '';
    return value ?? '';
  });
}

// ---- Projects with their services ---------------------------------------------------------------

/** A service as the project's files define it; `file` is where it is first declared (its definition). */
export interface ComposeServiceDefinition extends ComposeServiceOutline {
  readonly file: string;
}

export interface ComposeProjectDefinition {
  readonly name: string;
  readonly workingDir: string;
  readonly files: readonly string[];
  /** In the order the files declare them. */
  readonly services: readonly ComposeServiceDefinition[];
  /** Every profile any service names, sorted. */
  readonly profiles: readonly string[];
  /** Files the language server could not read (deleted meanwhile, unreadable). */
  readonly unreadable: readonly string[];
}

/**
 * One project from its files and each file's outline (`null`: unreadable). Later files override
 * what earlier ones say of a service (as compose merges them), one key at a time.
 */
export function composeProjectDefinition(
  project: ComposeProjectFiles,
  outlines: ReadonlyArray<ComposeFileOutline | null>,
  naming: { readonly env: Readonly<Record<string, string | undefined>>; readonly dotEnv?: string },
): ComposeProjectDefinition | undefined {
  const name = composeProjectName({ folder: project.folder, nameKeys: outlines.map((outline) => outline?.name), ...naming });
  if (name === undefined) return undefined;
  const services = new Map<string, ComposeServiceDefinition>();
  project.files.forEach((file, index) => {
    for (const service of outlines[index]?.services ?? []) {
      const earlier = services.get(service.name);
      services.set(service.name, earlier ? mergeService(earlier, service) : { ...service, file });
    }
  });
  const all = [...services.values()];
  return {
    name,
    workingDir: project.folder,
    files: project.files,
    services: all,
    profiles: [...new Set(all.flatMap((service) => service.profiles))].sort(),
    unreadable: project.files.filter((_, index) => !outlines[index]),
  };
}

function mergeService(earlier: ComposeServiceDefinition, later: ComposeServiceOutline): ComposeServiceDefinition {
  return {
    ...earlier,
    profiles: later.profiles.length > 0 ? later.profiles : earlier.profiles,
    image: later.image ?? earlier.image,
    build: later.build ?? earlier.build,
    containerName: later.containerName ?? earlier.containerName,
  };
}

/** The `.env*` files among a folder's entries, for "Up with an env file" (`.envrc` is direnv's shell script, not one). */
export function envFileNames(entries: readonly string[]): string[] {
  return entries.filter((name) => name.startsWith('.env') && name !== '.envrc').sort();
}
