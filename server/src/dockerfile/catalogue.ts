/**
 * What `docker build` (BuildKit, Dockerfile frontend 1.x) accepts, as data:
 * every instruction with its argument shape and flags, the flags' value kinds,
 * `RUN --mount` types and keys, signals, the predefined and automatic build
 * args, and BuildKit's build checks. Diagnostics validate against it;
 * completion and hover list from it.
 */

export type FlagValueKind =
  /** `--link`, `--link=true|false`. */
  | 'boolean'
  | 'string'
  /** One of `values`. */
  | 'enum'
  /** Go duration: `30s`, `1m30s`. */
  | 'duration'
  | 'integer'
  /** `os[/arch[/variant]]`. */
  | 'platform'
  /** A stage name, stage index or image reference. */
  | 'stage'
  /** Octal (`755`) or symbolic (`u+x`) permissions. */
  | 'chmod'
  /** `user[:group]`, names or ids. */
  | 'chown'
  /** `sha256:<hex>`. */
  | 'checksum'
  /** A `.dockerignore`-style pattern. */
  | 'pattern'
  /** `type=…,key=value,…`. */
  | 'mount';

export interface FlagSpec {
  readonly name: string;
  readonly kind: FlagValueKind;
  readonly values?: readonly string[];
  /** May be given several times (`--mount`, `--exclude`). */
  readonly repeatable?: boolean;
  /** Only under a `# syntax=docker/dockerfile:1-labs` frontend. */
  readonly labs?: boolean;
  readonly description: string;
}

export interface InstructionSpec {
  readonly name: string;
  /** The argument shape, as Docker's reference writes it. */
  readonly syntax: readonly string[];
  readonly flags: readonly FlagSpec[];
  /** Fewest and most shell-form words (`undefined`: no limit). */
  readonly minArgs: number;
  readonly maxArgs?: number;
  /** Accepts a JSON array (exec form). */
  readonly jsonForm: boolean;
  /** Accepts `<<EOF` heredocs. */
  readonly heredoc: boolean;
  /** Docker substitutes `$VAR` in its arguments at build time. */
  readonly expandsVariables: boolean;
  readonly allowedInOnbuild: boolean;
  readonly deprecated?: boolean;
  /** Anchor on https://docs.docker.com/reference/dockerfile/. */
  readonly anchor: string;
  readonly description: string;
}

const chownFlag: FlagSpec = { name: 'chown', kind: 'chown', description: 'Owner of the copied files: user[:group], names or numeric ids.' };
const chmodFlag: FlagSpec = { name: 'chmod', kind: 'chmod', description: 'Permissions of the copied files: octal (755) or symbolic (u+x).' };
const linkFlag: FlagSpec = { name: 'link', kind: 'boolean', description: 'Copy into an independent layer that survives changes to earlier layers.' };
const excludeFlag: FlagSpec = { name: 'exclude', kind: 'pattern', repeatable: true, description: 'Leave out files matching a pattern.' };

export const instructionSpecs: readonly InstructionSpec[] = [
  {
    name: 'ADD', syntax: ['ADD [OPTIONS] <src> ... <dest>', 'ADD [OPTIONS] ["<src>", ... "<dest>"]'],
    flags: [
      { name: 'keep-git-dir', kind: 'boolean', description: 'Keep the .git directory when adding a Git repository.' },
      { name: 'checksum', kind: 'checksum', description: 'Verify a remote source against a checksum (sha256:…).' },
      chownFlag, chmodFlag, linkFlag, excludeFlag,
      { name: 'unpack', kind: 'boolean', description: 'Whether to extract a local or remote archive.' },
    ],
    minArgs: 2, jsonForm: true, heredoc: true, expandsVariables: true, allowedInOnbuild: true, anchor: 'add',
    description: 'Copies files, URLs or Git repositories into the image; extracts local tar archives.',
  },
  {
    name: 'ARG', syntax: ['ARG <name>[=<default value>] [<name>[=<default value>]...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'arg',
    description: 'Declares a build argument users can set with `docker build --build-arg`.',
  },
  {
    name: 'CMD', syntax: ['CMD ["executable","param1","param2"]', 'CMD ["param1","param2"]', 'CMD command param1 param2'], flags: [],
    minArgs: 0, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'cmd',
    description: 'The default command of a container started from the image.',
  },
  {
    name: 'COPY', syntax: ['COPY [OPTIONS] <src> ... <dest>', 'COPY [OPTIONS] ["<src>", ... "<dest>"]'],
    flags: [
      { name: 'from', kind: 'stage', description: 'Copy from a build stage, an image or a named context instead of the build context.' },
      chownFlag, chmodFlag, linkFlag,
      { name: 'parents', kind: 'boolean', description: 'Keep the parent directories of the sources.' },
      excludeFlag,
    ],
    minArgs: 2, jsonForm: true, heredoc: true, expandsVariables: true, allowedInOnbuild: true, anchor: 'copy',
    description: 'Copies files from the build context, a stage or an image into the image.',
  },
  {
    name: 'ENTRYPOINT', syntax: ['ENTRYPOINT ["executable", "param1", "param2"]', 'ENTRYPOINT command param1 param2'], flags: [],
    minArgs: 0, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'entrypoint',
    description: 'The executable a container runs; CMD supplies its default arguments.',
  },
  {
    name: 'ENV', syntax: ['ENV <key>=<value> [<key>=<value>...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'env',
    description: 'Sets environment variables for the rest of the build and for containers.',
  },
  {
    name: 'EXPOSE', syntax: ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'expose',
    description: 'Documents the ports the container listens on (publishing needs `docker run -p`).',
  },
  {
    name: 'FROM', syntax: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    flags: [{ name: 'platform', kind: 'platform', description: 'The platform of the base image, e.g. linux/amd64 or $BUILDPLATFORM.' }],
    minArgs: 1, maxArgs: 3, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: false, anchor: 'from',
    description: 'Starts a build stage from a base image.',
  },
  {
    name: 'HEALTHCHECK', syntax: ['HEALTHCHECK [OPTIONS] CMD command', 'HEALTHCHECK NONE'],
    flags: [
      { name: 'interval', kind: 'duration', description: 'Time between checks (default 30s).' },
      { name: 'timeout', kind: 'duration', description: 'Time a check may take before it counts as failed (default 30s).' },
      { name: 'start-period', kind: 'duration', description: 'Grace period at start-up during which failures do not count (default 0s).' },
      { name: 'start-interval', kind: 'duration', description: 'Time between checks during the start period (default 5s).' },
      { name: 'retries', kind: 'integer', description: 'Consecutive failures before the container is unhealthy (default 3).' },
    ],
    minArgs: 1, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'healthcheck',
    description: 'How Docker tests that the container still works.',
  },
  {
    name: 'LABEL', syntax: ['LABEL <key>=<value> [<key>=<value>...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'label',
    description: 'Adds metadata to the image as key-value pairs.',
  },
  {
    name: 'MAINTAINER', syntax: ['MAINTAINER <name>'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: false, allowedInOnbuild: false, deprecated: true, anchor: 'maintainer-deprecated',
    description: 'Deprecated: the author of the image. Use `LABEL org.opencontainers.image.authors=…`.',
  },
  {
    name: 'ONBUILD', syntax: ['ONBUILD <INSTRUCTION>'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: false, allowedInOnbuild: false, anchor: 'onbuild',
    description: 'An instruction that runs later, when another image is built FROM this one.',
  },
  {
    name: 'RUN', syntax: ['RUN [OPTIONS] <command> ...', 'RUN [OPTIONS] [ "<command>", ... ]'],
    flags: [
      { name: 'mount', kind: 'mount', repeatable: true, description: 'Mount a bind, cache, tmpfs, secret or ssh filesystem for this command.' },
      { name: 'network', kind: 'enum', values: ['default', 'none', 'host'], description: 'The network the command runs in.' },
      { name: 'security', kind: 'enum', values: ['sandbox', 'insecure'], description: 'Run with extended privileges (insecure needs the security.insecure entitlement).' },
      { name: 'device', kind: 'string', repeatable: true, labs: true, description: 'Expose a CDI device to the command.' },
    ],
    minArgs: 1, jsonForm: true, heredoc: true, expandsVariables: false, allowedInOnbuild: true, anchor: 'run',
    description: 'Runs a command in a new layer of the image.',
  },
  {
    name: 'SHELL', syntax: ['SHELL ["executable", "parameters"]'], flags: [],
    minArgs: 1, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'shell',
    description: 'The shell that runs shell-form commands (default ["/bin/sh", "-c"]).',
  },
  {
    name: 'STOPSIGNAL', syntax: ['STOPSIGNAL signal'], flags: [],
    minArgs: 1, maxArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'stopsignal',
    description: 'The signal sent to the container to stop it (default SIGTERM).',
  },
  {
    name: 'USER', syntax: ['USER <user>[:<group>]', 'USER UID[:GID]'], flags: [],
    minArgs: 1, maxArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'user',
    description: 'The user (and group) that runs the rest of the build and the container.',
  },
  {
    name: 'VOLUME', syntax: ['VOLUME ["/data"]', 'VOLUME /var/log /var/db'], flags: [],
    minArgs: 1, jsonForm: true, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'volume',
    description: 'Marks a directory as a mount point for volumes.',
  },
  {
    name: 'WORKDIR', syntax: ['WORKDIR /path/to/workdir'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'workdir',
    description: 'The working directory for the following instructions and the container.',
  },
];

export const instructionsByName: ReadonlyMap<string, InstructionSpec> = new Map(instructionSpecs.map((spec) => [spec.name, spec]));
export const instructionNames: readonly string[] = instructionSpecs.map((spec) => spec.name);
export const jsonFormInstructions: ReadonlySet<string> = new Set(instructionSpecs.filter((s) => s.jsonForm).map((s) => s.name));
export const heredocInstructions: ReadonlySet<string> = new Set(instructionSpecs.filter((s) => s.heredoc).map((s) => s.name));
/** Instructions allowed before the first FROM. */
export const beforeFromInstructions: ReadonlySet<string> = new Set(['ARG']);
/** Instructions ONBUILD may not wrap. */
export const notOnbuildTriggers: ReadonlySet<string> = new Set(instructionSpecs.filter((s) => !s.allowedInOnbuild).map((s) => s.name));

const referenceHref = 'https://docs.docker.com/reference/dockerfile/';
const hrefByName: ReadonlyMap<string, string> = new Map(instructionSpecs.map((spec) => [spec.name, `${referenceHref}#${spec.anchor}`]));

/** The Dockerfile reference section of an instruction (the reference's top for an unknown one). */
export function instructionHref(name: string): string {
  return hrefByName.get(name) ?? hrefByName.get(name.toUpperCase()) ?? referenceHref;
}

// ---- RUN --mount ------------------------------------------------------------------------------

export type MountKeyKind = 'path' | 'string' | 'boolean' | 'enum' | 'integer' | 'octal' | 'stage';

export interface MountKeySpec {
  readonly name: string;
  /** Other spellings BuildKit accepts (`dst`, `ro`). */
  readonly aliases?: readonly string[];
  readonly kind: MountKeyKind;
  readonly values?: readonly string[];
  readonly description: string;
}

export interface MountTypeSpec {
  readonly type: 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
  readonly keys: readonly MountKeySpec[];
  readonly description: string;
}

const target: MountKeySpec = { name: 'target', aliases: ['dst', 'destination'], kind: 'path', description: 'Mount path.' };
const source = (what: string): MountKeySpec => ({ name: 'source', aliases: ['src'], kind: 'path', description: what });
const from: MountKeySpec = { name: 'from', kind: 'stage', description: 'Stage, context or image to mount from.' };
const readonly: MountKeySpec = { name: 'readonly', aliases: ['ro'], kind: 'boolean', description: 'Mount read-only.' };
const readwrite: MountKeySpec = { name: 'readwrite', aliases: ['rw'], kind: 'boolean', description: 'Allow writes (they are discarded).' };
const mode = (fallback: string): MountKeySpec => ({ name: 'mode', kind: 'octal', description: `File mode (default ${fallback}).` });
const uid: MountKeySpec = { name: 'uid', kind: 'integer', description: 'User ID of the mount (default 0).' };
const gid: MountKeySpec = { name: 'gid', kind: 'integer', description: 'Group ID of the mount (default 0).' };
const id = (what: string): MountKeySpec => ({ name: 'id', kind: 'string', description: what });
const required: MountKeySpec = { name: 'required', kind: 'boolean', description: 'Fail the build when it is not provided.' };

export const mountTypes: readonly MountTypeSpec[] = [
  {
    type: 'bind', description: 'Bind-mounts a directory of the context, a stage or an image (read-only by default).',
    keys: [target, source('Path in `from` (default: its root).'), from, readwrite, { ...readonly, description: 'Read-only (the default).' }],
  },
  {
    type: 'cache', description: 'A persistent cache directory shared between builds (package managers, compilers).',
    keys: [
      id('Cache ID (default: the target path).'), target, readonly,
      { name: 'sharing', kind: 'enum', values: ['shared', 'private', 'locked'], description: 'How concurrent builds share the cache (default shared).' },
      from, source('Subpath in `from`.'), mode('0755'), uid, gid,
    ],
  },
  {
    type: 'tmpfs', description: 'A tmpfs mount for the command.',
    keys: [target, { name: 'size', kind: 'integer', description: 'Size limit in bytes.' }],
  },
  {
    type: 'secret', description: 'A build secret (`docker build --secret`) without leaving it in the image.',
    keys: [
      id('Secret ID (default: the basename of the target).'), target,
      { name: 'env', kind: 'string', description: 'Expose the secret as this environment variable.' },
      required, mode('0400'), uid, gid,
    ],
  },
  {
    type: 'ssh', description: 'Access to the SSH agent (`docker build --ssh`).',
    keys: [id('SSH agent socket or key ID (default "default").'), target, required, mode('0600'), uid, gid],
  },
];

export const mountTypesByName: ReadonlyMap<string, MountTypeSpec> = new Map(mountTypes.map((spec) => [spec.type, spec]));

/** The key a mount option names, resolving aliases; undefined when the type has no such key. */
export function mountKey(type: MountTypeSpec, key: string): MountKeySpec | undefined {
  const lower = key.toLowerCase();
  return type.keys.find((spec) => spec.name === lower || spec.aliases?.includes(lower));
}

// ---- Values ------------------------------------------------------------------------------------

/** Signal names STOPSIGNAL accepts (also without `SIG`, as numbers, and SIGRTMIN+n / SIGRTMAX-n). */
export const signals: readonly string[] = [
  'SIGABRT', 'SIGALRM', 'SIGBUS', 'SIGCHLD', 'SIGCLD', 'SIGCONT', 'SIGFPE', 'SIGHUP', 'SIGILL', 'SIGINT', 'SIGIO', 'SIGIOT',
  'SIGKILL', 'SIGPIPE', 'SIGPOLL', 'SIGPROF', 'SIGPWR', 'SIGQUIT', 'SIGSEGV', 'SIGSTKFLT', 'SIGSTOP', 'SIGSYS', 'SIGTERM',
  'SIGTRAP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGUNUSED', 'SIGURG', 'SIGUSR1', 'SIGUSR2', 'SIGVTALRM', 'SIGWINCH', 'SIGXCPU',
  'SIGXFSZ', 'SIGRTMIN', 'SIGRTMAX',
];

export const exposeProtocols: readonly string[] = ['tcp', 'udp', 'sctp'];

/** Args every build defines without an ARG (they are not kept in the image history). */
export const proxyArgs: readonly string[] = [
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
];

/** BuildKit's automatic platform args: global scope; inside a stage they need a bare `ARG NAME`. */
export const platformArgs: readonly { name: string; description: string }[] = [
  { name: 'TARGETPLATFORM', description: 'Platform of the build result, e.g. linux/amd64.' },
  { name: 'TARGETOS', description: 'OS component of TARGETPLATFORM.' },
  { name: 'TARGETARCH', description: 'Architecture component of TARGETPLATFORM.' },
  { name: 'TARGETVARIANT', description: 'Variant component of TARGETPLATFORM.' },
  { name: 'BUILDPLATFORM', description: 'Platform of the node doing the build.' },
  { name: 'BUILDOS', description: 'OS component of BUILDPLATFORM.' },
  { name: 'BUILDARCH', description: 'Architecture component of BUILDPLATFORM.' },
  { name: 'BUILDVARIANT', description: 'Variant component of BUILDPLATFORM.' },
];

/** Build args that configure BuildKit itself. */
export const buildkitArgs: readonly string[] = [
  'BUILDKIT_CACHE_MOUNT_NS', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_INLINE_CACHE', 'BUILDKIT_MULTI_PLATFORM',
  'BUILDKIT_SANDBOX_HOSTNAME', 'BUILDKIT_SYNTAX', 'SOURCE_DATE_EPOCH',
];

/** Stage names BuildKit reserves. */
export const reservedStageNames: readonly string[] = ['scratch', 'context'];

export const parserDirectives: readonly { name: string; example: string; description: string }[] = [
  { name: 'syntax', example: '# syntax=docker/dockerfile:1', description: 'The Dockerfile frontend (syntax version) that builds this file.' },
  { name: 'escape', example: '# escape=`', description: 'The escape and line-continuation character: \\ (default) or ` (Windows).' },
  { name: 'check', example: '# check=skip=JSONArgsRecommended;error=true', description: 'Configures build checks: skip some, or fail the build on any.' },
];

// ---- BuildKit build checks ----------------------------------------------------------------------

export interface BuildCheckSpec {
  readonly name: string;
  readonly description: string;
  /** Off unless enabled by `# check=experimental=…`. */
  readonly experimental?: boolean;
}

export const buildChecks: readonly BuildCheckSpec[] = [
  { name: 'ConsistentInstructionCasing', description: 'All instructions should use the same casing.' },
  { name: 'CopyIgnoredFile', description: 'A COPY/ADD source is excluded by .dockerignore.' },
  { name: 'DuplicateStageName', description: 'Stage names must be unique.' },
  { name: 'ExposeInvalidFormat', description: 'EXPOSE takes container ports only, not IP addresses or host ports.' },
  { name: 'ExposeProtoCasing', description: 'EXPOSE protocols should be lowercase.' },
  { name: 'FromAsCasing', description: 'The AS keyword should match the casing of FROM.' },
  { name: 'FromPlatformFlagConstDisallowed', description: 'FROM --platform should not be a constant.' },
  { name: 'InvalidBaseImagePlatform', description: 'The base image is not available for the requested platform.' },
  { name: 'InvalidDefaultArgInFrom', description: 'A FROM image must be valid with the ARGs\' default values.' },
  { name: 'InvalidDefinitionDescription', description: 'Comments before ARG and FROM should start with their name.', experimental: true },
  { name: 'JSONArgsRecommended', description: 'CMD and ENTRYPOINT should use JSON (exec) form so signals reach the process.' },
  { name: 'LegacyKeyValueFormat', description: 'ENV and LABEL should use key=value.' },
  { name: 'MaintainerDeprecated', description: 'MAINTAINER is deprecated; use a LABEL.' },
  { name: 'MultipleInstructionsDisallowed', description: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage applies.' },
  { name: 'NoEmptyContinuation', description: 'Empty lines inside a continuation are deprecated.' },
  { name: 'RedundantTargetPlatform', description: 'FROM --platform=$TARGETPLATFORM is the default and redundant.' },
  { name: 'ReservedStageName', description: 'scratch and context cannot be stage names.' },
  { name: 'SecretsUsedInArgOrEnv', description: 'Secrets in ARG or ENV end up in the image; use secret mounts.' },
  { name: 'StageNameCasing', description: 'Stage names should be lowercase.' },
  { name: 'UndefinedArgInFrom', description: 'FROM uses an ARG that was not declared before it.' },
  { name: 'UndefinedVar', description: 'A variable is used before it is defined.' },
  { name: 'WorkdirRelativePath', description: 'A relative WORKDIR depends on the base image\'s working directory.' },
];

export const buildCheckNames: ReadonlySet<string> = new Set(buildChecks.map((check) => check.name));

/** `JSONArgsRecommended` → https://docs.docker.com/reference/build-checks/json-args-recommended/ */
export function buildCheckHref(name: string): string {
  const kebab = name
    .replace(/JSON/g, 'Json')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return `https://docs.docker.com/reference/build-checks/${kebab}/`;
}
