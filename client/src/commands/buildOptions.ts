/**
 * The options of a build as "Build Image..." asks for them and "Build Image" reuses them
 * (`vscode`-free): defaults from the Dockerfile's own ARGs and stages (the language server's
 * parse), the last build's choices kept per Dockerfile, and the parsing and checking of what the
 * user types.
 */
import type { DockerfileBuildInfoRequest } from '../../../server/src/lspExt';
import { parseSecretSpec, type SecretSpec } from '../buildkit/secrets';
import { Localizable, msg } from './localizable';
import { joinEntries, splitEntries, validateEntries, validateEnvEntry, validateImageReference } from './validators';

/** What a build is asked to do, in a form workspace state can keep (no secret values: only where to read them). */
export interface BuildOptions {
  /** Absolute path of the build context. */
  readonly contextDir: string;
  readonly tags: readonly string[];
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly platform?: string;
  readonly noCache: boolean;
  readonly pull: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly secrets: readonly SecretSpec[];
}

/** The workspace-state key of a Dockerfile's last build options. */
export function buildOptionsKey(dockerfileUri: string): string {
  return `dockside.build.lastOptions:${dockerfileUri}`;
}

/**
 * The build arguments a Dockerfile offers, as `NAME=default` entries: each ARG with a default,
 * once (the first declaration wins, as a `--build-arg` sets them all), with the last build's
 * values over them.
 */
export function buildArgumentsText(info: DockerfileBuildInfoRequest.Info | undefined, previous?: Readonly<Record<string, string>>): string {
  const values = declaredDefaults(info);
  for (const [name, value] of Object.entries(previous ?? {})) values.set(name, value);
  return joinEntries([...values].map(([name, value]) => `${name}=${value}`));
}

/**
 * The build arguments a build is given (and "Build Image" gives again): those the user set to
 * something other than the Dockerfile's default. One left as offered is not sent, as with
 * `docker build` without `--build-arg`: each stage keeps its own default, a default naming
 * another ARG (`ARG IMAGE=app:$VERSION`) is still expanded, and the next build follows an
 * edited default.
 */
export function changedBuildArguments(info: DockerfileBuildInfoRequest.Info | undefined, entered: Readonly<Record<string, string>>): Record<string, string> {
  const defaults = declaredDefaults(info);
  return Object.fromEntries(Object.entries(entered).filter(([name, value]) => defaults.get(name) !== value));
}

/** Each ARG's default as offered: the first declaration's, as written. */
function declaredDefaults(info: DockerfileBuildInfoRequest.Info | undefined): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const arg of info?.args ?? []) if (arg.defaultValue !== undefined && !defaults.has(arg.name)) defaults.set(arg.name, arg.defaultValue);
  return defaults;
}

/** ARGs declared without a default: named in the prompt, so the user knows they can be given. */
export function argumentsWithoutDefault(info: DockerfileBuildInfoRequest.Info | undefined): string[] {
  const withDefault = new Set((info?.args ?? []).filter((arg) => arg.defaultValue !== undefined).map((arg) => arg.name));
  return [...new Set((info?.args ?? []).map((arg) => arg.name))].filter((name) => !withDefault.has(name));
}

/** `KEY=value` entries (build arguments, labels) into a record; `undefined` when the text does not parse. */
export function parseKeyValues(text: string): Record<string, string> | undefined {
  const entries = splitEntries(text);
  if (!entries || entries.some((entry) => validateEnvEntry(entry) !== undefined)) return undefined;
  return Object.fromEntries(entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

export function validateKeyValues(text: string): Localizable | undefined {
  return validateEntries(text, validateEnvEntry);
}

export function keyValuesText(values: Readonly<Record<string, string>>): string {
  return joinEntries(Object.entries(values).map(([key, value]) => `${key}=${value}`));
}

/** Tags separated by spaces or commas: `app:1.0 app:latest`. */
export function parseTags(text: string): string[] {
  return text.split(/[\s,]+/).filter((tag) => tag !== '');
}

export function validateTags(text: string): Localizable | undefined {
  const tags = parseTags(text);
  if (tags.length === 0) return msg('Enter an image name, e.g. myapp:1.0.');
  for (const tag of tags) {
    const problem = validateImageReference(tag);
    if (problem) return problem;
  }
  return undefined;
}

/** `linux/amd64`, `linux/arm64/v8`: what `--platform` takes. */
export function validatePlatform(text: string): Localizable | undefined {
  if (text === '') return undefined;
  return /^[a-z0-9_]+\/[a-z0-9_]+(\/[a-z0-9_.]+)?$/.test(text) ? undefined : msg('{0} is not a platform: use os/architecture, e.g. linux/arm64.', text);
}

/** Secret specs separated by spaces: `id=npmrc,src=.npmrc id=token,env=TOKEN`. */
export function parseSecrets(text: string): SecretSpec[] | Localizable {
  const specs: SecretSpec[] = [];
  for (const entry of text.split(/\s+/).filter((part) => part !== '')) {
    const spec = parseSecretSpec(entry);
    if ('text' in spec) return spec;
    specs.push(spec);
  }
  return specs;
}

/** The secrets the Dockerfile mounts, each as the last build gave it or, new, read from the variable named like it. */
export function initialSecrets(info: DockerfileBuildInfoRequest.Info | undefined, previous: readonly SecretSpec[] | undefined): SecretSpec[] {
  const ids = [...new Set((info?.secrets ?? []).map((secret) => secret.id))];
  return ids.map((id) => previous?.find((spec) => spec.id === id) ?? { id, env: id });
}

/** A secret mount the build will not be able to fill, and what that does to its RUN. */
export interface MissingSecret {
  readonly id: string;
  readonly line: number;
  /** `required=true`: the RUN fails; otherwise it runs without the file. */
  readonly required: boolean;
}

/** The Dockerfile's secret mounts whose secret is not given, or whose file or variable is missing. */
export function missingSecrets(info: DockerfileBuildInfoRequest.Info | undefined, available: ReadonlySet<string>): MissingSecret[] {
  return (info?.secrets ?? []).filter((secret) => !available.has(secret.id)).map(({ id, line, required }) => ({ id, line, required }));
}
