/**
 * The Compose Specification as Dockside's own data: every key at every level,
 * the kinds of value it takes, its allowed values, deprecations and a short
 * description in English and Korean. Completion, hover and diagnostics all
 * read this one tree. `test/unit/compose/catalogue.test.ts` keeps it in step
 * with the published JSON Schema without the schema ever entering the project.
 */
import type { Localized } from '../service/localized';

/**
 * What a value may be. Scalars that Compose reads after interpolation are
 * told apart by meaning (`duration`, `bytes`) so diagnostics can check them.
 */
export type ValueKind = 'string' | 'boolean' | 'integer' | 'number' | 'duration' | 'bytes' | 'mapping' | 'list' | 'null';

/** A key's description is its `en` and `ko` text. */
export interface KeySpec extends Localized {
  readonly kinds: readonly ValueKind[];
  /** The values allowed (for strings); with `open`, the usual values, others accepted too. */
  readonly values?: readonly string[];
  /** Compose accepts values beyond `values`: they are offered, not enforced. */
  readonly open?: true;
  /** Keys a mapping must have. */
  readonly required?: readonly string[];
  /** Bounds of a number. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** A pattern the value must contain a match of (JSON Schema's `pattern`: not anchored). */
  readonly pattern?: string;
  /** The pattern user-chosen names (`named`) must match; any name when absent. */
  readonly namePattern?: string;
  /** Keys a mapping with `children` accepts besides them: `x-` extensions (the default), none, or any. */
  readonly otherKeys?: 'none' | 'any';
  /** Why the key is obsolete and what to use instead. */
  readonly deprecated?: Localized;
  /** Fixed keys of a mapping. */
  readonly children?: Readonly<Record<string, KeySpec>>;
  /** Keys the user names (service names, `depends_on` entries …), each described by this spec. */
  readonly named?: KeySpec;
  /** Each item of a list. */
  readonly item?: KeySpec;
  /** The anchor on https://docs.docker.com/reference/compose-file/<page>/ that documents it. */
  readonly page?: string;
  /** What the names in this key's value refer to, for navigation and checks. */
  readonly refers?: ReferenceKind;
}

export type ReferenceKind = 'service' | 'network' | 'volume' | 'secret' | 'config' | 'model';

/** What service, volume, secret and config names (and a service's network names) may be made of. */
const serviceName = '^[a-zA-Z0-9._-]+$';

const spec = (kinds: readonly ValueKind[], en: string, ko: string, more: Partial<KeySpec> = {}): KeySpec => ({ kinds, en, ko, ...more });
const str = (en: string, ko: string, more: Partial<KeySpec> = {}) => spec(['string'], en, ko, more);
const bool = (en: string, ko: string) => spec(['boolean'], en, ko);
const int = (en: string, ko: string, more: Partial<KeySpec> = {}) => spec(['integer'], en, ko, more);
const num = (en: string, ko: string) => spec(['number'], en, ko);
const duration = (en: string, ko: string) => spec(['duration'], en, ko);
/** A size written with a unit (`512m`), or a number of bytes. */
const bytes = (en: string, ko: string, more: Partial<KeySpec> = {}) => spec(['bytes', 'integer'], en, ko, more);
const oneOf = (values: readonly string[], en: string, ko: string) => str(en, ko, { values });
/** Values Compose passes on as they are: the usual ones are offered, others accepted. */
const usually = (values: readonly string[], en: string, ko: string) => str(en, ko, { values, open: true });
const map = (children: Record<string, KeySpec>, en: string, ko: string, more: Partial<KeySpec> = {}) =>
  spec(['mapping'], en, ko, { children, ...more });
/** What any key of a `listOrDict` mapping holds: a value, or nothing (taken from the environment). */
const scalarOrNull: readonly ValueKind[] = ['string', 'number', 'boolean', 'null'];
/** A mapping whose keys the user chooses, with values of the given kinds. */
const freeMap = (en: string, ko: string, valueKinds: readonly ValueKind[] = ['string', 'number'], more: Partial<KeySpec> = {}) =>
  spec(['mapping'], en, ko, { named: spec(valueKinds, en, ko), ...more });
/** Any key, any value: the platform reads them. */
const openMap = (en: string, ko: string) => spec(['mapping'], en, ko, { children: {}, otherKeys: 'any' });
const listOf = (item: KeySpec, en: string, ko: string, more: Partial<KeySpec> = {}) => spec(['list'], en, ko, { item, ...more });
const strings = (en: string, ko: string, more: Partial<KeySpec> = {}) => listOf(str(en, ko), en, ko, more);
const stringOrList = (en: string, ko: string) => spec(['string', 'list'], en, ko, { item: str(en, ko) });
/** `KEY=value` list or `KEY: value` mapping (environment, labels, args …). */
const listOrDict = (en: string, ko: string) =>
  spec(['mapping', 'list'], en, ko, { item: str(en, ko), named: spec(scalarOrNull, en, ko), namePattern: '.+' });
const command = (en: string, ko: string) => spec(['string', 'list', 'null'], en, ko, { item: str(en, ko) });
const labels = () => listOrDict('Metadata labels (reverse-DNS keys recommended).', '메타데이터 레이블(역DNS 형식 키 권장).');
const driverOpts = () => freeMap('Driver-specific options.', '드라이버별 옵션.');

const serviceHook = () =>
  map(
    {
      command: command('The command the hook runs.', '훅이 실행하는 명령.'),
      user: str('User the hook runs as.', '훅을 실행할 사용자.'),
      privileged: bool('Run the hook with extended privileges.', '확장 권한으로 훅 실행.'),
      working_dir: str('Working directory of the hook.', '훅의 작업 디렉터리.'),
      environment: listOrDict('Environment variables for the hook.', '훅의 환경 변수.'),
    },
    'A command run inside the container at a lifecycle event.',
    '컨테이너 수명 주기 이벤트에 컨테이너 안에서 실행할 명령.',
    { required: ['command'] },
  );

const preStartHook = () =>
  map(
    {
      command: command('The command the init container runs (default: its image’s).', 'init 컨테이너가 실행할 명령(기본: 이미지의 명령).'),
      image: str('Image of the init container (default: the service’s).', 'init 컨테이너의 이미지(기본: 서비스의 이미지).'),
      user: str('User the command runs as.', '명령을 실행할 사용자.'),
      privileged: bool('Run with extended privileges.', '확장 권한으로 실행.'),
      working_dir: str('Working directory of the command.', '명령의 작업 디렉터리.'),
      environment: listOrDict('Environment variables for the command (added to the service’s).', '명령의 환경 변수(서비스의 것에 더함).'),
      per_replica: bool('Run once per replica (true) or once for the service (false, the default).', '복제본마다 한 번(true) 또는 서비스에 한 번(false, 기본) 실행.'),
    },
    'An init container run to completion before the service starts.',
    '서비스가 시작하기 전에 끝까지 실행되는 init 컨테이너.',
  );

/** `external:`; secrets and configs accept any other key inside it, as the schema leaves their mapping open. */
const externalSpec = (nameDeprecated: boolean, otherKeys?: 'any') =>
  spec(['boolean', 'mapping'], 'The resource already exists outside this project; Compose will not create it.', '프로젝트 밖에 이미 있는 리소스; Compose가 만들지 않는다.', {
    children: {
      name: str('Name of the existing resource.', '기존 리소스의 이름.', nameDeprecated ? { deprecated: { en: 'Use the top-level `name` key instead.', ko: '대신 최상위 `name` 키를 쓰세요.' } } : {}),
    },
    otherKeys,
  });

const serviceConfigOrSecret = (what: 'config' | 'secret') =>
  listOf(
    spec(['string', 'mapping'], `A ${what} granted to the service.`, what === 'config' ? '서비스에 주는 config.' : '서비스에 주는 secret.', {
      refers: what,
      children: {
        source: str(`Name of the ${what} declared at the top level.`, `최상위에 선언된 ${what} 이름.`, { refers: what }),
        target: str('Path (or name) of the file inside the container.', '컨테이너 안 파일 경로(또는 이름).'),
        uid: str('Owner user ID of the mounted file.', '마운트된 파일의 소유자 UID.'),
        gid: str('Owner group ID of the mounted file.', '마운트된 파일의 소유 그룹 GID.'),
        mode: spec(['number', 'string'], 'Permission bits of the mounted file (octal).', '마운트된 파일 권한(8진수).'),
      },
    }),
    what === 'config' ? 'Configs the service may read, mounted as files.' : 'Secrets the service may read, mounted under /run/secrets.',
    what === 'config' ? '서비스가 읽을 config(파일로 마운트).' : '서비스가 읽을 secret(/run/secrets 아래에 마운트).',
    { refers: what },
  );

const ulimits = () =>
  spec(['mapping'], 'Resource limits (ulimit) inside the container: a number, or soft/hard.', '컨테이너 안 리소스 한도(ulimit): 숫자 또는 soft/hard.', {
    named: spec(['integer', 'mapping'], 'One ulimit: a number, or soft/hard.', 'ulimit 하나: 숫자 또는 soft/hard.', {
      children: { hard: int('Hard limit.', '하드 한도.'), soft: int('Soft limit.', '소프트 한도.') },
      required: ['hard', 'soft'],
    }),
  });

const extraHosts = () =>
  spec(['list', 'mapping'], 'Extra /etc/hosts entries (`host:ip` or `host=ip`).', '/etc/hosts에 추가할 항목(`host:ip` 또는 `host=ip`).', {
    item: str('A `host:ip` entry.', '`host:ip` 항목.'),
    named: spec(['string', 'list'], 'IP address(es) of this host name.', '이 호스트 이름의 IP 주소.', { item: str('IP address.', 'IP 주소.') }),
    namePattern: '.+',
  });

/** A device request: a reservation under `deploy` (which must name capabilities), or a GPU (any other key is passed on). */
const deviceRequest = (en: string, ko: string, more: Partial<KeySpec>) =>
  map(
    {
      capabilities: strings('Device capabilities, e.g. `gpu`.', '장치 기능, 예: `gpu`.'),
      count: spec(['integer', 'string'], 'How many devices (`all` for every one).', '장치 개수(`all`은 전부).'),
      device_ids: strings('IDs of the devices to reserve.', '예약할 장치 ID.'),
      driver: str('Device driver, e.g. `nvidia`.', '장치 드라이버, 예: `nvidia`.'),
      options: listOrDict('Driver-specific options.', '드라이버별 옵션.'),
    },
    en,
    ko,
    more,
  );

const updateConfig = (en: string, ko: string) =>
  map(
    {
      parallelism: int('Containers updated at a time.', '한 번에 갱신할 컨테이너 수.'),
      delay: duration('Wait between updating groups.', '그룹 갱신 사이 대기 시간.'),
      failure_action: usually(['continue', 'rollback', 'pause'], 'What to do when an update fails.', '갱신 실패 시 동작.'),
      monitor: duration('How long to watch each task for failure after updating.', '갱신 후 실패를 감시할 시간.'),
      max_failure_ratio: num('Failure rate tolerated during the update.', '갱신 중 허용할 실패 비율.'),
      order: oneOf(['start-first', 'stop-first'], 'Start the new task before stopping the old one, or after.', '새 작업을 먼저 시작할지, 기존 작업을 먼저 멈출지.'),
    },
    en,
    ko,
  );

const blkioLimit = (en: string, ko: string) =>
  listOf(
    map({ path: str('Device path.', '장치 경로.'), rate: bytes('Limit (bytes or operations per second).', '한도(초당 바이트 또는 작업 수).') }, en, ko, { otherKeys: 'none' }),
    en,
    ko,
  );

const resourceLimits = () =>
  map(
    {
      cpus: num('CPU share the container may use, e.g. `0.5`.', '컨테이너가 쓸 수 있는 CPU, 예: `0.5`.'),
      memory: spec(['bytes'], 'Memory limit, e.g. `512m`.', '메모리 한도, 예: `512m`.'),
      pids: int('Maximum number of processes.', '최대 프로세스 수.'),
    },
    'Upper bounds the platform enforces.',
    '플랫폼이 강제하는 상한.',
  );

const resourceReservations = () =>
  map(
    {
      cpus: num('CPU guaranteed to the container.', '컨테이너에 보장할 CPU.'),
      memory: spec(['bytes'], 'Memory guaranteed to the container.', '컨테이너에 보장할 메모리.'),
      generic_resources: listOf(
        map(
          {
            discrete_resource_spec: map(
              { kind: str('Resource kind.', '리소스 종류.'), value: num('Amount.', '양.') },
              'A countable resource.',
              '셀 수 있는 리소스.',
            ),
          },
          'A generic (Swarm) resource.',
          '일반(Swarm) 리소스.',
        ),
        'Generic resources to reserve (Swarm).',
        '예약할 일반 리소스(Swarm).',
      ),
      devices: listOf(deviceRequest('A device to reserve, such as a GPU.', 'GPU 같은 예약할 장치.', { required: ['capabilities'] }), 'Devices to reserve, such as GPUs.', 'GPU 같은 예약할 장치들.'),
    },
    'Resources the platform guarantees.',
    '플랫폼이 보장하는 리소스.',
  );

const deploy = () =>
  map(
    {
      mode: usually(['global', 'replicated', 'replicated-job', 'global-job'], 'Replication model: a set number of replicas, or one per node.', '복제 방식: 정해진 개수, 또는 노드마다 하나.'),
      endpoint_mode: usually(['vip', 'dnsrr'], 'Service discovery: virtual IP or DNS round-robin.', '서비스 검색: 가상 IP 또는 DNS 라운드로빈.'),
      replicas: int('Number of containers to run.', '실행할 컨테이너 수.'),
      labels: labels(),
      rollback_config: updateConfig('How to roll back a failed update.', '실패한 갱신을 되돌리는 방법.'),
      update_config: updateConfig('How to update the service.', '서비스를 갱신하는 방법.'),
      resources: map(
        { limits: resourceLimits(), reservations: resourceReservations() },
        'CPU and memory limits and reservations.',
        'CPU와 메모리 한도·예약.',
      ),
      restart_policy: map(
        {
          condition: usually(['none', 'on-failure', 'any'], 'When to restart: never, on failure, or always.', '재시작 조건: 안 함, 실패 시, 항상.'),
          delay: duration('Wait between restart attempts.', '재시작 시도 사이 대기 시간.'),
          max_attempts: int('Give up after this many attempts.', '이 횟수 이후 포기.'),
          window: duration('How long to wait before deciding a restart succeeded.', '재시작 성공을 판단하기까지 기다릴 시간.'),
        },
        'How containers restart when they exit.',
        '컨테이너가 종료될 때 재시작하는 방법.',
      ),
      placement: map(
        {
          constraints: strings('Node constraints, e.g. `node.role==manager`.', '노드 제약, 예: `node.role==manager`.'),
          preferences: listOf(
            map({ spread: str('Spread tasks evenly over this node label.', '이 노드 레이블에 작업을 고르게 분산.') }, 'A placement preference.', '배치 선호.'),
            'Placement preferences.',
            '배치 선호들.',
          ),
          max_replicas_per_node: int('At most this many replicas on one node.', '노드 하나에 둘 최대 복제 수.'),
        },
        'Where replicas may run.',
        '복제본을 실행할 위치.',
      ),
    },
    'Deployment and runtime requirements: replicas, resources, restart policy.',
    '배포·실행 요구 사항: 복제 수, 리소스, 재시작 정책.',
    { page: 'deploy', kinds: ['mapping', 'null'] },
  );

const build = () =>
  spec(['string', 'mapping'], 'Build the image from source: a context path, or build options.', '소스에서 이미지 빌드: 컨텍스트 경로 또는 빌드 옵션.', {
    page: 'build',
    children: {
      context: str('Directory (or Git URL) sent to the builder.', '빌더에 보내는 디렉터리(또는 Git URL).'),
      dockerfile: str('Dockerfile to use, relative to the context.', '사용할 Dockerfile(컨텍스트 기준 상대 경로).'),
      dockerfile_inline: str('The Dockerfile written inline.', '인라인으로 쓴 Dockerfile.'),
      entitlements: strings('Extra privileges the build may use.', '빌드가 쓸 수 있는 추가 권한.'),
      args: listOrDict('Build arguments (`ARG` values).', '빌드 인수(`ARG` 값).'),
      ssh: listOrDict('SSH agent sockets or keys for the build.', '빌드에 쓸 SSH 에이전트 소켓 또는 키.'),
      labels: labels(),
      cache_from: strings('Sources of build cache.', '빌드 캐시 원본.'),
      cache_to: strings('Where to export the build cache.', '빌드 캐시를 내보낼 곳.'),
      no_cache: bool('Build without the cache.', '캐시 없이 빌드.'),
      no_cache_filter: stringOrList('Stages to build without the cache.', '캐시 없이 빌드할 스테이지.'),
      additional_contexts: listOrDict('Named extra build contexts.', '이름 붙인 추가 빌드 컨텍스트.'),
      network: str('Network for `RUN` steps during the build.', '빌드 중 `RUN` 단계가 쓸 네트워크.'),
      provenance: spec(['string', 'boolean'], 'Add a provenance attestation.', '출처 증명(provenance) 추가.'),
      sbom: spec(['string', 'boolean'], 'Add an SBOM attestation.', 'SBOM 증명 추가.'),
      pull: bool('Always pull newer base images.', '항상 최신 베이스 이미지를 받음.'),
      target: str('Stage of a multi-stage Dockerfile to build.', '멀티 스테이지 Dockerfile에서 빌드할 스테이지.'),
      shm_size: bytes('Size of /dev/shm during the build.', '빌드 중 /dev/shm 크기.'),
      extra_hosts: extraHosts(),
      isolation: str('Isolation technology of the build.', '빌드 격리 기술.'),
      privileged: bool('Build with extended privileges.', '확장 권한으로 빌드.'),
      secrets: serviceConfigOrSecret('secret'),
      tags: strings('Extra tags for the built image.', '빌드한 이미지의 추가 태그.'),
      ulimits: ulimits(),
      platforms: strings('Target platforms, e.g. `linux/amd64`.', '대상 플랫폼, 예: `linux/amd64`.'),
    },
  });

const develop = () =>
  spec(['mapping', 'null'], 'Development settings for `docker compose watch`.', '`docker compose watch`용 개발 설정.', {
    page: 'develop',
    children: {
      watch: listOf(
        map(
          {
            ignore: stringOrList('Paths to ignore.', '무시할 경로.'),
            include: stringOrList('Only watch these paths.', '이 경로만 감시.'),
            path: str('Source path to watch.', '감시할 소스 경로.'),
            action: oneOf(['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'], 'What to do on a change.', '변경 시 동작.'),
            target: str('Path in the container to sync to.', '동기화할 컨테이너 경로.'),
            exec: serviceHook(),
            initial_sync: bool('Sync all files when watching starts.', '감시 시작 시 모든 파일 동기화.'),
          },
          'A watch rule.',
          '감시 규칙.',
          { required: ['action', 'path'] },
        ),
        'Files to watch and how to react (`docker compose watch`).',
        '감시할 파일과 반응 방법(`docker compose watch`).',
      ),
    },
  });

const healthcheck = () =>
  map(
    {
      disable: bool('Turn off the image’s healthcheck.', '이미지의 헬스체크를 끔.'),
      interval: duration('Time between checks.', '검사 간격.'),
      retries: int('Consecutive failures before unhealthy.', 'unhealthy가 되기까지의 연속 실패 수.'),
      test: spec(['string', 'list'], 'The check: `["CMD", …]`, `["CMD-SHELL", "…"]`, `["NONE"]` or a shell string.', '검사 명령: `["CMD", …]`, `["CMD-SHELL", "…"]`, `["NONE"]` 또는 셸 문자열.', {
        item: str('Command word.', '명령 단어.'),
      }),
      timeout: duration('How long one check may take.', '검사 한 번의 제한 시간.'),
      start_period: duration('Grace period after start when failures do not count.', '시작 후 실패를 세지 않는 유예 시간.'),
      start_interval: duration('Time between checks during the start period.', '유예 시간 동안의 검사 간격.'),
    },
    'How Docker checks that the container is healthy.',
    '컨테이너가 정상인지 Docker가 검사하는 방법.',
  );

const portsItem = () =>
  spec(['string', 'integer', 'mapping'], 'A port mapping: `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`.', '포트 매핑: `[호스트IP:][호스트:]컨테이너[/프로토콜]`.', {
    children: {
      name: str('Name of the port.', '포트 이름.'),
      mode: usually(['host', 'ingress'], 'Publish on each node (`host`) or load-balanced (`ingress`).', '노드마다 게시(`host`) 또는 부하 분산(`ingress`).'),
      host_ip: str('Host IP to bind to.', '바인딩할 호스트 IP.'),
      target: int('Container port.', '컨테이너 포트.'),
      published: spec(['string', 'integer'], 'Host port (or range).', '호스트 포트(또는 범위).'),
      protocol: usually(['tcp', 'udp', 'sctp'], 'Port protocol.', '포트 프로토콜.'),
      app_protocol: str('Application protocol (e.g. `http`), informational.', '응용 프로토콜(예: `http`), 참고용.'),
    },
  });

const volumeMount = () =>
  spec(['string', 'mapping'], 'A mount: `SOURCE:TARGET[:MODE]` (named volume or host path).', '마운트: `소스:대상[:모드]`(이름 있는 볼륨 또는 호스트 경로).', {
    children: {
      type: oneOf(['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'], 'Kind of mount.', '마운트 종류.'),
      source: str('Named volume, host path or image mounted.', '마운트할 볼륨 이름, 호스트 경로 또는 이미지.'),
      target: str('Path in the container.', '컨테이너 안 경로.'),
      read_only: bool('Mount read-only.', '읽기 전용으로 마운트.'),
      consistency: str('Mount consistency (macOS legacy).', '마운트 일관성(macOS 레거시).'),
      bind: map(
        {
          propagation: usually(['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'], 'Bind propagation mode.', '바인드 전파 모드.'),
          create_host_path: bool('Create the host path if missing.', '호스트 경로가 없으면 생성.'),
          recursive: oneOf(['enabled', 'disabled', 'writable', 'readonly'], 'Recursive bind behaviour.', '재귀 바인드 동작.'),
          selinux: oneOf(['z', 'Z'], 'SELinux relabel: shared (`z`) or private (`Z`).', 'SELinux 레이블: 공유(`z`) 또는 전용(`Z`).'),
        },
        'Bind mount options.',
        '바인드 마운트 옵션.',
      ),
      volume: map(
        {
          labels: labels(),
          nocopy: bool('Do not copy the image’s data into a new volume.', '새 볼륨에 이미지 데이터를 복사하지 않음.'),
          subpath: str('Mount only this subdirectory of the volume.', '볼륨의 이 하위 디렉터리만 마운트.'),
        },
        'Volume mount options.',
        '볼륨 마운트 옵션.',
      ),
      tmpfs: map(
        { size: bytes('Size of the tmpfs.', 'tmpfs 크기.', { minimum: 0 }), mode: spec(['number', 'string'], 'Permission bits (octal).', '권한 비트(8진수).') },
        'tmpfs mount options.',
        'tmpfs 마운트 옵션.',
      ),
      image: map({ subpath: str('Mount only this path of the image.', '이미지의 이 경로만 마운트.') }, 'Image mount options.', '이미지 마운트 옵션.'),
    },
    required: ['type'],
  });

const serviceNetwork = () =>
  spec(['mapping', 'null'], 'How the service attaches to this network.', '서비스가 이 네트워크에 붙는 방법.', {
    children: {
      aliases: strings('Extra host names of the service on this network.', '이 네트워크에서 서비스의 추가 호스트 이름.'),
      interface_name: str('Network interface name in the container.', '컨테이너 안 네트워크 인터페이스 이름.'),
      ipv4_address: str('Static IPv4 address.', '고정 IPv4 주소.'),
      ipv6_address: str('Static IPv6 address.', '고정 IPv6 주소.'),
      link_local_ips: strings('Link-local IPs.', '링크 로컬 IP.'),
      mac_address: str('MAC address on this network.', '이 네트워크의 MAC 주소.'),
      driver_opts: driverOpts(),
      priority: int('Order in which networks are connected.', '네트워크 연결 순서.'),
      gw_priority: int('Which network provides the default gateway.', '기본 게이트웨이를 제공할 네트워크 우선순위.'),
    },
  });

const service = (): KeySpec =>
  map(
    {
      develop: develop(),
      deploy: deploy(),
      annotations: listOrDict('Annotations on the container.', '컨테이너 주석(annotation).'),
      attach: bool('Collect the service’s logs when attached.', '연결 시 서비스 로그 수집.'),
      build: build(),
      blkio_config: map(
        {
          device_read_bps: blkioLimit('Read rate limit per device (bytes/s).', '장치별 읽기 속도 한도(바이트/초).'),
          device_read_iops: blkioLimit('Read operations limit per device.', '장치별 읽기 작업 한도.'),
          device_write_bps: blkioLimit('Write rate limit per device (bytes/s).', '장치별 쓰기 속도 한도(바이트/초).'),
          device_write_iops: blkioLimit('Write operations limit per device.', '장치별 쓰기 작업 한도.'),
          weight: int('Block IO weight (10–1000).', '블록 IO 가중치(10–1000).'),
          weight_device: listOf(
            map({ path: str('Device path.', '장치 경로.'), weight: int('Weight.', '가중치.') }, 'Weight of one device.', '장치 하나의 가중치.', { otherKeys: 'none' }),
            'Block IO weight per device.',
            '장치별 블록 IO 가중치.',
          ),
        },
        'Block IO limits.',
        '블록 IO 한도.',
        { otherKeys: 'none' },
      ),
      cap_add: strings('Kernel capabilities to add.', '추가할 커널 capability.'),
      cap_drop: strings('Kernel capabilities to drop.', '뺄 커널 capability.'),
      cgroup: oneOf(['host', 'private'], 'Cgroup namespace: the host’s or a private one.', 'cgroup 네임스페이스: 호스트 또는 전용.'),
      cgroup_parent: str('Parent cgroup.', '부모 cgroup.'),
      command: command('Overrides the image’s `CMD`.', '이미지의 `CMD`를 덮어씀.'),
      configs: serviceConfigOrSecret('config'),
      container_name: str('Fixed container name (prevents scaling).', '고정 컨테이너 이름(스케일 불가).', { pattern: '[a-zA-Z0-9][a-zA-Z0-9_.-]+' }),
      cpu_count: int('Usable CPUs (Windows).', '사용할 CPU 수(Windows).', { minimum: 0 }),
      cpu_percent: int('Usable CPU percentage (Windows).', '사용할 CPU 비율(Windows).', { minimum: 0, maximum: 100 }),
      cpu_shares: int('Relative CPU weight.', '상대 CPU 가중치.'),
      cpu_quota: int('CFS quota in microseconds.', 'CFS 할당량(마이크로초).'),
      cpu_period: int('CFS period in microseconds.', 'CFS 주기(마이크로초).'),
      cpu_rt_period: spec(['number', 'duration'], 'Real-time scheduler period: microseconds, or a duration.', '실시간 스케줄러 주기: 마이크로초 또는 시간.'),
      cpu_rt_runtime: spec(['number', 'duration'], 'Real-time scheduler runtime: microseconds, or a duration.', '실시간 스케줄러 실행 시간: 마이크로초 또는 시간.'),
      cpus: num('Number of CPUs the container may use.', '컨테이너가 쓸 CPU 수.'),
      cpuset: str('CPUs the container may run on, e.g. `0-3`.', '실행할 CPU, 예: `0-3`.'),
      credential_spec: map(
        {
          config: str('Credential spec from a config.', 'config에서 읽는 자격 증명 스펙.'),
          file: str('Credential spec file.', '자격 증명 스펙 파일.'),
          registry: str('Credential spec from the registry.', '레지스트리에서 읽는 자격 증명 스펙.'),
        },
        'Managed service account credentials (Windows).',
        '관리 서비스 계정 자격 증명(Windows).',
      ),
      depends_on: spec(['list', 'mapping'], 'Services to start first (and optionally wait for).', '먼저 시작할(필요하면 기다릴) 서비스.', {
        refers: 'service',
        item: str('A service name.', '서비스 이름.', { refers: 'service' }),
        named: map(
          {
            restart: bool('Restart this service when the dependency restarts.', '의존 서비스가 재시작하면 이 서비스도 재시작.'),
            required: bool('Fail if the dependency is missing (default true).', '의존 서비스가 없으면 실패(기본 true).'),
            condition: oneOf(
              ['service_started', 'service_healthy', 'service_completed_successfully'],
              'What to wait for before starting this service.',
              '이 서비스를 시작하기 전에 기다릴 조건.',
            ),
          },
          'A dependency and the condition to wait for.',
          '의존 서비스와 기다릴 조건.',
          { refers: 'service', required: ['condition'] },
        ),
        namePattern: serviceName,
      }),
      device_cgroup_rules: strings('Device cgroup rules.', '장치 cgroup 규칙.'),
      devices: listOf(
        spec(['string', 'mapping'], 'A device: `HOST:CONTAINER[:PERMISSIONS]`.', '장치: `호스트:컨테이너[:권한]`.', {
          children: {
            source: str('Device path on the host.', '호스트의 장치 경로.'),
            target: str('Device path in the container.', '컨테이너 안 장치 경로.'),
            permissions: str('Permissions, e.g. `rwm`.', '권한, 예: `rwm`.'),
          },
          required: ['source'],
        }),
        'Host devices to expose.',
        '노출할 호스트 장치.',
      ),
      dns: stringOrList('Custom DNS servers.', '사용자 DNS 서버.'),
      dns_opt: strings('DNS resolver options.', 'DNS 리졸버 옵션.'),
      dns_search: stringOrList('DNS search domains.', 'DNS 검색 도메인.'),
      domainname: str('Container domain name.', '컨테이너 도메인 이름.'),
      entrypoint: command('Overrides the image’s `ENTRYPOINT`.', '이미지의 `ENTRYPOINT`를 덮어씀.'),
      env_file: spec(['string', 'list'], 'Files of `KEY=value` lines added to the environment.', '환경 변수에 추가할 `KEY=value` 파일.', {
        item: spec(['string', 'mapping'], 'An env file.', '환경 변수 파일.', {
          children: {
            path: str('Path of the file.', '파일 경로.'),
            format: str('File format.', '파일 형식.'),
            required: bool('Fail when the file is missing (default true).', '파일이 없으면 실패(기본 true).'),
          },
          required: ['path'],
          otherKeys: 'none',
        }),
      }),
      label_file: stringOrList('Files of labels.', '레이블 파일.'),
      environment: listOrDict('Environment variables of the container.', '컨테이너 환경 변수.'),
      expose: listOf(spec(['string', 'integer'], 'A port.', '포트.'), 'Ports reachable from other services (not the host).', '다른 서비스에서만 접근할 포트(호스트 아님).'),
      extends: spec(['string', 'mapping'], 'Inherit configuration from another service.', '다른 서비스의 설정을 물려받음.', {
        refers: 'service',
        children: {
          service: str('The service to extend.', '확장할 서비스.', { refers: 'service' }),
          file: str('File the service is defined in.', '그 서비스가 정의된 파일.'),
        },
        required: ['service'],
        otherKeys: 'none',
      }),
      provider: map(
        {
          type: str('Provider plugin that manages the service.', '서비스를 관리하는 provider 플러그인.'),
          options: freeMap('Provider options: a value or a list of values.', 'provider 옵션: 값 하나 또는 값 목록.', ['string', 'number', 'boolean', 'list'], {
            named: spec(['string', 'number', 'boolean', 'list'], 'A provider option: a value or a list of values.', 'provider 옵션: 값 하나 또는 값 목록.', {
              item: spec(['string', 'number', 'boolean'], 'One value.', '값 하나.'),
            }),
          }),
        },
        'A service run by an external provider instead of a container.',
        '컨테이너 대신 외부 provider가 실행하는 서비스.',
        { required: ['type'] },
      ),
      external_links: strings('Links to containers outside this project (legacy).', '프로젝트 밖 컨테이너로의 링크(레거시).'),
      extra_hosts: extraHosts(),
      gpus: spec(['string', 'list'], 'GPUs to give the container (`all` or a list).', '컨테이너에 줄 GPU(`all` 또는 목록).', {
        values: ['all'],
        item: deviceRequest('A GPU request.', 'GPU 요청.', { otherKeys: 'any' }),
      }),
      group_add: listOf(spec(['string', 'integer'], 'A group.', '그룹.'), 'Extra groups for the container user.', '컨테이너 사용자의 추가 그룹.'),
      healthcheck: healthcheck(),
      hostname: str('Container host name.', '컨테이너 호스트 이름.'),
      image: str('Image to run, e.g. `mysql:8.4`.', '실행할 이미지, 예: `mysql:8.4`.'),
      init: bool('Run an init process as PID 1.', 'PID 1로 init 프로세스를 실행.'),
      ipc: str('IPC namespace: `shareable`, `host`, `service:NAME` …', 'IPC 네임스페이스: `shareable`, `host`, `service:이름` …'),
      isolation: str('Isolation technology.', '격리 기술.'),
      labels: labels(),
      links: strings('Legacy links to other services (use networks).', '다른 서비스로의 레거시 링크(네트워크 사용 권장).', { refers: 'service' }),
      logging: map(
        {
          driver: str('Logging driver, e.g. `json-file`, `local`.', '로깅 드라이버, 예: `json-file`, `local`.'),
          options: freeMap('Driver options, e.g. `max-size`.', '드라이버 옵션, 예: `max-size`.', ['string', 'number', 'null']),
        },
        'Where the container’s logs go.',
        '컨테이너 로그를 보낼 곳.',
      ),
      mac_address: str('Container MAC address.', '컨테이너 MAC 주소.'),
      mem_limit: bytes('Memory limit, e.g. `512m`.', '메모리 한도, 예: `512m`.'),
      mem_reservation: bytes('Soft memory limit.', '소프트 메모리 한도.'),
      mem_swappiness: int('Swappiness (0–100).', '스와프 성향(0–100).'),
      memswap_limit: bytes('Memory plus swap limit (`-1` unlimited).', '메모리+스와프 한도(`-1`은 무제한).'),
      network_mode: str('Network mode: `bridge`, `host`, `none`, `service:NAME`, `container:NAME`.', '네트워크 모드: `bridge`, `host`, `none`, `service:이름`, `container:이름`.'),
      models: spec(['list', 'mapping'], 'AI models the service uses.', '서비스가 쓰는 AI 모델.', {
        refers: 'model',
        item: str('A model name.', '모델 이름.', { refers: 'model' }),
        named: spec(['mapping', 'null'], 'How the model is exposed.', '모델을 노출하는 방법.', {
          refers: 'model',
          children: {
            endpoint_var: str('Variable that receives the model’s URL.', '모델 URL을 받을 변수.'),
            model_var: str('Variable that receives the model’s name.', '모델 이름을 받을 변수.'),
          },
        }),
      }),
      networks: serviceNetworks(),
      oom_kill_disable: bool('Do not kill the container on out-of-memory.', '메모리 부족 시 컨테이너를 죽이지 않음.'),
      oom_score_adj: int('OOM killer preference (-1000–1000).', 'OOM 킬러 우선순위(-1000–1000).', { minimum: -1000, maximum: 1000 }),
      pid: spec(['string', 'null'], 'PID namespace, e.g. `host`.', 'PID 네임스페이스, 예: `host`.'),
      pids_limit: int('Maximum number of processes (`-1` unlimited).', '최대 프로세스 수(`-1`은 무제한).'),
      platform: str('Platform to run, e.g. `linux/amd64`.', '실행 플랫폼, 예: `linux/amd64`.'),
      ports: listOf(portsItem(), 'Ports published on the host: `HOST:CONTAINER`.', '호스트에 게시할 포트: `호스트:컨테이너`.'),
      post_start: listOf(serviceHook(), 'Commands run after the container starts.', '컨테이너 시작 후 실행할 명령.'),
      pre_start: listOf(preStartHook(), 'Init containers run to completion, in order, before the service starts.', '서비스 시작 전에 차례로 끝까지 실행되는 init 컨테이너.'),
      pre_stop: listOf(serviceHook(), 'Commands run before the container stops.', '컨테이너 정지 전 실행할 명령.'),
      privileged: bool('Run with extended privileges.', '확장 권한으로 실행.'),
      profiles: strings('Profiles that enable this service.', '이 서비스를 켜는 프로필.'),
      pull_policy: str('When to pull the image: `always`, `never`, `missing`, `build`, `daily`, `weekly`, `every_<duration>`.', '이미지를 받을 시점: `always`, `never`, `missing`, `build`, `daily`, `weekly`, `every_<기간>`.', {
        pattern: 'always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+',
      }),
      pull_refresh_after: str('Refresh the image after this long.', '이 기간 후 이미지 갱신.'),
      read_only: bool('Read-only root filesystem.', '읽기 전용 루트 파일 시스템.'),
      restart: oneOf(['no', 'always', 'on-failure', 'unless-stopped'], 'Restart policy when the container exits.', '컨테이너 종료 시 재시작 정책.'),
      runtime: str('OCI runtime, e.g. `runc`.', 'OCI 런타임, 예: `runc`.'),
      scale: int('Number of containers (same as `deploy.replicas`).', '컨테이너 수(`deploy.replicas`와 같음).'),
      security_opt: strings('Security options, e.g. `no-new-privileges:true`.', '보안 옵션, 예: `no-new-privileges:true`.'),
      shm_size: bytes('Size of /dev/shm.', '/dev/shm 크기.'),
      secrets: serviceConfigOrSecret('secret'),
      sysctls: listOrDict('Kernel parameters.', '커널 매개변수.'),
      stdin_open: bool('Keep stdin open (`docker run -i`).', '표준 입력 유지(`docker run -i`).'),
      stop_grace_period: duration('Wait this long after the stop signal before killing.', '정지 신호 후 강제 종료까지 기다릴 시간.'),
      stop_signal: str('Signal to stop the container, e.g. `SIGTERM`.', '컨테이너 정지 신호, 예: `SIGTERM`.'),
      storage_opt: openMap('Storage driver options.', '스토리지 드라이버 옵션.'),
      tmpfs: stringOrList('tmpfs mounts, e.g. `/run`.', 'tmpfs 마운트, 예: `/run`.'),
      tty: bool('Allocate a TTY (`docker run -t`).', 'TTY 할당(`docker run -t`).'),
      ulimits: ulimits(),
      use_api_socket: bool('Give the container access to the Docker API socket.', '컨테이너에 Docker API 소켓 접근 허용.'),
      user: str('User (and group) to run as.', '실행할 사용자(및 그룹).'),
      uts: str('UTS namespace, e.g. `host`.', 'UTS 네임스페이스, 예: `host`.'),
      userns_mode: str('User namespace, e.g. `host`.', '사용자 네임스페이스, 예: `host`.'),
      volumes: listOf(volumeMount(), 'Mounts: named volumes and host paths.', '마운트: 이름 있는 볼륨과 호스트 경로.'),
      volumes_from: strings('Mount all volumes of another service or container.', '다른 서비스나 컨테이너의 볼륨을 모두 마운트.'),
      working_dir: str('Working directory, overriding `WORKDIR`.', '작업 디렉터리(`WORKDIR` 덮어씀).'),
    },
    'A service: one kind of container of the app.',
    '서비스: 앱을 이루는 컨테이너 한 종류.',
  );

/** A service's networks, by name: like the services, their names are letters, digits, `.`, `_` and `-`. */
const serviceNetworks = () =>
  spec(['list', 'mapping'], 'Networks the service joins.', '서비스가 참여할 네트워크.', {
    refers: 'network',
    item: str('A network name.', '네트워크 이름.', { refers: 'network' }),
    named: { ...serviceNetwork(), refers: 'network' },
    namePattern: serviceName,
  });

const network = () =>
  spec(['mapping', 'null'], 'A network services can join.', '서비스가 참여할 수 있는 네트워크.', {
    children: {
      name: str('Actual network name (not prefixed with the project).', '실제 네트워크 이름(프로젝트 접두사 없음).'),
      driver: str('Network driver: `bridge`, `overlay`, `host`, `none` …', '네트워크 드라이버: `bridge`, `overlay`, `host`, `none` …'),
      driver_opts: driverOpts(),
      ipam: map(
        {
          driver: str('IPAM driver.', 'IPAM 드라이버.'),
          config: listOf(
            map(
              {
                subnet: str('Subnet in CIDR form.', 'CIDR 형식 서브넷.'),
                ip_range: str('Range to allocate container IPs from.', '컨테이너 IP를 할당할 범위.'),
                gateway: str('Gateway address.', '게이트웨이 주소.'),
                aux_addresses: freeMap('Reserved addresses by host name.', '호스트 이름별 예약 주소.', ['string'], { namePattern: '^.+$' }),
              },
              'An address pool.',
              '주소 풀.',
            ),
            'Address pools.',
            '주소 풀 목록.',
          ),
          options: freeMap('IPAM driver options.', 'IPAM 드라이버 옵션.', ['string'], { namePattern: '^.+$' }),
        },
        'IP address management.',
        'IP 주소 관리.',
      ),
      external: externalSpec(true),
      internal: bool('No outside connectivity.', '외부 연결 없음.'),
      enable_ipv4: bool('Enable IPv4.', 'IPv4 사용.'),
      enable_ipv6: bool('Enable IPv6.', 'IPv6 사용.'),
      attachable: bool('Standalone containers may attach (overlay).', '독립 컨테이너도 연결 가능(overlay).'),
      labels: labels(),
    },
  });

const volume = () =>
  spec(['mapping', 'null'], 'A named volume services can mount.', '서비스가 마운트할 수 있는 이름 있는 볼륨.', {
    children: {
      name: str('Actual volume name (not prefixed with the project).', '실제 볼륨 이름(프로젝트 접두사 없음).'),
      driver: str('Volume driver, `local` by default.', '볼륨 드라이버(기본 `local`).'),
      driver_opts: driverOpts(),
      external: externalSpec(true),
      labels: labels(),
    },
  });

const secret = () =>
  map(
    {
      name: str('Actual secret name.', '실제 secret 이름.'),
      environment: str('Environment variable whose value is the secret.', '값이 secret인 환경 변수.'),
      file: str('File whose content is the secret.', '내용이 secret인 파일.'),
      external: externalSpec(false, 'any'),
      labels: labels(),
      driver: str('Secret driver.', 'secret 드라이버.'),
      driver_opts: driverOpts(),
      template_driver: str('Template driver.', '템플릿 드라이버.'),
    },
    'A secret: sensitive data given to services as a file.',
    'secret: 서비스에 파일로 주는 민감한 데이터.',
  );

const config = () =>
  map(
    {
      name: str('Actual config name.', '실제 config 이름.'),
      content: str('The config’s content, inline.', 'config 내용(인라인).'),
      environment: str('Environment variable whose value is the config.', '값이 config인 환경 변수.'),
      file: str('File whose content is the config.', '내용이 config인 파일.'),
      external: externalSpec(true, 'any'),
      labels: labels(),
      template_driver: str('Template driver.', '템플릿 드라이버.'),
    },
    'A config: non-sensitive data given to services as a file.',
    'config: 서비스에 파일로 주는 민감하지 않은 데이터.',
  );

const model = () =>
  map(
    {
      name: str('Model name.', '모델 이름.'),
      model: str('Model reference (OCI artifact), e.g. `ai/smollm2`.', '모델 참조(OCI 아티팩트), 예: `ai/smollm2`.'),
      context_size: int('Context window size in tokens.', '컨텍스트 창 크기(토큰).'),
      runtime_flags: strings('Flags for the inference engine.', '추론 엔진 플래그.'),
    },
    'An AI model run by Docker Model Runner.',
    'Docker Model Runner가 실행하는 AI 모델.',
    { required: ['model'] },
  );

/** The root of a Compose file. */
export const composeRoot: KeySpec = map(
  {
    // compose-go validates it as a string before it ignores it: an unquoted `version: 3.8` is refused.
    version: spec(['string'], 'Obsolete: Compose ignores it.', '더 이상 쓰지 않음: Compose가 무시한다.', {
      deprecated: { en: 'Compose ignores `version:`; remove it.', ko: 'Compose는 `version:`을 무시합니다. 지우세요.' },
      page: 'version-and-name',
    }),
    name: str('Project name (default: the directory name).', '프로젝트 이름(기본: 디렉터리 이름).', { page: 'version-and-name' }),
    include: listOf(
      spec(['string', 'mapping'], 'Another Compose file to include.', '포함할 다른 Compose 파일.', {
        children: {
          path: stringOrList('The Compose file(s) to include.', '포함할 Compose 파일.'),
          env_file: stringOrList('Env files for the included project.', '포함된 프로젝트의 환경 변수 파일.'),
          project_directory: str('Base directory of the included project.', '포함된 프로젝트의 기준 디렉터리.'),
        },
        otherKeys: 'none',
      }),
      'Other Compose files merged into this one.',
      '이 파일에 합칠 다른 Compose 파일.',
      { page: 'include' },
    ),
    services: spec(['mapping'], 'The services (containers) of the app.', '앱을 이루는 서비스(컨테이너)들.', { named: service(), page: 'services', namePattern: serviceName }),
    models: spec(['mapping'], 'AI models the app uses.', '앱이 쓰는 AI 모델.', { named: model(), page: 'models' }),
    networks: spec(['mapping'], 'Networks services join.', '서비스가 참여하는 네트워크.', { named: network(), page: 'networks' }),
    volumes: spec(['mapping'], 'Named volumes services mount.', '서비스가 마운트하는 이름 있는 볼륨.', { named: volume(), page: 'volumes', namePattern: serviceName }),
    secrets: spec(['mapping'], 'Secrets services may read.', '서비스가 읽을 수 있는 secret.', { named: secret(), page: 'secrets', namePattern: serviceName }),
    configs: spec(['mapping'], 'Configs services may read.', '서비스가 읽을 수 있는 config.', { named: config(), page: 'configs', namePattern: serviceName }),
  },
  'A Compose file.',
  'Compose 파일.',
);

/** One step of a path into the catalogue: a key, a list index, or `*` for a user-chosen name. */
export type PathSegment = string | number;

/**
 * The spec for a YAML path like `['services', 'web', 'ports', 0]`, or
 * `undefined` when no key of the catalogue lives there.
 */
export function specAt(path: readonly PathSegment[]): KeySpec | undefined {
  let current: KeySpec | undefined = composeRoot;
  for (const segment of path) {
    if (!current) return undefined;
    current = childSpec(current, segment);
  }
  return current;
}

/**
 * Fixed keys win over user-chosen names, so `depends_on.*` never shadows a
 * real key. `x-` keys are extensions beside fixed keys; among names
 * (`services: x-foo:`) they are names like any other.
 */
function childSpec(parent: KeySpec, segment: PathSegment): KeySpec | undefined {
  if (typeof segment === 'number') return parent.item;
  if (parent.children?.[segment]) return parent.children[segment];
  return segment.startsWith('x-') && !parent.named ? undefined : parent.named;
}

/** The catalogue's knowledge-base id for a path: `compose.key.services.*.restart`. */
export function knowledgeId(path: readonly PathSegment[]): string {
  const parts: string[] = [];
  let current: KeySpec | undefined = composeRoot;
  for (const segment of path) {
    if (!current) break;
    if (typeof segment === 'number') {
      current = current.item;
      continue;
    }
    parts.push(current.children?.[segment] ? segment : '*');
    current = childSpec(current, segment);
  }
  return ['compose', 'key', ...parts].join('.');
}

export const docsBase = 'https://docs.docker.com/reference/compose-file/';

/** Docker's reference page for a path: the section page, anchored at the key. */
export function docsUrl(path: readonly PathSegment[]): string {
  const [top, , key, subKey] = path;
  const section = typeof top === 'string' ? composeRoot.children?.[top]?.page : undefined;
  if (!section) return docsBase;
  if (typeof key !== 'string') return `${docsBase}${section}/`;
  if (top === 'services') {
    // build, deploy and develop have pages of their own.
    const page = composeRoot.children!.services.named!.children![key]?.page;
    if (page) return `${docsBase}${page}/${typeof subKey === 'string' ? `#${subKey}` : ''}`;
  }
  return `${docsBase}${section}/#${key}`;
}
