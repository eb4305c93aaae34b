/**
 * What `docker build` (BuildKit, Dockerfile frontend 1.x) accepts, as data:
 * every instruction with its argument shape and flags, the flags' value kinds,
 * `RUN --mount` types and keys, signals, the predefined and automatic build
 * args, and BuildKit's build checks. Diagnostics validate against it;
 * completion and hover list from it, descriptions in both languages.
 */
import type { Localized } from '../service/localized';

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
  readonly description: Localized;
}

export interface InstructionSpec {
  readonly name: string;
  /** The argument shape, as Docker's reference writes it. */
  readonly syntax: readonly string[];
  /** The most used first: completion offers them in this order. */
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
  readonly description: Localized;
}

const chownFlag: FlagSpec = { name: 'chown', kind: 'chown', description: { en: 'Owner of the copied files: user[:group], names or numeric ids.', ko: '복사한 파일의 소유자: user[:group], 이름이나 숫자 ID.' } };
const chmodFlag: FlagSpec = { name: 'chmod', kind: 'chmod', description: { en: 'Permissions of the copied files: octal (755) or symbolic (u+x).', ko: '복사한 파일의 권한: 8진수(755)나 기호(u+x).' } };
const linkFlag: FlagSpec = { name: 'link', kind: 'boolean', description: { en: 'Copy into an independent layer that survives changes to earlier layers.', ko: '앞 레이어가 바뀌어도 다시 만들 필요가 없는 독립 레이어로 복사합니다.' } };
const excludeFlag: FlagSpec = { name: 'exclude', kind: 'pattern', repeatable: true, description: { en: 'Leave out files matching a pattern.', ko: '패턴에 맞는 파일은 빼고 복사합니다.' } };

export const instructionSpecs: readonly InstructionSpec[] = [
  {
    name: 'ADD', syntax: ['ADD [OPTIONS] <src> ... <dest>', 'ADD [OPTIONS] ["<src>", ... "<dest>"]'],
    flags: [
      chownFlag, chmodFlag,
      { name: 'checksum', kind: 'checksum', description: { en: 'Verify a remote source against a checksum (sha256:…).', ko: '원격 소스를 체크섬(sha256:…)으로 검증합니다.' } },
      linkFlag, excludeFlag,
      { name: 'keep-git-dir', kind: 'boolean', description: { en: 'Keep the .git directory when adding a Git repository.', ko: 'Git 저장소를 추가할 때 .git 디렉터리를 남깁니다.' } },
      { name: 'unpack', kind: 'boolean', description: { en: 'Whether to extract a local or remote archive.', ko: '로컬 또는 원격 아카이브를 풀지 정합니다.' } },
    ],
    minArgs: 2, jsonForm: true, heredoc: true, expandsVariables: true, allowedInOnbuild: true, anchor: 'add',
    description: { en: 'Copies files, URLs or Git repositories into the image; extracts local tar archives.', ko: '파일, URL, Git 저장소를 이미지에 복사하고, 로컬 tar 아카이브는 풉니다.' },
  },
  {
    name: 'ARG', syntax: ['ARG <name>[=<default value>] [<name>[=<default value>]...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'arg',
    description: { en: 'Declares a build argument users can set with `docker build --build-arg`.', ko: '`docker build --build-arg`로 정할 수 있는 빌드 인자를 선언합니다.' },
  },
  {
    name: 'CMD', syntax: ['CMD ["executable","param1","param2"]', 'CMD ["param1","param2"]', 'CMD command param1 param2'], flags: [],
    minArgs: 0, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'cmd',
    description: { en: 'The default command of a container started from the image.', ko: '이미지로 시작한 컨테이너의 기본 명령.' },
  },
  {
    name: 'COPY', syntax: ['COPY [OPTIONS] <src> ... <dest>', 'COPY [OPTIONS] ["<src>", ... "<dest>"]'],
    flags: [
      { name: 'from', kind: 'stage', description: { en: 'Copy from a build stage, an image or a named context instead of the build context.', ko: '빌드 컨텍스트 대신 빌드 스테이지, 이미지 또는 이름 있는 컨텍스트에서 복사합니다.' } },
      chownFlag, chmodFlag, linkFlag,
      { name: 'parents', kind: 'boolean', description: { en: 'Keep the parent directories of the sources.', ko: '소스의 상위 디렉터리 구조를 그대로 둡니다.' } },
      excludeFlag,
    ],
    minArgs: 2, jsonForm: true, heredoc: true, expandsVariables: true, allowedInOnbuild: true, anchor: 'copy',
    description: { en: 'Copies files from the build context, a stage or an image into the image.', ko: '빌드 컨텍스트, 스테이지 또는 이미지의 파일을 이미지로 복사합니다.' },
  },
  {
    name: 'ENTRYPOINT', syntax: ['ENTRYPOINT ["executable", "param1", "param2"]', 'ENTRYPOINT command param1 param2'], flags: [],
    minArgs: 0, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'entrypoint',
    description: { en: 'The executable a container runs; CMD supplies its default arguments.', ko: '컨테이너가 실행하는 실행 파일. 기본 인자는 CMD가 줍니다.' },
  },
  {
    name: 'ENV', syntax: ['ENV <key>=<value> [<key>=<value>...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'env',
    description: { en: 'Sets environment variables for the rest of the build and for containers.', ko: '이후 빌드 단계와 컨테이너에서 쓰일 환경 변수를 정합니다.' },
  },
  {
    name: 'EXPOSE', syntax: ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'expose',
    description: { en: 'Documents the ports the container listens on (publishing needs `docker run -p`).', ko: '컨테이너가 듣는 포트를 문서로 남깁니다(게시하려면 `docker run -p`가 필요합니다).' },
  },
  {
    name: 'FROM', syntax: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    flags: [{ name: 'platform', kind: 'platform', description: { en: 'The platform of the base image, e.g. linux/amd64 or $BUILDPLATFORM.', ko: '베이스 이미지의 플랫폼(예: linux/amd64, $BUILDPLATFORM).' } }],
    minArgs: 1, maxArgs: 3, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: false, anchor: 'from',
    description: { en: 'Starts a build stage from a base image.', ko: '베이스 이미지에서 빌드 스테이지를 시작합니다.' },
  },
  {
    name: 'HEALTHCHECK', syntax: ['HEALTHCHECK [OPTIONS] CMD command', 'HEALTHCHECK NONE'],
    flags: [
      { name: 'interval', kind: 'duration', description: { en: 'Time between checks (default 30s).', ko: '검사 간격(기본 30s).' } },
      { name: 'timeout', kind: 'duration', description: { en: 'Time a check may take before it counts as failed (default 30s).', ko: '검사 한 번이 실패로 처리되기까지 걸릴 수 있는 시간(기본 30s).' } },
      { name: 'start-period', kind: 'duration', description: { en: 'Grace period at start-up during which failures do not count (default 0s).', ko: '시작 직후 실패를 세지 않는 유예 시간(기본 0s).' } },
      { name: 'start-interval', kind: 'duration', description: { en: 'Time between checks during the start period (default 5s).', ko: '유예 시간 동안의 검사 간격(기본 5s).' } },
      { name: 'retries', kind: 'integer', description: { en: 'Consecutive failures before the container is unhealthy (default 3).', ko: '컨테이너가 unhealthy가 되기까지의 연속 실패 횟수(기본 3).' } },
    ],
    minArgs: 1, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'healthcheck',
    description: { en: 'How Docker tests that the container still works.', ko: 'Docker가 컨테이너가 제대로 동작하는지 검사하는 방법.' },
  },
  {
    name: 'LABEL', syntax: ['LABEL <key>=<value> [<key>=<value>...]'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'label',
    description: { en: 'Adds metadata to the image as key-value pairs.', ko: '이미지에 키-값 쌍으로 메타데이터를 붙입니다.' },
  },
  {
    name: 'MAINTAINER', syntax: ['MAINTAINER <name>'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: false, allowedInOnbuild: false, deprecated: true, anchor: 'maintainer-deprecated',
    description: { en: 'Deprecated: the author of the image. Use `LABEL org.opencontainers.image.authors=…`.', ko: '더 이상 쓰지 않음: 이미지 작성자. `LABEL org.opencontainers.image.authors=…`를 쓰세요.' },
  },
  {
    name: 'ONBUILD', syntax: ['ONBUILD <INSTRUCTION>'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: false, allowedInOnbuild: false, anchor: 'onbuild',
    description: { en: 'An instruction that runs later, when another image is built FROM this one.', ko: '다른 이미지가 이 이미지를 FROM으로 빌드할 때 그제서야 실행되는 명령어.' },
  },
  {
    name: 'RUN', syntax: ['RUN [OPTIONS] <command> ...', 'RUN [OPTIONS] [ "<command>", ... ]'],
    flags: [
      { name: 'mount', kind: 'mount', repeatable: true, description: { en: 'Mount a bind, cache, tmpfs, secret or ssh filesystem for this command.', ko: '이 명령에 bind, cache, tmpfs, secret, ssh 파일 시스템을 마운트합니다.' } },
      { name: 'network', kind: 'enum', values: ['default', 'none', 'host'], description: { en: 'The network the command runs in.', ko: '명령이 실행될 네트워크.' } },
      { name: 'security', kind: 'enum', values: ['sandbox', 'insecure'], description: { en: 'Run with extended privileges (insecure needs the security.insecure entitlement).', ko: '확장 권한으로 실행합니다(insecure에는 security.insecure 권한 허용이 필요합니다).' } },
      { name: 'device', kind: 'string', repeatable: true, labs: true, description: { en: 'Expose a CDI device to the command.', ko: '명령에 CDI 장치를 노출합니다.' } },
    ],
    minArgs: 1, jsonForm: true, heredoc: true, expandsVariables: false, allowedInOnbuild: true, anchor: 'run',
    description: { en: 'Runs a command in a new layer of the image.', ko: '이미지의 새 레이어에서 명령을 실행합니다.' },
  },
  {
    name: 'SHELL', syntax: ['SHELL ["executable", "parameters"]'], flags: [],
    minArgs: 1, jsonForm: true, heredoc: false, expandsVariables: false, allowedInOnbuild: true, anchor: 'shell',
    description: { en: 'The shell that runs shell-form commands (default ["/bin/sh", "-c"]).', ko: '셸 형식 명령을 실행할 셸(기본 ["/bin/sh", "-c"]).' },
  },
  {
    name: 'STOPSIGNAL', syntax: ['STOPSIGNAL signal'], flags: [],
    minArgs: 1, maxArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'stopsignal',
    description: { en: 'The signal sent to the container to stop it (default SIGTERM).', ko: '컨테이너를 멈출 때 보내는 시그널(기본 SIGTERM).' },
  },
  {
    name: 'USER', syntax: ['USER <user>[:<group>]', 'USER UID[:GID]'], flags: [],
    minArgs: 1, maxArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'user',
    description: { en: 'The user (and group) that runs the rest of the build and the container.', ko: '이후 빌드 단계와 컨테이너를 실행할 사용자(와 그룹).' },
  },
  {
    name: 'VOLUME', syntax: ['VOLUME ["/data"]', 'VOLUME /var/log /var/db'], flags: [],
    minArgs: 1, jsonForm: true, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'volume',
    description: { en: 'Marks a directory as a mount point for volumes.', ko: '디렉터리를 볼륨 마운트 지점으로 표시합니다.' },
  },
  {
    name: 'WORKDIR', syntax: ['WORKDIR /path/to/workdir'], flags: [],
    minArgs: 1, jsonForm: false, heredoc: false, expandsVariables: true, allowedInOnbuild: true, anchor: 'workdir',
    description: { en: 'The working directory for the following instructions and the container.', ko: '이후 명령어와 컨테이너의 작업 디렉터리.' },
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
  readonly description: Localized;
}

export interface MountTypeSpec {
  readonly type: 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
  readonly keys: readonly MountKeySpec[];
  readonly description: Localized;
}

const target: MountKeySpec = { name: 'target', aliases: ['dst', 'destination'], kind: 'path', description: { en: 'Mount path.', ko: '마운트 경로.' } };
const source = (what: Localized): MountKeySpec => ({ name: 'source', aliases: ['src'], kind: 'path', description: what });
const from: MountKeySpec = { name: 'from', kind: 'stage', description: { en: 'Stage, context or image to mount from.', ko: '마운트할 스테이지, 컨텍스트 또는 이미지.' } };
const readonly: MountKeySpec = { name: 'readonly', aliases: ['ro'], kind: 'boolean', description: { en: 'Mount read-only.', ko: '읽기 전용으로 마운트합니다.' } };
const readwrite: MountKeySpec = { name: 'readwrite', aliases: ['rw'], kind: 'boolean', description: { en: 'Allow writes (they are discarded).', ko: '쓰기를 허용합니다(쓴 내용은 버려집니다).' } };
const mode = (fallback: string): MountKeySpec => ({ name: 'mode', kind: 'octal', description: { en: `File mode (default ${fallback}).`, ko: `파일 모드(기본 ${fallback}).` } });
const uid: MountKeySpec = { name: 'uid', kind: 'integer', description: { en: 'User ID of the mount (default 0).', ko: '마운트의 사용자 ID(기본 0).' } };
const gid: MountKeySpec = { name: 'gid', kind: 'integer', description: { en: 'Group ID of the mount (default 0).', ko: '마운트의 그룹 ID(기본 0).' } };
const id = (what: Localized): MountKeySpec => ({ name: 'id', kind: 'string', description: what });
const required: MountKeySpec = { name: 'required', kind: 'boolean', description: { en: 'Fail the build when it is not provided.', ko: '제공되지 않으면 빌드를 실패시킵니다.' } };

export const mountTypes: readonly MountTypeSpec[] = [
  {
    type: 'bind', description: { en: 'Bind-mounts a directory of the context, a stage or an image (read-only by default).', ko: '컨텍스트, 스테이지 또는 이미지의 디렉터리를 바인드 마운트합니다(기본 읽기 전용).' },
    keys: [target, source({ en: 'Path in `from` (default: its root).', ko: '`from` 안의 경로(기본: 루트).' }), from, readwrite, { ...readonly, description: { en: 'Read-only (the default).', ko: '읽기 전용(기본값).' } }],
  },
  {
    type: 'cache', description: { en: 'A persistent cache directory shared between builds (package managers, compilers).', ko: '빌드 사이에 유지되는 캐시 디렉터리(패키지 관리자, 컴파일러용).' },
    keys: [
      id({ en: 'Cache ID (default: the target path).', ko: '캐시 ID(기본: target 경로).' }), target, readonly,
      { name: 'sharing', kind: 'enum', values: ['shared', 'private', 'locked'], description: { en: 'How concurrent builds share the cache (default shared).', ko: '동시에 실행되는 빌드가 캐시를 함께 쓰는 방식(기본 shared).' } },
      from, source({ en: 'Subpath in `from`.', ko: '`from` 안의 하위 경로.' }), mode('0755'), uid, gid,
    ],
  },
  {
    type: 'tmpfs', description: { en: 'A tmpfs mount for the command.', ko: '이 명령에 쓰는 tmpfs 마운트.' },
    keys: [target, { name: 'size', kind: 'integer', description: { en: 'Size limit in bytes.', ko: '크기 제한(바이트).' } }],
  },
  {
    type: 'secret', description: { en: 'A build secret (`docker build --secret`) without leaving it in the image.', ko: '이미지에 남기지 않고 쓰는 빌드 시크릿(`docker build --secret`).' },
    keys: [
      id({ en: 'Secret ID (default: the basename of the target).', ko: '시크릿 ID(기본: target의 파일 이름).' }), target,
      { name: 'env', kind: 'string', description: { en: 'Expose the secret as this environment variable.', ko: '시크릿을 이 환경 변수로 넘깁니다.' } },
      required, mode('0400'), uid, gid,
    ],
  },
  {
    type: 'ssh', description: { en: 'Access to the SSH agent (`docker build --ssh`).', ko: 'SSH 에이전트 사용(`docker build --ssh`).' },
    keys: [id({ en: 'SSH agent socket or key ID (default "default").', ko: 'SSH 에이전트 소켓 또는 키 ID(기본 "default").' }), target, required, mode('0600'), uid, gid],
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
export const platformArgs: readonly { name: string; description: Localized }[] = [
  { name: 'TARGETPLATFORM', description: { en: 'Platform of the build result, e.g. linux/amd64.', ko: '빌드 결과의 플랫폼(예: linux/amd64).' } },
  { name: 'TARGETOS', description: { en: 'OS component of TARGETPLATFORM.', ko: 'TARGETPLATFORM의 OS 부분.' } },
  { name: 'TARGETARCH', description: { en: 'Architecture component of TARGETPLATFORM.', ko: 'TARGETPLATFORM의 아키텍처 부분.' } },
  { name: 'TARGETVARIANT', description: { en: 'Variant component of TARGETPLATFORM.', ko: 'TARGETPLATFORM의 변형(variant) 부분.' } },
  { name: 'BUILDPLATFORM', description: { en: 'Platform of the node doing the build.', ko: '빌드를 실행하는 노드의 플랫폼.' } },
  { name: 'BUILDOS', description: { en: 'OS component of BUILDPLATFORM.', ko: 'BUILDPLATFORM의 OS 부분.' } },
  { name: 'BUILDARCH', description: { en: 'Architecture component of BUILDPLATFORM.', ko: 'BUILDPLATFORM의 아키텍처 부분.' } },
  { name: 'BUILDVARIANT', description: { en: 'Variant component of BUILDPLATFORM.', ko: 'BUILDPLATFORM의 변형(variant) 부분.' } },
];

/** Build args that configure BuildKit itself. */
export const buildkitArgs: readonly string[] = [
  'BUILDKIT_CACHE_MOUNT_NS', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_INLINE_CACHE', 'BUILDKIT_MULTI_PLATFORM',
  'BUILDKIT_SANDBOX_HOSTNAME', 'BUILDKIT_SYNTAX', 'SOURCE_DATE_EPOCH',
];

/** Stage names BuildKit reserves. */
export const reservedStageNames: readonly string[] = ['scratch', 'context'];

export const parserDirectives: readonly { name: string; example: string; description: Localized }[] = [
  { name: 'syntax', example: '# syntax=docker/dockerfile:1', description: { en: 'The Dockerfile frontend (syntax version) that builds this file.', ko: '이 파일을 빌드할 Dockerfile 프런트엔드(문법 버전).' } },
  { name: 'escape', example: '# escape=`', description: { en: 'The escape and line-continuation character: \\ (default) or ` (Windows).', ko: '이스케이프 및 줄 이음 문자: \\(기본) 또는 `(Windows).' } },
  { name: 'check', example: '# check=skip=JSONArgsRecommended;error=true', description: { en: 'Configures build checks: skip some, or fail the build on any.', ko: '빌드 체크 설정: 일부를 건너뛰거나, 하나라도 걸리면 빌드를 실패시킵니다.' } },
];

// ---- BuildKit build checks ----------------------------------------------------------------------

export interface BuildCheckSpec {
  readonly name: string;
  readonly description: string;
  /** Off unless enabled by `# check=experimental=…`. */
  readonly experimental?: boolean;
}

/** BuildKit's checks, by the names `# check=` takes (what Dockside reports is its rule registry, service/dockerfile/rules). */
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
