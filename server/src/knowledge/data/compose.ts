/**
 * Compose file keys: top level, service level and the definitions under
 * `networks`, `volumes`, `secrets`, `configs`. Ids are `compose.key.<path>`
 * with `*` for any user-chosen name; the Compose hover looks them up by path.
 * Text is our own, checked against the Compose Specification; where the notes
 * are out of date (`version:`, `enviroment:`, services at the top level) the
 * pitfalls say so.
 */
import type { Bilingual, KnowledgeEntry, NoteSource } from '../types';

const notes = {
  work: '000_e557d064da957e09.txt',
  course: '001_845f903225cb8ed7.txt',
  inflearn: '004_a7121522d3a0fc39.txt',
} as const;

const source = (note: keyof typeof notes, section: string): NoteSource => ({ note: notes[note], section });
const pitfall = (ko: string, en: string): Bilingual => ({ ko, en });

/** The notes' Compose sections: the general sources for keys their examples do not spell out. */
const composeBasics = source('course', 'Docker Compose');
const composeExample = source('course', 'docker-compose.yml 예시');
const composeIntro = source('work', 'Docker compose');
const userNetworks = source('inflearn', '애플리케이션 구성');
const volumesNote = source('inflearn', '볼륨');

const specReference = 'https://docs.docker.com/reference/compose-file/';

interface KeyText {
  readonly ko: readonly [summary: string, details: string];
  readonly en: readonly [summary: string, details: string];
  readonly example: string;
  readonly sources: readonly NoteSource[];
  /** The page and anchor under the Compose file reference, e.g. `services/#restart`. */
  readonly page: string;
  readonly pitfalls?: readonly Bilingual[];
  readonly values?: Readonly<Record<string, Bilingual>>;
  readonly related?: readonly string[];
  readonly aliases?: readonly string[];
}

/** `path` is the key's path from the file's root, `*` standing for any name: `services.*.restart`. */
function key(path: string, text: KeyText): KnowledgeEntry {
  return {
    id: `compose.key.${path}`,
    kind: 'compose-key',
    title: path.split('.').pop()!,
    aliases: text.aliases,
    ko: { summary: text.ko[0], details: text.ko[1] },
    en: { summary: text.en[0], details: text.en[1] },
    example: text.example,
    pitfalls: text.pitfalls,
    values: text.values,
    sources: text.sources,
    reference: specReference + text.page,
    related: text.related,
  };
}

const topLevel: KnowledgeEntry[] = [
  key('version', {
    page: 'version-and-name/#version-top-level-element-obsolete',
    ko: [
      '(더 이상 쓰지 않음) 예전 Compose 파일 형식의 버전 표시입니다.',
      '현재 Compose(Compose Specification)는 이 값을 읽지 않고, 있으면 "obsolete" 경고만 냅니다. 파일 맨 위의 `version:` 줄은 지워도 됩니다.',
    ],
    en: [
      '(Obsolete) The old Compose file format version.',
      'Current Compose (the Compose Specification) ignores it and only warns that it is obsolete. Delete the `version:` line.',
    ],
    example: "version : '3'   # 지워도 됩니다 / safe to delete",
    sources: [composeExample],
    pitfalls: [
      pitfall("노트의 `version : '3'`은 옛 형식입니다. 지금은 쓰지 않습니다.", "The note's `version : '3'` is the old format; it is no longer used."),
    ],
    related: ['concept.compose'],
  }),
  key('name', {
    page: 'version-and-name/#name-top-level-element',
    ko: ['Compose 프로젝트 이름을 정합니다.', '생략하면 파일이 있는 디렉터리 이름을 씁니다. 컨테이너, 네트워크, 볼륨 이름의 앞부분(`프로젝트_서비스_1`)이 됩니다.'],
    en: ['Sets the Compose project name.', "Defaults to the directory name. It prefixes container, network and volume names (`project-service-1`)."],
    example: 'name: leafy',
    sources: [composeBasics],
    related: ['concept.compose'],
  }),
  key('services', {
    page: 'services/',
    ko: [
      '함께 실행할 서비스(컨테이너)들을 정의합니다. 키 아래에 서비스 이름별로 설정을 씁니다.',
      '서비스 하나는 같은 설정으로 만든 컨테이너(들)입니다. 서비스 이름은 같은 프로젝트 네트워크 안에서 호스트 이름으로 쓰여, 다른 서비스가 `db:3306`처럼 접속할 수 있습니다.',
    ],
    en: [
      'Defines the services (containers) that run together, one entry per service name.',
      'A service is one or more containers made from the same configuration. Its name doubles as a hostname on the project network, so others connect to it as `db:3306`.',
    ],
    example: 'services:\n  db:\n    image: mysql\n    restart: always',
    sources: [composeExample, composeIntro],
    pitfalls: [
      pitfall('노트의 첫 예시처럼 서비스(`node-js:`)를 파일 최상위에 두는 것은 옛 V1 형식입니다. `services:` 아래에 두세요.', "Putting a service (`node-js:`) at the top level, as the note's first example does, is the old V1 format; nest it under `services:`."),
    ],
    related: ['concept.compose', 'concept.yaml'],
  }),
  key('networks', {
    page: 'networks/',
    ko: ['서비스들이 쓸 네트워크를 정의합니다.', '정의하지 않으면 Compose가 프로젝트마다 `default` 네트워크를 하나 만들어 모든 서비스를 연결합니다. 서비스를 나눠 격리하거나 외부 네트워크를 쓸 때 정의합니다.'],
    en: ['Defines the networks services use.', 'Without it, Compose creates one `default` network per project and connects every service. Define networks to split services apart or join existing ones.'],
    example: 'networks:\n  leafy-network:\n    driver: bridge',
    sources: [userNetworks],
    related: ['concept.network'],
  }),
  key('volumes', {
    page: 'volumes/',
    ko: ['여러 서비스가 쓸 수 있는 이름 있는 볼륨을 정의합니다.', '여기 정의한 볼륨은 `docker compose down`으로 지워지지 않습니다(`-v`를 붙이면 지워짐). 서비스의 `volumes:`에서 `이름:/경로`로 씁니다.'],
    en: ['Defines named volumes services can mount.', 'These survive `docker compose down` (unless you add `-v`). Mount them from a service\'s `volumes:` as `name:/path`.'],
    example: 'volumes:\n  db-data:',
    sources: [volumesNote, composeExample],
    related: ['concept.volume', 'concept.volume-vs-bind-mount'],
  }),
  key('secrets', {
    page: 'secrets/',
    ko: ['비밀번호 같은 민감한 값을 파일이나 환경 변수에서 읽어 서비스에 건네는 시크릿을 정의합니다.', '서비스 안에서는 `/run/secrets/<이름>` 파일로 보입니다. 환경 변수에 비밀번호를 바로 쓰는 것보다 안전합니다.'],
    en: ['Defines secrets — sensitive values read from a file or the environment and handed to services.', 'Inside a service they appear as files under `/run/secrets/<name>`: safer than putting passwords in environment variables.'],
    example: 'secrets:\n  db_password:\n    file: ./db_password.txt',
    sources: [composeExample],
    related: ['concept.build-secrets'],
  }),
  key('configs', {
    page: 'configs/',
    ko: ['서비스에 파일로 넣어 줄 설정(config)을 정의합니다.', '이미지를 다시 빌드하거나 바인드 마운트하지 않고 설정 파일을 넣을 때 씁니다.'],
    en: ['Defines configs handed to services as files.', 'A way to supply configuration files without rebuilding the image or bind-mounting.'],
    example: 'configs:\n  nginx_conf:\n    file: ./nginx.conf',
    sources: [composeBasics],
  }),
  key('include', {
    page: 'include/',
    ko: ['다른 Compose 파일을 이 프로젝트에 포함합니다.', '다른 팀이 관리하는 Compose 파일을 그 디렉터리 기준의 상대 경로 그대로 가져올 수 있습니다.'],
    en: ['Includes other Compose files in this project.', 'Brings in Compose files maintained elsewhere, keeping their relative paths working.'],
    example: 'include:\n  - ../database/compose.yaml',
    sources: [composeBasics],
  }),
];

const svc = (name: string, text: KeyText) => key(`services.*.${name}`, text);

const restartValues: Record<string, Bilingual> = {
  no: { ko: '다시 시작하지 않습니다(기본값). YAML에서는 `"no"`처럼 따옴표로 감싸세요.', en: 'Never restart (the default). Quote it as `"no"` in YAML.' },
  always: { ko: '멈추면 항상 다시 시작합니다.', en: 'Always restart when it stops.' },
  'on-failure': { ko: '오류(0이 아닌 종료 코드)로 끝났을 때만 다시 시작합니다. `on-failure:3`처럼 횟수를 정할 수 있습니다.', en: 'Restart only after a non-zero exit; `on-failure:3` caps the retries.' },
  'unless-stopped': { ko: '직접 멈추지 않는 한 항상 다시 시작합니다.', en: 'Always restart unless you stopped it yourself.' },
};

const services: KnowledgeEntry[] = [
  svc('image', {
    page: 'services/#image',
    ko: ['컨테이너를 만들 이미지입니다: `이름[:태그]`.', '로컬에 없으면 레지스트리에서 받습니다. `build:`와 함께 쓰면 빌드한 이미지에 이 이름이 붙습니다.'],
    en: ['The image to run: `name[:tag]`.', 'Pulled when not present locally. Together with `build:`, it names the built image.'],
    example: 'image: mysql:8',
    sources: [composeExample],
    pitfalls: [pitfall('태그를 생략하면 `latest`입니다. 재현 가능하도록 버전을 적으세요.', 'No tag means `latest`; pin a version for reproducible setups.')],
    related: ['concept.image', 'concept.tag'],
  }),
  svc('build', {
    page: 'build/',
    ko: ['이 서비스의 이미지를 Dockerfile로 빌드합니다.', '문자열이면 빌드 컨텍스트 경로(`build: .`), 객체면 `context`, `dockerfile`, `args`, `target` 등을 씁니다. `docker compose up --build`로 다시 빌드합니다.'],
    en: ["Builds this service's image from a Dockerfile.", 'A string is the build context path (`build: .`); an object takes `context`, `dockerfile`, `args`, `target`… Rebuild with `docker compose up --build`.'],
    example: 'build: "."',
    sources: [composeIntro],
    pitfalls: [pitfall('이미지가 이미 있으면 `up`은 다시 빌드하지 않습니다. Dockerfile을 고쳤다면 `--build`를 붙이세요.', 'If the image exists, `up` does not rebuild it; add `--build` after editing the Dockerfile.')],
    related: ['concept.build-cache'],
  }),
  key('services.*.build.context', {
    page: 'build/#context',
    ko: ['빌드 컨텍스트: 빌더로 보낼 디렉터리(또는 Git URL)입니다.', 'Compose 파일 위치 기준의 상대 경로입니다. `COPY`/`ADD`는 이 안의 파일만 볼 수 있습니다.'],
    en: ['The build context: the directory (or Git URL) sent to the builder.', 'Relative to the Compose file. `COPY`/`ADD` can only see files inside it.'],
    example: 'build:\n  context: ./backend',
    sources: [composeIntro],
    related: ['concept.dockerignore'],
  }),
  key('services.*.build.dockerfile', {
    page: 'build/#dockerfile',
    ko: ['사용할 Dockerfile 경로입니다(`docker build -f`와 같음).', '`context` 기준의 상대 경로입니다. 기본은 `Dockerfile`입니다.'],
    en: ['The Dockerfile to use (like `docker build -f`).', 'Relative to `context`; defaults to `Dockerfile`.'],
    example: 'build:\n  context: .\n  dockerfile: Dockerfile-basic',
    sources: [composeIntro],
    related: ['concept.dockerfile'],
  }),
  key('services.*.build.args', {
    page: 'build/#args',
    ko: ['Dockerfile의 `ARG`에 넘길 빌드 인자입니다.', '빌드할 때만 쓰이고 실행 중인 컨테이너의 환경 변수가 되지는 않습니다. 비밀번호는 넣지 마세요(이미지 이력에 남음).'],
    en: ["Build arguments for the Dockerfile's `ARG`s.", 'Used at build time only — they do not become environment variables of the container. Keep secrets out (they stay in the image history).'],
    example: 'build:\n  context: .\n  args:\n    NODE_VERSION: "20"',
    sources: [composeIntro],
    related: ['concept.build-secrets'],
  }),
  key('services.*.build.target', {
    page: 'build/#target',
    ko: ['멀티 스테이지 Dockerfile에서 빌드할 스테이지(`FROM ... AS 이름`)입니다.', '그 스테이지까지만 빌드합니다. 개발용과 배포용 이미지를 한 Dockerfile에서 나눌 때 씁니다.'],
    en: ['The stage (`FROM … AS name`) of a multi-stage Dockerfile to build.', 'Building stops at that stage: one Dockerfile, separate dev and production images.'],
    example: 'build:\n  context: .\n  target: build',
    sources: [source('inflearn', '멀티 스테이지 빌드')],
    related: ['concept.multi-stage'],
  }),
  svc('container_name', {
    page: 'services/#container_name',
    ko: ['컨테이너 이름을 직접 정합니다(`docker run --name`과 같음).', '생략하면 `프로젝트-서비스-번호`로 붙습니다. 이름이 고정되므로 이 서비스는 여러 개로 늘릴(scale) 수 없습니다.'],
    en: ['Sets the container name (like `docker run --name`).', 'Otherwise it is `project-service-N`. A fixed name means the service cannot be scaled beyond one container.'],
    example: 'container_name: "node_test"',
    sources: [composeIntro],
    pitfalls: [pitfall('다른 서비스에서 접속할 때는 컨테이너 이름이 아니라 서비스 이름을 쓰면 됩니다.', 'Other services can reach it by service name; the container name is not needed for that.')],
    related: ['concept.container-identity'],
  }),
  svc('ports', {
    page: 'services/#ports',
    ko: ['호스트 포트를 컨테이너 포트에 연결합니다: `"호스트:컨테이너"`(`docker run -p`와 같음).', '`"3307:3306"`이면 호스트의 3307번이 컨테이너의 3306번으로 갑니다. `"127.0.0.1:8080:80"`처럼 호스트 IP를 붙이면 그 주소에서만 받습니다. 서비스끼리는 포트를 공개하지 않아도 네트워크 안에서 통신합니다.'],
    en: ['Publishes container ports on the host: `"host:container"` (like `docker run -p`).', '`"3307:3306"` sends host port 3307 to container port 3306. Prefix a host IP (`"127.0.0.1:8080:80"`) to listen on that address only. Services talk to each other without publishing anything.'],
    example: 'ports:\n  - "3307:3306"',
    sources: [composeExample, composeIntro],
    pitfalls: [
      pitfall('포트는 따옴표로 감싼 문자열로 쓰세요. YAML 1.1에서 `22:22`처럼 60 미만의 숫자 쌍은 60진수로 읽힐 수 있습니다.', 'Quote port mappings: YAML 1.1 can read pairs under 60 such as `22:22` as base-60 numbers.'),
    ],
    related: ['concept.expose-vs-publish'],
  }),
  svc('expose', {
    page: 'services/#expose',
    ko: ['다른 서비스에 열어 둘 컨테이너 포트를 적습니다. 호스트에는 공개하지 않습니다.', 'Dockerfile의 `EXPOSE`처럼 문서 역할에 가깝습니다. 같은 네트워크의 서비스는 이것 없이도 접속할 수 있고, 호스트에서 접속하려면 `ports`가 필요합니다.'],
    en: ['Lists container ports meant for other services; nothing is published on the host.', "Mostly documentation, like the Dockerfile's `EXPOSE`: services on the same network connect without it, and the host needs `ports`."],
    example: 'expose:\n  - "3000"',
    sources: [composeExample],
    related: ['concept.expose-vs-publish'],
  }),
  svc('volumes', {
    page: 'services/#volumes',
    ko: ['볼륨이나 호스트 경로를 컨테이너에 마운트합니다: `원본:컨테이너경로[:ro]`.', '`./mysqldata:/var/lib/mysql`처럼 `.`이나 `/`로 시작하면 바인드 마운트(상대 경로는 Compose 파일 기준), 이름이면 최상위 `volumes:`에 정의한 볼륨입니다. 컨테이너를 다시 만들어도 데이터가 남습니다.'],
    en: ['Mounts volumes or host paths into the container: `source:containerPath[:ro]`.', 'A source starting with `.` or `/` is a bind mount (relative to the Compose file), as in `./mysqldata:/var/lib/mysql`; a name refers to a top-level `volumes:` entry. Data survives recreating the container.'],
    example: 'volumes:\n  - ./mysqldata:/var/lib/mysql',
    sources: [composeExample],
    pitfalls: [pitfall('이름 있는 볼륨을 쓰면서 최상위 `volumes:`에 정의하지 않으면 오류가 납니다.', 'A named volume not declared under the top-level `volumes:` is an error.')],
    related: ['concept.volume-vs-bind-mount', 'concept.volume'],
  }),
  svc('environment', {
    page: 'services/#environment',
    ko: ['컨테이너의 환경 변수를 정합니다(`docker run -e`와 같음).', '목록(`- KEY=value`)이나 맵(`KEY: value`)으로 씁니다. 값에 `${VAR}`를 쓰면 Compose를 실행한 셸이나 `.env` 파일의 값으로 바뀝니다.'],
    en: ["Sets the container's environment variables (like `docker run -e`).", 'Write a list (`- KEY=value`) or a map (`KEY: value`). `${VAR}` in a value is replaced from the shell or the `.env` file.'],
    example: 'environment:\n  - MYSQL_ROOT_PASSWORD=jjcoding\n  - MYSQL_DATABASE=jjdb',
    sources: [composeExample],
    pitfalls: [
      pitfall('노트의 `enviroment:`는 오타입니다. `environment:`가 맞고, 오타가 있으면 Compose가 알 수 없는 키라며 실행을 거부합니다.', "The note's `enviroment:` is a typo for `environment:`; Compose rejects the unknown key."),
      pitfall('`- MYSQL_DATABASE= jjdb`처럼 `=` 뒤에 공백을 두면 값에 공백이 포함됩니다.', 'A space after `=`, as in `- MYSQL_DATABASE= jjdb`, becomes part of the value.'),
    ],
    related: ['concept.environment-variables', 'concept.build-secrets'],
  }),
  svc('env_file', {
    page: 'services/#env_file',
    ko: ['환경 변수를 파일(`KEY=value` 줄들)에서 읽어 컨테이너에 넣습니다.', '경로는 Compose 파일 기준입니다. `environment:`에 같은 변수가 있으면 그쪽이 이깁니다. 프로젝트의 `.env` 파일(Compose 파일 속 `${VAR}` 치환용)과는 다릅니다.'],
    en: ['Reads environment variables for the container from files of `KEY=value` lines.', "Paths are relative to the Compose file; `environment:` wins on conflicts. Not the same as the project's `.env` file, which feeds `${VAR}` substitution in the Compose file."],
    example: 'env_file:\n  - ./db.env',
    sources: [composeExample],
    related: ['concept.environment-variables'],
  }),
  svc('depends_on', {
    page: 'services/#depends_on',
    ko: ['이 서비스보다 먼저 시작할 서비스를 정합니다.', '기본으로는 시작 순서만 보장하고, 상대가 "준비됐는지"는 기다리지 않습니다. DB가 준비될 때까지 기다리려면 상대에 `healthcheck`를 두고 `condition: service_healthy`를 쓰세요.'],
    en: ['Services to start before this one.', "By default it only orders startup; it doesn't wait until the other service is ready. To wait for a database, give it a `healthcheck` and use `condition: service_healthy`."],
    example: 'depends_on:\n  db:\n    condition: service_healthy',
    values: {
      service_started: { ko: '상대 컨테이너가 시작되면 바로(기본값)', en: 'as soon as the dependency has started (the default)' },
      service_healthy: { ko: '상대의 `healthcheck`가 healthy가 될 때까지 기다림', en: "wait until the dependency's `healthcheck` reports healthy" },
      service_completed_successfully: { ko: '상대가 종료 코드 0으로 끝날 때까지 기다림(마이그레이션 등)', en: 'wait until the dependency exits with code 0 (migrations and the like)' },
    },
    sources: [composeBasics],
  }),
  key('services.*.depends_on.*.condition', {
    page: 'services/#depends_on',
    ko: ['의존 서비스가 어떤 상태가 될 때까지 기다릴지 정합니다.', '`service_healthy`를 쓰려면 상대 서비스에 `healthcheck`가 있어야 합니다.'],
    en: ['Which state of the dependency to wait for.', '`service_healthy` needs a `healthcheck` on the other service.'],
    example: 'depends_on:\n  db:\n    condition: service_healthy',
    values: {
      service_started: { ko: '시작되면 바로(기본값)', en: 'once started (the default)' },
      service_healthy: { ko: 'healthcheck가 통과할 때까지', en: 'once its healthcheck passes' },
      service_completed_successfully: { ko: '종료 코드 0으로 끝날 때까지', en: 'once it has exited with code 0' },
    },
    sources: [composeBasics],
  }),
  svc('restart', {
    page: 'services/#restart',
    ko: ['컨테이너가 멈췄을 때 다시 시작할 정책입니다(`docker run --restart`와 같음).', 'DB처럼 계속 돌아야 하는 서비스에는 `always`나 `unless-stopped`를 씁니다.'],
    en: ['The restart policy for when the container stops (like `docker run --restart`).', 'Long-running services such as databases get `always` or `unless-stopped`.'],
    example: 'restart: always',
    values: restartValues,
    sources: [composeExample],
    pitfalls: [pitfall('`no`는 YAML 1.1에서 불리언 false로 읽힐 수 있으니 `"no"`처럼 따옴표로 감싸세요.', 'Quote `"no"`: YAML 1.1 may read a bare `no` as boolean false.')],
    related: ['concept.restart-policy'],
  }),
  svc('networks', {
    page: 'services/#networks',
    ko: ['이 서비스를 연결할 네트워크 목록입니다.', '이름은 최상위 `networks:`에 정의돼 있어야 합니다. 생략하면 프로젝트의 `default` 네트워크에 붙습니다. `aliases`로 네트워크 안에서 쓸 별칭을 더할 수 있습니다.'],
    en: ['Networks this service joins.', 'Each must be defined under the top-level `networks:`. Without it the service joins the project\'s `default` network; `aliases` adds extra names on a network.'],
    example: 'networks:\n  - leafy-network',
    sources: [userNetworks],
    related: ['concept.network'],
  }),
  svc('network_mode', {
    page: 'services/#network_mode',
    ko: ['컨테이너의 네트워크 방식을 정합니다(`docker run --network`와 같음).', '`networks:`와 함께 쓸 수 없습니다. `host`에서는 `ports`가 무시됩니다.'],
    en: ["Sets the container's network mode (like `docker run --network`).", 'Cannot be combined with `networks:`; with `host`, `ports` are ignored.'],
    example: 'network_mode: "host"',
    values: {
      bridge: { ko: '기본 bridge 네트워크', en: 'the default bridge network' },
      host: { ko: '호스트의 네트워크를 그대로 씀(포트 매핑 없음)', en: "share the host's network stack (no port mapping)" },
      none: { ko: '네트워크를 끔', en: 'no networking' },
      'service:': { ko: '`service:이름` — 다른 서비스 컨테이너의 네트워크를 같이 씀', en: "`service:name` — share another service's container network" },
      'container:': { ko: '`container:이름` — 이미 있는 컨테이너의 네트워크를 같이 씀', en: "`container:name` — share an existing container's network" },
    },
    sources: [userNetworks],
    related: ['concept.network'],
  }),
  svc('command', {
    page: 'services/#command',
    ko: ['이미지의 `CMD`를 대신할 명령입니다.', '문자열이나 목록(`["npm", "start"]`)으로 씁니다. `ENTRYPOINT`가 있으면 그 인자로 붙습니다.'],
    en: ["Overrides the image's `CMD`.", 'A string or a list (`["npm", "start"]`). With an `ENTRYPOINT`, it becomes its arguments.'],
    example: 'command: ["npm", "start"]',
    sources: [composeBasics],
    related: ['concept.cmd-vs-entrypoint'],
  }),
  svc('entrypoint', {
    page: 'services/#entrypoint',
    ko: ['이미지의 `ENTRYPOINT`를 대신할 명령입니다.', '설정하면 이미지의 기본 `CMD`도 무시됩니다. 필요하면 `command:`로 다시 주세요.'],
    en: ["Overrides the image's `ENTRYPOINT`.", "Setting it also drops the image's default `CMD`; give one again with `command:` if needed."],
    example: 'entrypoint: ["/docker-entrypoint.sh"]',
    sources: [composeBasics],
    related: ['concept.cmd-vs-entrypoint'],
  }),
  svc('working_dir', {
    page: 'services/#working_dir',
    ko: ['컨테이너 안의 작업 디렉터리입니다(이미지의 `WORKDIR`를 덮어씀).', 'Dockerfile에 이미 `WORKDIR`가 있으면 보통 적지 않아도 됩니다.'],
    en: ["The working directory inside the container (overrides the image's `WORKDIR`).", 'Usually unnecessary when the Dockerfile already sets `WORKDIR`.'],
    example: 'working_dir: "/app"',
    sources: [composeIntro],
  }),
  svc('user', {
    page: 'services/#user',
    ko: ['컨테이너 프로세스를 실행할 사용자(이름 또는 UID[:GID])입니다.', '이미지의 `USER`를 덮어씁니다(`docker run -u`와 같음).'],
    en: ['The user (name or UID[:GID]) the process runs as.', "Overrides the image's `USER` (like `docker run -u`)."],
    example: 'user: "1000:1000"',
    sources: [composeBasics],
  }),
  svc('healthcheck', {
    page: 'services/#healthcheck',
    ko: ['컨테이너가 정상인지 주기적으로 확인할 명령입니다.', '상태가 healthy/unhealthy로 표시되고, 다른 서비스의 `depends_on: condition: service_healthy`가 이를 기다립니다. Dockerfile의 `HEALTHCHECK`를 덮어씁니다.'],
    en: ['A command run periodically to check that the container is healthy.', "The state shows as healthy/unhealthy, and other services' `depends_on: condition: service_healthy` waits for it. Overrides the Dockerfile's `HEALTHCHECK`."],
    example: 'healthcheck:\n  test: ["CMD", "pg_isready", "-U", "postgres"]\n  interval: 10s\n  timeout: 5s\n  retries: 5',
    sources: [composeBasics],
    related: ['concept.container-lifecycle'],
  }),
  key('services.*.healthcheck.test', {
    page: 'services/#healthcheck',
    ko: ['확인에 쓸 명령입니다. 종료 코드 0이면 정상입니다.', '`["CMD", ...]`는 명령을 바로 실행하고, `["CMD-SHELL", "..."]`나 문자열은 셸로 실행합니다. `["NONE"]`은 확인을 끕니다.'],
    en: ['The check command; exit code 0 means healthy.', '`["CMD", ...]` runs it directly; `["CMD-SHELL", "..."]` or a plain string runs it in a shell; `["NONE"]` turns the check off.'],
    example: 'test: ["CMD", "curl", "-f", "http://localhost"]',
    sources: [composeBasics],
  }),
  key('services.*.healthcheck.interval', {
    page: 'services/#healthcheck',
    ko: ['확인 사이의 간격입니다(기본 30s).', '`10s`, `1m30s`처럼 단위를 붙여 씁니다.'],
    en: ['Time between checks (default 30s).', 'Written with units: `10s`, `1m30s`.'],
    example: 'interval: 10s',
    sources: [composeBasics],
  }),
  key('services.*.healthcheck.timeout', {
    page: 'services/#healthcheck',
    ko: ['확인 한 번을 기다리는 최대 시간입니다(기본 30s).', '이 시간을 넘기면 실패로 칩니다.'],
    en: ['How long one check may take (default 30s).', 'Longer counts as a failure.'],
    example: 'timeout: 5s',
    sources: [composeBasics],
  }),
  key('services.*.healthcheck.retries', {
    page: 'services/#healthcheck',
    ko: ['연속으로 몇 번 실패하면 unhealthy로 볼지 정합니다(기본 3).', '한 번의 일시적인 실패로 unhealthy가 되지 않도록 여유를 두는 값입니다.'],
    en: ['How many consecutive failures mark the container unhealthy (default 3).', 'Leaves room for a passing hiccup before the container is marked unhealthy.'],
    example: 'retries: 5',
    sources: [composeBasics],
  }),
  key('services.*.healthcheck.start_period', {
    page: 'services/#healthcheck',
    ko: ['시작 직후 준비 시간입니다. 이 동안의 실패는 횟수에 넣지 않습니다.', 'DB처럼 뜨는 데 오래 걸리는 서비스에 씁니다.'],
    en: ['A grace period after start during which failures do not count.', 'For services that take a while to come up, such as databases.'],
    example: 'start_period: 30s',
    sources: [composeBasics],
  }),
  key('services.*.healthcheck.disable', {
    page: 'services/#healthcheck',
    ko: ['`true`면 이미지에 정의된 healthcheck를 끕니다.', 'Dockerfile의 `HEALTHCHECK`가 이 서비스에 맞지 않을 때 씁니다. `test: ["NONE"]`과 같습니다.'],
    en: ['`true` turns off any healthcheck the image defines.', 'For when the Dockerfile\'s `HEALTHCHECK` does not suit this service; same as `test: ["NONE"]`.'],
    example: 'disable: true',
    sources: [composeBasics],
  }),
  svc('secrets', {
    page: 'services/#secrets',
    ko: ['이 서비스가 쓸 시크릿 목록입니다.', '최상위 `secrets:`에 정의한 것을 이름으로 적으면 `/run/secrets/<이름>` 파일로 들어옵니다. 많은 공식 이미지가 `MYSQL_ROOT_PASSWORD_FILE`처럼 `_FILE` 변수로 이를 읽습니다.'],
    en: ['Secrets this service can read.', 'Name entries from the top-level `secrets:`; each appears as `/run/secrets/<name>`. Many official images read them through `_FILE` variables such as `MYSQL_ROOT_PASSWORD_FILE`.'],
    example: 'secrets:\n  - db_password',
    sources: [composeExample],
    related: ['concept.build-secrets'],
  }),
  svc('configs', {
    page: 'services/#configs',
    ko: ['이 서비스에 넣어 줄 config 목록입니다.', '최상위 `configs:`에 정의한 것을 이름으로 적습니다. 기본 위치는 컨테이너의 `/<이름>`입니다.'],
    en: ['Configs handed to this service.', 'Name entries from the top-level `configs:`; by default each lands at `/<name>` in the container.'],
    example: 'configs:\n  - source: nginx_conf\n    target: /etc/nginx/nginx.conf',
    sources: [composeBasics],
  }),
  svc('links', {
    page: 'services/#links',
    ko: ['(레거시) 다른 서비스를 별칭으로 연결합니다(`docker run --link`와 같음).', '같은 네트워크의 서비스는 이름으로 이미 접속할 수 있어서 보통 필요 없습니다. 순서가 필요하면 `depends_on`을 쓰세요.'],
    en: ['(Legacy) Links to another service under an alias (like `docker run --link`).', 'Services on the same network already reach each other by name; use `depends_on` for ordering.'],
    example: 'links:\n  - "db:database"',
    sources: [source('course', 'Container간의 연결(mysql)')],
    pitfalls: [pitfall('`links`는 레거시입니다. 네트워크와 서비스 이름으로 접속하세요.', '`links` is legacy; connect by service name on a shared network.')],
    related: ['concept.network'],
  }),
  svc('stdin_open', {
    page: 'services/#stdin_open',
    ko: ['표준 입력을 열어 둡니다(`docker run -i`와 같음).', '`tty: true`와 함께 쓰면 `docker attach`로 셸에 입력할 수 있습니다.'],
    en: ['Keeps standard input open (like `docker run -i`).', 'With `tty: true`, you can type into it after `docker attach`.'],
    example: 'stdin_open: true',
    sources: [source('course', 'docker run 명령어')],
    related: ['concept.tty'],
  }),
  svc('tty', {
    page: 'services/#tty',
    ko: ['가상 터미널을 할당합니다(`docker run -t`와 같음).', '셸만 실행하는 컨테이너가 바로 끝나지 않게 할 때 `stdin_open`과 함께 씁니다.'],
    en: ['Allocates a pseudo-terminal (like `docker run -t`).', 'Used with `stdin_open` to keep a shell-only container from exiting at once.'],
    example: 'tty: true',
    sources: [source('course', 'docker run 명령어')],
    related: ['concept.tty'],
  }),
  svc('deploy', {
    page: 'deploy/',
    ko: ['복제 수, 자원 제한, 재시작 정책 같은 배포 설정입니다.', '`docker compose`는 `replicas`와 `resources`(CPU/메모리 제한) 등을 적용합니다. Swarm 전용 항목도 있습니다.'],
    en: ['Deployment settings: replicas, resource limits, restart policy.', '`docker compose` applies `replicas` and `resources` (CPU/memory limits), among others; some items are Swarm-only.'],
    example: 'deploy:\n  resources:\n    limits:\n      memory: 512M',
    sources: [composeBasics],
  }),
  key('services.*.deploy.replicas', {
    page: 'deploy/#replicas',
    ko: ['실행할 컨테이너 개수입니다.', '`container_name`이나 고정된 호스트 포트가 있으면 여러 개를 띄울 수 없습니다.'],
    en: ['How many containers to run.', 'Impossible with a `container_name` or a fixed host port.'],
    example: 'deploy:\n  replicas: 2',
    sources: [composeBasics],
  }),
  key('services.*.deploy.resources', {
    page: 'deploy/#resources',
    ko: ['CPU와 메모리의 제한(`limits`)과 예약(`reservations`)입니다.', '`docker run --cpus`, `-m`과 같은 효과입니다. GPU도 여기서 `devices`로 요청합니다.'],
    en: ['CPU and memory `limits` and `reservations`.', 'The same effect as `docker run --cpus` and `-m`; GPUs are requested here too, under `devices`.'],
    example: 'deploy:\n  resources:\n    limits:\n      cpus: "0.5"\n      memory: 512M',
    sources: [source('course', 'docker run 명령어')],
  }),
  svc('labels', {
    page: 'services/#labels',
    ko: ['컨테이너에 붙일 메타데이터(키-값)입니다.', '리버스 프록시(Traefik 등)나 모니터링 도구가 읽는 설정에 자주 씁니다.'],
    en: ['Metadata (key-value) attached to the container.', 'Often read by reverse proxies (Traefik…) and monitoring tools.'],
    example: 'labels:\n  com.example.team: "backend"',
    sources: [composeBasics],
  }),
  svc('profiles', {
    page: 'services/#profiles',
    ko: ['이 서비스가 속한 프로필입니다. 프로필을 켰을 때만 시작됩니다.', '`docker compose --profile debug up`처럼 켭니다. 프로필이 없는 서비스는 항상 시작됩니다.'],
    en: ['Profiles this service belongs to; it starts only when one is enabled.', 'Enable with `docker compose --profile debug up`. Services without profiles always start.'],
    example: 'profiles: ["debug"]',
    sources: [composeBasics],
  }),
  svc('logging', {
    page: 'services/#logging',
    ko: ['이 서비스의 로그 드라이버와 옵션입니다.', '기본 `json-file`은 로그를 무한히 쌓으므로 `max-size`, `max-file`로 제한하는 것이 좋습니다.'],
    en: ["This service's logging driver and options.", 'The default `json-file` keeps growing; cap it with `max-size` and `max-file`.'],
    example: 'logging:\n  driver: json-file\n  options:\n    max-size: "10m"\n    max-file: "3"',
    sources: [source('course', 'Docker logs')],
  }),
  svc('hostname', {
    page: 'services/#hostname',
    ko: ['컨테이너 안에서 보이는 호스트 이름입니다(`docker run -h`와 같음).', '다른 서비스는 이것과 상관없이 서비스 이름으로 접속합니다.'],
    en: ['The hostname seen inside the container (like `docker run -h`).', 'Other services still reach it by service name.'],
    example: 'hostname: web01',
    sources: [composeBasics],
  }),
  svc('privileged', {
    page: 'services/#privileged',
    ko: ['컨테이너에 호스트의 거의 모든 권한을 줍니다(`docker run --privileged`와 같음).', '격리가 사실상 사라지니 꼭 필요할 때만 쓰세요.'],
    en: ['Gives the container nearly full host privileges (like `docker run --privileged`).', 'It all but removes isolation; use only when unavoidable.'],
    example: 'privileged: true',
    sources: [composeBasics],
  }),
  svc('pull_policy', {
    page: 'services/#pull_policy',
    ko: ['이미지를 언제 레지스트리에서 받을지 정합니다.', '기본(`missing`)은 로컬에 없을 때만 받습니다.'],
    en: ['When to pull the image from the registry.', 'The default (`missing`) pulls only when it is not local.'],
    example: 'pull_policy: always',
    values: {
      always: { ko: '항상 받음', en: 'always pull' },
      never: { ko: '받지 않음(로컬에 없으면 오류)', en: 'never pull (error if missing)' },
      missing: { ko: '로컬에 없을 때만 받음(기본값)', en: 'pull only when missing (the default)' },
      build: { ko: '받지 않고 항상 빌드', en: 'always build instead of pulling' },
      daily: { ko: '하루에 한 번 새로 확인', en: 'check for updates once a day' },
    },
    sources: [source('course', 'Image Download')],
  }),
  svc('extra_hosts', {
    page: 'services/#extra_hosts',
    ko: ['컨테이너의 `/etc/hosts`에 호스트 이름과 IP를 추가합니다.', '`host.docker.internal:host-gateway`로 호스트 머신에 접속할 이름을 만들 때 많이 씁니다.'],
    en: ["Adds hostname-to-IP entries to the container's `/etc/hosts`.", 'Commonly `host.docker.internal:host-gateway`, to reach the host machine by name.'],
    example: 'extra_hosts:\n  - "host.docker.internal:host-gateway"',
    sources: [userNetworks],
  }),
  svc('cap_add', {
    page: 'services/#cap_add',
    ko: ['컨테이너에 리눅스 커널 기능(capability)을 추가합니다.', '`privileged` 대신 필요한 권한만 더할 때 씁니다.'],
    en: ['Adds Linux kernel capabilities to the container.', 'Grant just what is needed instead of `privileged`.'],
    example: 'cap_add:\n  - NET_ADMIN',
    sources: [composeBasics],
  }),
  svc('init', {
    page: 'services/#init',
    ko: ['컨테이너의 PID 1로 작은 init 프로세스를 둡니다.', '신호를 전달하고 좀비 프로세스를 거둬 줍니다. 신호를 처리하지 않는 앱이 `stop`에 바로 반응하게 합니다.'],
    en: ['Runs a tiny init process as PID 1 in the container.', "It forwards signals and reaps zombies, so apps that ignore signals still respond to `stop`."],
    example: 'init: true',
    sources: [composeBasics],
  }),
  svc('platform', {
    page: 'services/#platform',
    ko: ['이미지의 플랫폼(OS/아키텍처)을 정합니다.', 'Apple Silicon에서 amd64 이미지를 쓸 때처럼 `linux/amd64`를 지정합니다.'],
    en: ['The image platform (OS/architecture).', 'For example `linux/amd64` to run amd64 images on Apple Silicon.'],
    example: 'platform: linux/amd64',
    sources: [composeBasics],
  }),
  svc('stop_grace_period', {
    page: 'services/#stop_grace_period',
    ko: ['정지할 때 `SIGTERM` 뒤 `SIGKILL`까지 기다리는 시간입니다(기본 10s).', 'DB처럼 정리할 시간이 필요한 서비스는 늘려 주세요.'],
    en: ['How long to wait after `SIGTERM` before `SIGKILL` on stop (default 10s).', 'Raise it for services that need time to shut down cleanly, like databases.'],
    example: 'stop_grace_period: 1m',
    sources: [composeBasics],
  }),
  svc('extends', {
    page: 'services/#extends',
    ko: ['다른 서비스(같은 파일이나 다른 파일)의 설정을 물려받습니다.', '공통 설정을 한곳에 두고 서비스마다 다른 부분만 씁니다.'],
    en: ["Inherits another service's configuration (from this or another file).", 'Keep shared settings in one place and write only the differences.'],
    example: 'extends:\n  file: common.yml\n  service: base',
    sources: [composeBasics],
  }),
  svc('devices', {
    page: 'services/#devices',
    ko: ['호스트 장치를 컨테이너에 연결합니다: `호스트장치:컨테이너장치`.', '`privileged` 없이 특정 장치만 넘길 때 씁니다.'],
    en: ['Maps host devices into the container: `hostDevice:containerDevice`.', 'Passes specific devices without `privileged`.'],
    example: 'devices:\n  - "/dev/ttyUSB0:/dev/ttyUSB0"',
    sources: [composeBasics],
  }),
  svc('dns', {
    page: 'services/#dns',
    ko: ['컨테이너가 쓸 DNS 서버입니다.', '지정하면 도커 기본 DNS 설정 대신 이 서버를 씁니다.'],
    en: ['DNS servers for the container.', "Replaces Docker's default resolver configuration."],
    example: 'dns: 8.8.8.8',
    sources: [userNetworks],
  }),
  svc('read_only', {
    page: 'services/#read_only',
    ko: ['컨테이너의 파일 시스템을 읽기 전용으로 만듭니다.', '써야 하는 경로는 `volumes`나 `tmpfs`로 따로 마운트합니다.'],
    en: ["Makes the container's filesystem read-only.", 'Mount writable paths separately with `volumes` or `tmpfs`.'],
    example: 'read_only: true',
    sources: [volumesNote],
  }),
  svc('tmpfs', {
    page: 'services/#tmpfs',
    ko: ['메모리에 있는 임시 파일 시스템을 마운트합니다.', '컨테이너가 멈추면 내용이 사라집니다.'],
    en: ['Mounts an in-memory temporary filesystem.', 'Its contents vanish when the container stops.'],
    example: 'tmpfs: /tmp',
    sources: [volumesNote],
  }),
];

const definitions: KnowledgeEntry[] = [
  key('networks.*.driver', {
    page: 'networks/#driver',
    ko: ['네트워크 드라이버입니다.', '한 호스트에서는 기본값인 `bridge`를, Swarm에서는 `overlay`를 씁니다.'],
    en: ['The network driver.', '`bridge` (the default) on a single host; `overlay` for Swarm.'],
    example: 'networks:\n  leafy-network:\n    driver: bridge',
    values: {
      bridge: { ko: '한 호스트 안의 가상 네트워크(기본값)', en: 'a virtual network on one host (the default)' },
      overlay: { ko: '여러 호스트에 걸친 네트워크(Swarm)', en: 'a network spanning hosts (Swarm)' },
      host: { ko: '호스트 네트워크를 그대로 사용', en: "the host's own network" },
      none: { ko: '네트워크 없음', en: 'no networking' },
    },
    sources: [userNetworks],
    related: ['concept.network'],
  }),
  key('networks.*.external', {
    page: 'networks/#external',
    ko: ['`true`면 Compose가 만들지 않고 이미 있는 네트워크를 씁니다.', '`docker network create`로 미리 만든 네트워크에 붙을 때 씁니다. 없으면 오류가 납니다.'],
    en: ['`true` means the network already exists; Compose will not create it.', 'For joining a network made with `docker network create`; it is an error if missing.'],
    example: 'networks:\n  leafy-network:\n    external: true',
    sources: [userNetworks],
    related: ['concept.network'],
  }),
  key('networks.*.name', {
    page: 'networks/#name',
    ko: ['네트워크의 실제 이름입니다.', '지정하지 않으면 `프로젝트_네트워크` 형식이 됩니다. `external`과 함께 쓰면 찾을 네트워크 이름입니다.'],
    en: ["The network's actual name.", 'Otherwise it is `project_network`. With `external`, it is the name to look up.'],
    example: 'networks:\n  app:\n    name: leafy-network',
    sources: [userNetworks],
  }),
  key('volumes.*.driver', {
    page: 'volumes/#driver',
    ko: ['볼륨 드라이버입니다(기본 `local`).', 'NFS 같은 원격 저장소는 `local` 드라이버의 `driver_opts`나 플러그인 드라이버로 씁니다.'],
    en: ['The volume driver (default `local`).', 'Remote storage such as NFS goes through `driver_opts` of `local` or a plugin driver.'],
    example: 'volumes:\n  db-data:\n    driver: local',
    sources: [volumesNote],
    related: ['concept.volume'],
  }),
  key('volumes.*.external', {
    page: 'volumes/#external',
    ko: ['`true`면 Compose가 만들지 않고 이미 있는 볼륨을 씁니다.', '`docker volume create`로 미리 만든 볼륨을 쓸 때입니다. `down -v`로도 지워지지 않습니다.'],
    en: ['`true` means the volume already exists; Compose will not create it.', 'For volumes made with `docker volume create`; even `down -v` leaves them.'],
    example: 'volumes:\n  db-data:\n    external: true',
    sources: [volumesNote],
    related: ['concept.volume'],
  }),
  key('volumes.*.name', {
    page: 'volumes/#name',
    ko: ['볼륨의 실제 이름입니다.', '지정하지 않으면 `프로젝트_볼륨` 형식이 됩니다.'],
    en: ["The volume's actual name.", 'Otherwise it is `project_volume`.'],
    example: 'volumes:\n  data:\n    name: leafy-data',
    sources: [volumesNote],
  }),
  key('secrets.*.file', {
    page: 'secrets/',
    ko: ['시크릿 값을 읽을 파일 경로입니다.', 'Compose 파일 기준의 상대 경로입니다. 이 파일은 Git에 올리지 마세요.'],
    en: ['The file the secret is read from.', 'Relative to the Compose file. Keep it out of Git.'],
    example: 'secrets:\n  db_password:\n    file: ./db_password.txt',
    sources: [composeExample],
  }),
  key('secrets.*.environment', {
    page: 'secrets/',
    ko: ['시크릿 값을 읽을 환경 변수 이름입니다.', 'Compose를 실행하는 셸의 환경 변수 값을 시크릿으로 씁니다.'],
    en: ['The environment variable the secret is read from.', "Uses that variable's value in the shell running Compose."],
    example: 'secrets:\n  api_token:\n    environment: API_TOKEN',
    sources: [composeExample],
  }),
  key('secrets.*.external', {
    page: 'secrets/',
    ko: ['`true`면 이미 있는 시크릿을 씁니다(Swarm).', 'Swarm에서 `docker secret create`로 미리 만든 시크릿을 가리킵니다. Compose가 만들지 않습니다.'],
    en: ['`true` means the secret already exists (Swarm).', 'Refers to a secret made beforehand with `docker secret create`; Compose does not create it.'],
    example: 'secrets:\n  db_password:\n    external: true',
    sources: [composeExample],
  }),
  key('configs.*.file', {
    page: 'configs/',
    ko: ['config 내용을 읽을 파일 경로입니다.', 'Compose 파일 기준의 상대 경로입니다.'],
    en: ['The file the config is read from.', 'Relative to the Compose file.'],
    example: 'configs:\n  nginx_conf:\n    file: ./nginx.conf',
    sources: [composeBasics],
  }),
];

export const composeEntries: readonly KnowledgeEntry[] = [...topLevel, ...services, ...definitions];
