/**
 * The `docker` CLI as the notes use it: one entry per command and one per flag
 * the notes mention. Text is our own, checked against Docker's CLI reference;
 * where a note is wrong (`-rm`, `--it`, "login logs out") the pitfalls say so.
 */
import { pitfall, source } from '../notes';
import type { Bilingual, KnowledgeEntry, NoteSource } from '../types';

const cliReference = 'https://docs.docker.com/reference/cli/docker/';

/** A command and the page of Docker's CLI reference that documents it (`container/run`). */
interface Command {
  readonly name: string;
  readonly page: string;
}

interface EntryText {
  readonly ko: readonly [summary: string, details: string];
  readonly en: readonly [summary: string, details: string];
  readonly example: string;
  readonly sources: readonly NoteSource[];
  readonly aliases?: readonly string[];
  readonly pitfalls?: readonly Bilingual[];
  readonly values?: Readonly<Record<string, Bilingual>>;
  readonly related?: readonly string[];
}

function commandEntry(command: Command, text: EntryText): KnowledgeEntry {
  return {
    id: command.name === '' ? 'cli.docker' : `cli.docker ${command.name}`,
    kind: 'cli-command',
    title: command.name === '' ? 'docker' : `docker ${command.name}`,
    aliases: text.aliases,
    ko: { summary: text.ko[0], details: text.ko[1] },
    en: { summary: text.en[0], details: text.en[1] },
    example: text.example,
    pitfalls: text.pitfalls,
    values: text.values,
    sources: text.sources,
    reference: `${cliReference}${command.page}`,
    related: text.related,
  };
}

/** `long` is the flag's long form (`--publish`); `short` its one-letter form (`-p`). */
function flagEntry(command: Command, long: string, short: string | undefined, text: EntryText): KnowledgeEntry {
  return {
    id: command.name === '' ? `cli.docker.${long}` : `cli.docker ${command.name}.${long}`,
    kind: 'cli-flag',
    title: short ? `${short}, ${long}` : long,
    aliases: short ? [short, ...(text.aliases ?? [])] : text.aliases,
    ko: { summary: text.ko[0], details: text.ko[1] },
    en: { summary: text.en[0], details: text.en[1] },
    example: text.example,
    pitfalls: text.pitfalls,
    values: text.values,
    sources: text.sources,
    reference: `${cliReference}${command.page}#${long.slice(2)}`,
    related: text.related,
  };
}

const docker: Command = { name: '', page: '' };
const run: Command = { name: 'run', page: 'container/run/' };
const create: Command = { name: 'create', page: 'container/create/' };
const exec: Command = { name: 'exec', page: 'container/exec/' };
const build: Command = { name: 'build', page: 'buildx/build/' };
const logs: Command = { name: 'logs', page: 'container/logs/' };
const ps: Command = { name: 'ps', page: 'container/ls/' };
const images: Command = { name: 'images', page: 'image/ls/' };
const imageLs: Command = { name: 'image ls', page: 'image/ls/' };
const rm: Command = { name: 'rm', page: 'container/rm/' };
const rmi: Command = { name: 'rmi', page: 'image/rm/' };
const search: Command = { name: 'search', page: 'search/' };
const commit: Command = { name: 'commit', page: 'container/commit/' };
const composeUp: Command = { name: 'compose up', page: 'compose/up/' };

const it = pitfall(
  '`--it`라는 옵션은 없습니다. 한 글자 옵션 `-i`와 `-t`를 붙여 쓴 `-it`가 맞습니다(대시 하나).',
  'There is no `--it` flag: the one-letter flags `-i` and `-t` combine as `-it` (one dash).',
);
const singleDashRm = pitfall(
  '`-rm`이 아니라 `--rm`입니다. 대시 하나로 쓰면 `-r -m`처럼 한 글자 옵션 묶음으로 해석되어 오류가 납니다.',
  'It is `--rm`, not `-rm`: with one dash the CLI reads it as the one-letter flags `-r -m` and fails.',
);

const commands: KnowledgeEntry[] = [
  commandEntry(docker, {
    ko: [
      '도커 클라이언트(CLI). 명령을 REST API로 도커 데몬(`dockerd`)에 보냅니다.',
      '`docker <명령> [옵션] [대상]` 형식입니다. 실제 작업(이미지 받기, 컨테이너 실행 등)은 데몬이 하고, CLI는 요청을 보내고 결과를 보여 줄 뿐입니다. 그래서 데몬이 떠 있지 않으면 어떤 명령도 동작하지 않습니다.',
    ],
    en: [
      'The Docker client (CLI): sends each command to the Docker daemon (`dockerd`) over its REST API.',
      'Commands take the form `docker <command> [options] [target]`. The daemon does the work (pulling images, running containers); the CLI only sends requests and prints the answers, so nothing works while the daemon is down.',
    ],
    example: 'docker 명령 옵션 선택자(Container/ImageID...)',
    sources: [source('course', 'Docker System'), source('course', 'Docker Engine')],
    pitfalls: [
      pitfall('`docekr`, `docer`처럼 철자가 틀리면 셸이 "command not found"를 냅니다.', 'Misspellings such as `docekr` or `docer` end in "command not found" from the shell.'),
    ],
    related: ['concept.client-daemon'],
  }),
  commandEntry(run, {
    aliases: ['docker container run'],
    ko: [
      '이미지로 새 컨테이너를 만들고 바로 실행합니다(`create` + `start`).',
      '로컬에 이미지가 없으면 레지스트리에서 먼저 받습니다. 이미지 이름 뒤에 적은 명령과 인자는 이미지의 `CMD`를 대신하지만 `ENTRYPOINT`는 바꾸지 못합니다(`--entrypoint`로만 바꿈). 자주 쓰는 옵션: `-d`(백그라운드), `-p`(포트 공개), `-v`(볼륨), `--name`, `-e`, `--rm`, `-it`.',
    ],
    en: [
      'Creates a new container from an image and starts it (`create` + `start`).',
      'Pulls the image first when it is not local. A command after the image name replaces the image\'s `CMD` but not its `ENTRYPOINT` (only `--entrypoint` does). Common options: `-d` (background), `-p` (publish a port), `-v` (volume), `--name`, `-e`, `--rm`, `-it`.',
    ],
    example: 'docker run -d -p 8080:80 --name web nginx',
    sources: [
      source('work', 'Docker 명령어'),
      source('course', 'docker run 명령어'),
      source('course', 'CMD 명령 덮어 씌우기'),
      source('blog', 'Main content'),
      source('inflearn', '컨테이너 실행'),
    ],
    pitfalls: [
      pitfall('`docker run`은 실행할 때마다 새 컨테이너를 만듭니다. 멈춘 컨테이너를 다시 켜려면 `docker start`를 쓰세요.', 'Every `docker run` creates a new container; to restart a stopped one use `docker start`.'),
      pitfall('옵션은 이미지 이름 앞에 써야 합니다. 이미지 이름 뒤의 모든 것은 컨테이너 안에서 실행할 명령이 됩니다.', 'Options go before the image name: everything after it is the command run inside the container.'),
    ],
    related: ['concept.cmd-vs-entrypoint', 'concept.container', 'concept.image'],
  }),
  commandEntry(create, {
    aliases: ['docker container create'],
    ko: [
      '이미지로 컨테이너를 만들기만 하고 실행하지는 않습니다.',
      '만든 컨테이너는 `docker start`로 실행합니다. `--name`을 주지 않으면 도커가 임의의 이름을 붙입니다.',
    ],
    en: [
      'Creates a container from an image without starting it.',
      'Start it later with `docker start`. Without `--name`, Docker makes up a random name.',
    ],
    example: 'docker create --name web nginx:alpine',
    sources: [source('course', 'Container 생성')],
    related: ['concept.container'],
  }),
  commandEntry(exec, {
    aliases: ['docker container exec'],
    ko: [
      '실행 중인 컨테이너 안에서 명령을 하나 더 실행합니다.',
      '`-it`와 함께 셸(`bash`, `sh`)을 띄워 컨테이너 안을 살펴볼 때 많이 씁니다. 새 프로세스라서 `exit`로 나가도 컨테이너의 주 프로세스는 계속 돕니다. 이미지에 따라 `bash`가 없을 수 있으니(alpine 등) 그때는 `sh`를 쓰세요.',
    ],
    en: [
      'Runs an extra command inside a running container.',
      'Most often used with `-it` to open a shell (`bash`, `sh`) and look around. It is a new process, so leaving with `exit` does not stop the container\'s main process. Some images (alpine, for one) have no `bash`; use `sh` there.',
    ],
    example: 'docker exec -it mysql-basic bash',
    sources: [source('work', 'Docker 명령어'), source('course', '실행중인 Container에 명령 실행'), source('blog', 'attach와 exec 차이 정리')],
    pitfalls: [it],
    related: ['concept.attach-vs-exec'],
  }),
  commandEntry({ name: 'attach', page: 'container/attach/' }, {
    aliases: ['docker container attach'],
    ko: [
      '실행 중인 컨테이너의 주 프로세스에 터미널의 입력과 출력을 연결합니다.',
      '새 프로세스를 띄우는 `exec`와 달리 주 프로세스 자체에 붙습니다. 여기서 `Ctrl+C`를 누르거나 터미널을 닫으면 주 프로세스가 끝나 컨테이너도 멈출 수 있습니다. 빠져나올 때는 `Ctrl+P`, `Ctrl+Q`를 차례로 누르세요. 로그만 보려면 `docker logs`가 낫습니다.',
    ],
    en: [
      "Connects your terminal's input and output to a running container's main process.",
      'Unlike `exec`, which starts a new process, it joins the main process itself: `Ctrl+C` or closing the terminal can end that process and stop the container. Detach with `Ctrl+P` then `Ctrl+Q`. To just read output, `docker logs` is the better tool.',
    ],
    example: 'docker attach containerID',
    sources: [source('course', '실행중인 Container에 연결'), source('blog', 'attach와 exec 차이 정리')],
    related: ['concept.attach-vs-exec'],
  }),
  commandEntry(logs, {
    aliases: ['docker container logs'],
    ko: [
      '컨테이너가 표준 출력(STDOUT)과 표준 에러(STDERR)로 낸 로그를 보여 줍니다.',
      '백그라운드(`-d`)로 띄운 컨테이너의 상태를 확인하는 기본 방법입니다. `-f`로 새 로그를 계속 따라가고, `--tail 100`으로 마지막 몇 줄만 볼 수 있습니다. 멈춘 컨테이너의 로그도 볼 수 있습니다.',
    ],
    en: [
      'Shows what a container wrote to its standard output (STDOUT) and standard error (STDERR).',
      'The usual way to check on a container started in the background (`-d`). `-f` keeps following new output; `--tail 100` shows only the last lines. Works on stopped containers too.',
    ],
    example: 'docker logs -f leafy-postgres',
    sources: [source('course', 'logs'), source('course', 'Docker logs'), source('inflearn', '컨테이너 실행'), source('inflearn', '애플리케이션 구성')],
    pitfalls: [
      pitfall('애플리케이션이 파일에만 로그를 쓰면 `docker logs`에는 아무것도 나오지 않습니다. 표준 출력으로 내보내야 합니다.', 'An application that logs only to files shows nothing here: it must log to standard output.'),
    ],
    related: ['concept.container-logs', 'concept.detached-mode'],
  }),
  commandEntry({ name: 'cp', page: 'container/cp/' }, {
    aliases: ['docker container cp'],
    ko: [
      '컨테이너와 호스트 사이에 파일이나 디렉터리를 복사합니다.',
      '`docker cp 컨테이너:경로 호스트경로`로 꺼내고, 순서를 바꾸면 넣습니다. 멈춘 컨테이너에도 쓸 수 있어 설정 파일이나 로그를 꺼내 확인할 때 편합니다.',
    ],
    en: [
      'Copies files or directories between a container and the host.',
      '`docker cp container:path hostpath` copies out; swap the two to copy in. Works on stopped containers too, which makes it handy for pulling out config files or logs.',
    ],
    example: 'docker cp web:/etc/nginx/nginx.conf ./nginx.conf',
    sources: [source('course', 'Docker cp')],
    pitfalls: [
      pitfall('`cp`로 넣은 파일은 그 컨테이너에만 있습니다. 지우면 사라지니 남겨야 할 파일은 볼륨이나 이미지에 두세요.', 'Files copied in live only in that container and vanish with it; keep what matters in a volume or the image.'),
    ],
    related: ['concept.volume'],
  }),
  commandEntry({ name: 'diff', page: 'container/diff/' }, {
    aliases: ['docker container diff'],
    ko: [
      '컨테이너가 원래 이미지와 비교해 바꾼 파일 목록을 보여 줍니다.',
      '줄마다 앞에 `A`(추가), `D`(삭제), `C`(변경)가 붙습니다. 이 변경은 컨테이너의 쓰기 가능한 레이어에만 있어서 컨테이너를 지우면 함께 사라집니다.',
    ],
    en: [
      "Lists the files a container has changed compared with its image.",
      "Each line starts with `A` (added), `D` (deleted) or `C` (changed). The changes live only in the container's writable layer and disappear when it is removed.",
    ],
    example: 'docker diff web',
    values: {
      A: { ko: '파일 또는 디렉터리가 추가됨', en: 'a file or directory was added' },
      D: { ko: '파일 또는 디렉터리가 삭제됨', en: 'a file or directory was deleted' },
      C: { ko: '파일 또는 디렉터리가 변경됨', en: 'a file or directory was changed' },
    },
    sources: [source('course', 'docker diff')],
    pitfalls: [
      pitfall('노트에서는 A/D/C를 "Options"라고 적었지만 옵션이 아니라 출력에 붙는 기호입니다.', 'The note lists A/D/C as "options"; they are markers in the output, not options.'),
    ],
    related: ['concept.layer'],
  }),
  commandEntry(commit, {
    aliases: ['docker container commit'],
    ko: [
      '컨테이너의 현재 상태(바뀐 파일)를 새 이미지로 저장합니다.',
      '변경 사항이 레이어 하나로 더해집니다. 무엇을 했는지 기록이 남지 않고 다시 만들기 어려워, 실무에서는 Dockerfile과 `docker build`를 씁니다. `-m`으로 메시지를, `-c`로 `CMD` 같은 Dockerfile 설정을 함께 줄 수 있습니다.',
    ],
    en: [
      "Saves a container's current state (its changed files) as a new image.",
      'The changes become one new layer. Nothing records how they were made, so the result is hard to reproduce; real projects use a Dockerfile and `docker build`. `-m` adds a message, `-c` applies Dockerfile settings such as `CMD`.',
    ],
    example: 'docker commit -m "edited index.html" -c \'CMD ["nginx","-g","daemon off;"]\' officialNginx 1992choi/commitnginx',
    sources: [source('course', 'docker commit'), source('inflearn', '이미지 커밋'), source('inflearn', '도커 이미지 생성')],
    pitfalls: [
      pitfall('볼륨에 있는 데이터는 커밋되지 않습니다.', 'Data in volumes is not included in the commit.'),
    ],
    related: ['concept.commit-vs-build', 'concept.layer'],
  }),
  commandEntry({ name: 'history', page: 'image/history/' }, {
    aliases: ['docker image history'],
    ko: [
      '이미지를 이루는 레이어를 만든 순서대로(최근 것부터) 보여 줍니다.',
      '각 줄은 레이어 하나와 그것을 만든 Dockerfile 명령, 크기입니다. 이미지가 왜 큰지, 어느 단계가 무거운지 찾을 때 씁니다. 전체 명령을 보려면 `--no-trunc`를 붙이세요.',
    ],
    en: [
      "Shows an image's layers in the order they were made (newest first).",
      'Each line is one layer with the Dockerfile instruction that made it and its size: the way to find out why an image is big. Add `--no-trunc` to see whole commands.',
    ],
    example: 'docker image history devwikirepo/hello-nginx',
    sources: [source('course', 'Docker History'), source('inflearn', '이미지 레이어')],
    related: ['concept.layer'],
  }),
  commandEntry({ name: 'image history', page: 'image/history/' }, {
    ko: [
      '`docker history`의 정식 이름입니다. 이미지의 레이어 이력을 보여 줍니다.',
      '`docker image ...` 형식은 이미지 관련 명령을 한데 모은 것이라, 대상이 이미지라는 것이 분명히 드러납니다.',
    ],
    en: [
      'The full name of `docker history`: shows the layer history of an image.',
      'The `docker image ...` form groups the image commands together, so it is clear the target is an image.',
    ],
    example: 'docker image history devwikirepo/hello-nginx',
    sources: [source('inflearn', '이미지 레이어')],
    related: ['concept.layer'],
  }),
  commandEntry({ name: 'inspect', page: 'inspect/' }, {
    ko: [
      '이미지, 컨테이너, 네트워크, 볼륨의 세부 정보를 JSON으로 보여 줍니다.',
      'IP 주소, 마운트, 환경 변수, 포트 매핑처럼 `ps`나 `images`로는 보이지 않는 설정을 확인할 때 씁니다. `-f \'{{.NetworkSettings.IPAddress}}\'`처럼 필요한 값만 골라 볼 수 있습니다.',
    ],
    en: [
      'Shows the full details of an image, container, network or volume as JSON.',
      'Use it for what `ps` and `images` do not show: IP addresses, mounts, environment, port mappings. `-f \'{{.NetworkSettings.IPAddress}}\'` picks out a single value.',
    ],
    example: 'docker inspect web',
    sources: [source('course', 'Docker Inspect')],
  }),
  commandEntry({ name: 'image inspect', page: 'image/inspect/' }, {
    ko: [
      '이미지의 메타데이터(환경 변수, `CMD`, `ENTRYPOINT`, 노출 포트, 레이어 등)를 JSON으로 보여 줍니다.',
      '이미지를 실행하기 전에 어떤 기본값으로 동작할지 확인할 수 있습니다. 여기 나온 `Env` 값은 `docker run -e`로 덮어쓸 수 있습니다.',
    ],
    en: [
      "Shows an image's metadata (environment, `CMD`, `ENTRYPOINT`, exposed ports, layers) as JSON.",
      'Tells you which defaults an image will run with before you run it. The `Env` values shown can be overridden with `docker run -e`.',
    ],
    example: 'docker image inspect nginx',
    sources: [source('inflearn', '이미지의 메타데이터')],
    related: ['concept.image'],
  }),
  commandEntry({ name: 'container inspect', page: 'container/inspect/' }, {
    ko: [
      '컨테이너의 세부 정보(상태, IP, 마운트, 포트, 환경 변수)를 JSON으로 보여 줍니다.',
      '`docker inspect`와 같지만 대상을 컨테이너로 한정합니다. 이름이 같은 이미지와 헷갈릴 일이 없습니다.',
    ],
    en: [
      "Shows a container's details (state, IP, mounts, ports, environment) as JSON.",
      'Like `docker inspect`, but only looks at containers, so a same-named image can never be picked by mistake.',
    ],
    example: 'docker container inspect leafy',
    sources: [source('inflearn', '이미지의 메타데이터')],
    related: ['concept.container'],
  }),
  commandEntry({ name: 'stats', page: 'container/stats/' }, {
    aliases: ['docker container stats'],
    ko: [
      '실행 중인 컨테이너의 CPU, 메모리, 네트워크, 디스크 사용량을 실시간으로 보여 줍니다.',
      '`Ctrl+C`를 누를 때까지 계속 갱신됩니다. 한 번만 보려면 `--no-stream`을 붙이세요.',
    ],
    en: [
      'Shows live CPU, memory, network and disk usage of running containers.',
      'Keeps updating until `Ctrl+C`; add `--no-stream` for a single snapshot.',
    ],
    example: 'docker container stats',
    sources: [source('course', '실행중인 Container의 사용 리소스 확인')],
  }),
  commandEntry({ name: 'system df', page: 'system/df/' }, {
    ko: [
      '이미지, 컨테이너, 로컬 볼륨, 빌드 캐시가 디스크를 얼마나 쓰는지 보여 줍니다.',
      '`RECLAIMABLE` 열은 정리하면 되찾을 수 있는 용량입니다. `-v`를 붙이면 항목별로 자세히 나옵니다. 정리는 `docker system prune`으로 합니다.',
    ],
    en: [
      'Shows how much disk space images, containers, local volumes and the build cache use.',
      'The `RECLAIMABLE` column is what a cleanup would free; `-v` breaks it down per item. Clean up with `docker system prune`.',
    ],
    example: 'docker system df',
    sources: [source('course', 'docker 저장매체 확인')],
    related: ['concept.build-cache'],
  }),
  commandEntry({ name: 'container prune', page: 'container/prune/' }, {
    ko: [
      '멈춰 있는 컨테이너를 모두 지웁니다.',
      '실행 중인 컨테이너는 건드리지 않습니다. 확인을 묻는데, `-f`로 건너뛸 수 있습니다. 지운 컨테이너의 쓰기 레이어에 있던 데이터는 되돌릴 수 없습니다.',
    ],
    en: [
      'Removes every stopped container.',
      'Running containers are left alone. It asks for confirmation unless you pass `-f`. Data in the removed containers\' writable layers is gone for good.',
    ],
    example: 'docker container prune',
    sources: [source('course', '모든 Container 삭제 (+이미지 삭제)')],
    related: ['concept.disk-cleanup'],
  }),
  commandEntry({ name: 'image prune', page: 'image/prune/' }, {
    ko: [
      '쓰이지 않는 이미지를 지웁니다. 기본은 이름 없는(dangling, `<none>`) 이미지만입니다.',
      '`-a`를 붙이면 어떤 컨테이너도 쓰지 않는 이미지를 모두 지웁니다. 노트의 설명("실행된 컨테이너 이미지 외의 모든 이미지")은 `-a`를 붙였을 때의 동작입니다.',
    ],
    en: [
      'Removes unused images: by default only dangling ones (untagged, `<none>`).',
      'With `-a` it removes every image no container uses. The note\'s description ("every image except those of containers") is what `-a` does.',
    ],
    example: 'docker image prune -a',
    sources: [source('course', '모든 Container 삭제 (+이미지 삭제)')],
    pitfalls: [
      pitfall('옵션 없이 실행하면 태그가 붙은 이미지는 지우지 않습니다. 모두 지우려면 `-a`가 필요합니다.', 'Without options, tagged images stay; `-a` removes all unused ones.'),
    ],
    related: ['concept.disk-cleanup', 'concept.layer'],
  }),
  commandEntry({ name: 'system prune', page: 'system/prune/' }, {
    ko: [
      '멈춘 컨테이너, 쓰지 않는 네트워크, 이름 없는 이미지, 빌드 캐시를 한 번에 지웁니다.',
      '`-a`를 붙이면 쓰지 않는 이미지 전부를, `--volumes`를 붙이면 쓰지 않는 볼륨까지 지웁니다. 볼륨은 기본으로는 지우지 않습니다.',
    ],
    en: [
      'Removes stopped containers, unused networks, dangling images and the build cache in one go.',
      'Add `-a` for all unused images and `--volumes` for unused volumes too; volumes are kept by default.',
    ],
    example: 'docker system prune',
    sources: [source('course', '모든 Container 삭제 (+이미지 삭제)')],
    pitfalls: [
      pitfall('노트와 달리 볼륨은 `--volumes`를 붙여야 지워집니다. 붙이면 DB 데이터도 사라지니 조심하세요.', 'Unlike the note says, volumes are removed only with `--volumes` — and then database data goes too.'),
    ],
    related: ['concept.volume'],
  }),
  commandEntry({ name: 'network create', page: 'network/create/' }, {
    ko: [
      '사용자 정의 네트워크를 만듭니다(기본 드라이버는 `bridge`).',
      '같은 사용자 정의 네트워크에 붙은 컨테이너끼리는 컨테이너 이름으로 서로를 찾을 수 있습니다(내장 DNS). 예전의 `--link` 대신 이 방법을 씁니다.',
    ],
    en: [
      'Creates a user-defined network (`bridge` driver by default).',
      'Containers on the same user-defined network find each other by container name (built-in DNS). This replaces the legacy `--link`.',
    ],
    example: 'docker network create leafy-network',
    sources: [source('inflearn', '애플리케이션 구성'), source('inflearn', '네트워크')],
    related: ['concept.network'],
  }),
  commandEntry({ name: 'network ls', page: 'network/ls/' }, {
    aliases: ['docker network list'],
    ko: ['도커 네트워크 목록을 보여 줍니다.', '기본으로 있는 `bridge`, `host`, `none`과 직접 만든 네트워크가 함께 나옵니다.'],
    en: ['Lists Docker networks.', 'Shows the built-in `bridge`, `host` and `none` alongside the ones you created.'],
    example: 'docker network ls',
    sources: [source('inflearn', '네트워크')],
    related: ['concept.network'],
  }),
  commandEntry({ name: 'network inspect', page: 'network/inspect/' }, {
    ko: ['네트워크의 세부 정보(서브넷, 게이트웨이, 연결된 컨테이너)를 보여 줍니다.', '어떤 컨테이너가 어떤 IP로 붙어 있는지 확인할 때 씁니다.'],
    en: ["Shows a network's details (subnet, gateway, connected containers).", 'Use it to see which containers are attached and with which IPs.'],
    example: 'docker network inspect leafy-network',
    sources: [source('inflearn', '네트워크')],
    related: ['concept.network'],
  }),
  commandEntry({ name: 'network connect', page: 'network/connect/' }, {
    ko: ['실행 중인 컨테이너를 네트워크에 추가로 연결합니다.', '컨테이너를 다시 만들지 않고도 다른 네트워크의 컨테이너와 통신하게 할 수 있습니다. 처음부터 붙이려면 `docker run --network`를 씁니다.'],
    en: ['Connects a running container to another network.', 'Lets a container talk to another network without recreating it. To attach at start, use `docker run --network`.'],
    example: 'docker network connect leafy-network leafy',
    sources: [source('inflearn', '애플리케이션 구성')],
    related: ['concept.network'],
  }),
  commandEntry({ name: 'network rm', page: 'network/rm/' }, {
    ko: ['네트워크를 지웁니다.', '연결된 컨테이너가 있으면 지울 수 없습니다. 먼저 컨테이너를 멈추거나 연결을 끊으세요(`docker network disconnect`).'],
    en: ['Removes a network.', 'Fails while containers are connected; stop them or `docker network disconnect` them first.'],
    example: 'docker network rm new-network',
    sources: [source('inflearn', '네트워크')],
    related: ['concept.network'],
  }),
  commandEntry({ name: 'volume create', page: 'volume/create/' }, {
    ko: ['이름 있는 볼륨을 만듭니다.', '볼륨은 도커가 관리하는 저장 공간이라 컨테이너를 지워도 데이터가 남습니다. `docker run -v 볼륨이름:/경로`로 연결합니다. 없는 이름을 `-v`에 쓰면 자동으로 만들어지기도 합니다.'],
    en: ['Creates a named volume.', 'A volume is storage Docker manages; its data outlives any container. Mount it with `docker run -v name:/path` (naming a missing volume there creates it too).'],
    example: 'docker volume create leafy-data',
    sources: [source('inflearn', '볼륨')],
    related: ['concept.volume', 'concept.volume-vs-bind-mount'],
  }),
  commandEntry({ name: 'volume ls', page: 'volume/ls/' }, {
    aliases: ['docker volume list'],
    ko: ['볼륨 목록을 보여 줍니다.', '이름 없이 만들어진 익명 볼륨은 긴 해시 이름으로 나옵니다.'],
    en: ['Lists volumes.', 'Anonymous volumes show up under long hash names.'],
    example: 'docker volume ls',
    sources: [source('inflearn', '볼륨')],
    related: ['concept.volume'],
  }),
  commandEntry({ name: 'volume inspect', page: 'volume/inspect/' }, {
    ko: ['볼륨의 세부 정보(드라이버, 호스트의 실제 위치 `Mountpoint`)를 보여 줍니다.', '데이터가 호스트의 어디에 저장되는지 확인할 때 씁니다.'],
    en: ["Shows a volume's details (driver, its `Mountpoint` on the host).", 'Use it to find where the data actually lives on the host.'],
    example: 'docker volume inspect leafy-data',
    sources: [source('inflearn', '볼륨')],
    related: ['concept.volume'],
  }),
  commandEntry({ name: 'volume rm', page: 'volume/rm/' }, {
    ko: ['볼륨과 그 안의 데이터를 지웁니다.', '컨테이너가 쓰고 있는 볼륨은 지울 수 없습니다. 지운 데이터는 되돌릴 수 없으니 백업을 먼저 확인하세요.'],
    en: ['Removes a volume and its data.', 'A volume in use by a container cannot be removed. The data cannot be recovered, so check your backups first.'],
    example: 'docker volume rm leafy-data',
    sources: [source('inflearn', '볼륨')],
    related: ['concept.volume'],
  }),
  commandEntry({ name: 'tag', page: 'image/tag/' }, {
    aliases: ['docker image tag'],
    ko: [
      '기존 이미지에 새 이름(저장소:태그)을 하나 더 붙입니다.',
      '이미지를 복사하지 않고 같은 이미지 ID에 이름만 추가합니다. 레지스트리에 올리려면 `사용자명/이미지:태그`처럼 올릴 곳의 이름을 붙여야 합니다. 태그를 생략하면 `latest`입니다.',
    ],
    en: [
      'Gives an existing image an additional name (repository:tag).',
      'Nothing is copied: the same image ID just gets another name. To push, the name must say where it goes, like `user/image:tag`. An omitted tag means `latest`.',
    ],
    example: 'docker tag devwikirepo/simple-web:1.0 1992choi/my-simple-web:0.1',
    sources: [source('inflearn', '이미지 레지스트리')],
    related: ['concept.tag', 'concept.registry'],
  }),
  commandEntry({ name: 'push', page: 'image/push/' }, {
    aliases: ['docker image push'],
    ko: [
      '이미지를 레지스트리(기본은 Docker Hub)에 올립니다.',
      '이미지 이름이 올릴 위치를 정합니다(`레지스트리/사용자/이미지:태그`). 먼저 `docker login`으로 로그인해야 하고, 레지스트리에 이미 있는 레이어는 다시 올리지 않습니다.',
    ],
    en: [
      'Uploads an image to a registry (Docker Hub by default).',
      'The image name says where it goes (`registry/user/image:tag`). You must `docker login` first; layers the registry already has are not uploaded again.',
    ],
    example: 'docker push 1992choi/my-simple-web:0.1',
    sources: [source('inflearn', '이미지 레지스트리')],
    pitfalls: [
      pitfall('`denied: requested access to the resource is denied`는 대개 로그인하지 않았거나 이름의 사용자명이 내 계정과 다를 때 납니다. `docker tag`로 이름을 바꾸세요.', '`denied: requested access to the resource is denied` usually means you are not logged in or the name\'s user is not yours; rename with `docker tag`.'),
    ],
    related: ['concept.registry', 'concept.tag'],
  }),
  commandEntry({ name: 'pull', page: 'image/pull/' }, {
    aliases: ['docker image pull'],
    ko: [
      '레지스트리에서 이미지를 내려받습니다.',
      '태그를 생략하면 `latest`를 받습니다. 이미 있는 레이어는 다시 받지 않습니다. 이미지 이름은 `레지스트리주소/프로젝트/이미지:태그` 형식이고, 레지스트리를 생략하면 Docker Hub(`docker.io`)입니다.',
    ],
    en: [
      'Downloads an image from a registry.',
      'Without a tag you get `latest`. Layers you already have are not downloaded again. Names read `registry/project/image:tag`; without a registry it is Docker Hub (`docker.io`).',
    ],
    example: 'docker pull mysql:5.7',
    sources: [source('work', 'Docker 명령어'), source('course', 'Image Download'), source('inflearn', '이미지 레지스트리'), source('blog', 'docker 실행 - my sql 실행하기')],
    pitfalls: [
      pitfall('`latest`는 "가장 최신"을 보장하지 않는 그냥 기본 태그 이름입니다. 재현 가능하게 하려면 버전 태그를 쓰세요.', '`latest` is just the default tag name, not a promise of the newest version; pin a version tag for reproducible setups.'),
    ],
    related: ['concept.registry', 'concept.tag', 'concept.layer'],
  }),
  commandEntry({ name: 'login', page: 'login/' }, {
    ko: [
      '레지스트리(기본은 Docker Hub)에 로그인합니다.',
      '인증 정보는 자격 증명 저장소나 `~/.docker/config.json`에 저장되어 `push`와 비공개 이미지 `pull`에 쓰입니다. 다른 레지스트리는 `docker login 주소`로 로그인합니다.',
    ],
    en: [
      'Logs in to a registry (Docker Hub by default).',
      'Credentials are kept in a credential store or `~/.docker/config.json` and used by `push` and by pulls of private images. Log in elsewhere with `docker login <registry>`.',
    ],
    example: 'docker login',
    sources: [source('course', 'Docker image Download')],
    pitfalls: [
      pitfall('노트와 달리 `docker login`으로는 로그아웃되지 않습니다. 로그아웃은 `docker logout`입니다.', 'Contrary to the note, `docker login` does not log you out: use `docker logout`.'),
      pitfall('스크립트에서는 비밀번호를 인자로 쓰지 말고 `--password-stdin`으로 넘기세요.', 'In scripts, pass the password with `--password-stdin`, never as an argument.'),
    ],
    related: ['concept.registry'],
  }),
  commandEntry({ name: 'logout', page: 'logout/' }, {
    ko: ['레지스트리에서 로그아웃하고 저장된 인증 정보를 지웁니다.', '레지스트리를 생략하면 Docker Hub에서 로그아웃합니다.'],
    en: ['Logs out of a registry and deletes the stored credentials.', 'Without a registry argument it logs out of Docker Hub.'],
    example: 'docker logout',
    sources: [source('course', 'Docker image Download')],
    related: ['concept.registry'],
  }),
  commandEntry(search, {
    ko: [
      'Docker Hub에서 이미지를 검색합니다.',
      '이름, 설명, 별점, 공식 이미지 여부가 나옵니다. 태그 목록은 보여 주지 않으니 태그는 Docker Hub 페이지에서 확인하세요.',
    ],
    en: [
      'Searches Docker Hub for images.',
      "Shows name, description, stars and whether it is an official image. It doesn't list tags; check those on the Docker Hub page.",
    ],
    example: 'docker search --limit=5 mysql',
    sources: [source('course', 'Docker image Download')],
    pitfalls: [
      pitfall('노트의 `이미지명[:태그]`와 달리 `search`는 태그로 검색하지 않습니다. 기본 태그 `latest`는 `pull`/`run`에 해당하는 이야기입니다.', 'Unlike the note\'s `image[:tag]`, `search` does not search by tag; the `latest` default applies to `pull`/`run`.'),
    ],
    related: ['concept.registry'],
  }),
  commandEntry(build, {
    aliases: ['docker image build', 'docker buildx build'],
    ko: [
      'Dockerfile과 빌드 컨텍스트(보통 `.`)로 이미지를 만듭니다.',
      '마지막 인자는 Dockerfile 경로가 아니라 빌드 컨텍스트(디렉터리)입니다. 컨텍스트의 파일이 빌더로 보내지므로 `.dockerignore`로 불필요한 파일을 빼세요. `-t`로 이름을 붙이고, Dockerfile 이름이 다르면 `-f`로 지정합니다. 바뀌지 않은 단계는 캐시를 씁니다.',
    ],
    en: [
      'Builds an image from a Dockerfile and a build context (usually `.`).',
      'The last argument is the build context (a directory), not the Dockerfile path. The context is sent to the builder, so keep junk out with `.dockerignore`. Name the image with `-t`; point at a differently named Dockerfile with `-f`. Unchanged steps come from the cache.',
    ],
    example: 'docker build -t 1992choi/buildnginx .',
    sources: [source('work', 'Dockerfile'), source('course', 'Dockerfile 로 Image 작성'), source('inflearn', '이미지 빌드')],
    pitfalls: [
      pitfall('`docker bulid`는 오타입니다. `docker build`가 맞습니다.', '`docker bulid` is a typo for `docker build`.'),
      pitfall('마지막의 `.`(빌드 컨텍스트)를 빠뜨리면 "requires exactly 1 argument" 오류가 납니다.', 'Leaving out the trailing `.` (the build context) fails with "requires exactly 1 argument".'),
    ],
    related: ['concept.build-cache', 'concept.dockerignore', 'concept.layer', 'concept.commit-vs-build'],
  }),
  commandEntry(images, {
    ko: ['로컬에 있는 이미지 목록을 보여 줍니다(`docker image ls`와 같음).', '저장소, 태그, 이미지 ID, 만든 시각, 크기가 나옵니다. `-q`로 ID만 뽑아 다른 명령에 넘길 수 있습니다.'],
    en: ['Lists local images (same as `docker image ls`).', 'Shows repository, tag, image ID, age and size; `-q` prints just the IDs for use in other commands.'],
    example: 'docker images',
    sources: [source('work', 'Docker 명령어'), source('course', '내려받은 Image List 확인'), source('blog', 'docker 실행 - my sql 실행하기')],
    pitfalls: [pitfall('`docer images`처럼 `docker`의 철자가 틀리면 실행되지 않습니다.', 'A misspelt `docker` (such as `docer images`) will not run.')],
    related: ['concept.image'],
  }),
  commandEntry(imageLs, {
    aliases: ['docker image list'],
    ko: ['로컬 이미지 목록을 보여 줍니다. 이름을 주면 그 저장소의 이미지만 보여 줍니다.', '`docker images`의 정식 이름입니다. `docker image ls nginx`처럼 걸러 볼 수 있습니다.'],
    en: ['Lists local images; given a name, only that repository\'s.', 'The full name of `docker images`. Filter with a name, as in `docker image ls nginx`.'],
    example: 'docker image ls nginx',
    sources: [source('course', '내려받은 Image List 확인'), source('inflearn', '이미지')],
    related: ['concept.image'],
  }),
  commandEntry({ name: 'image rm', page: 'image/rm/' }, {
    aliases: ['docker image remove'],
    ko: ['로컬 이미지를 지웁니다(`docker rmi`와 같음).', '컨테이너(멈춘 것 포함)가 쓰고 있는 이미지는 지울 수 없습니다. 컨테이너를 먼저 지우세요.'],
    en: ['Removes local images (same as `docker rmi`).', 'An image used by any container, even a stopped one, cannot be removed; remove the container first.'],
    example: 'docker image rm nginx',
    sources: [source('course', 'Image 삭제'), source('inflearn', '이미지')],
    related: ['concept.image'],
  }),
  commandEntry(rmi, {
    ko: ['로컬 이미지를 지웁니다(`docker image rm`과 같음).', '이미지 ID나 `저장소:태그`로 지정합니다. 태그가 여러 개인 이미지는 태그 하나만 떨어지고, 마지막 태그를 지울 때 이미지가 지워집니다.'],
    en: ['Removes local images (same as `docker image rm`).', 'Name them by ID or `repository:tag`. An image with several tags loses just that tag; the image goes with its last tag.'],
    example: 'docker rmi -f $(docker images -q)',
    sources: [source('work', 'Docker 명령어'), source('course', 'Image 삭제'), source('course', '모든 Container 삭제 (+이미지 삭제)')],
    pitfalls: [pitfall('`rm`은 컨테이너를, `rmi`는 이미지를 지웁니다.', '`rm` removes containers; `rmi` removes images.')],
    related: ['concept.image'],
  }),
  commandEntry(ps, {
    aliases: ['docker container ls', 'docker container list', 'docker container ps'],
    ko: ['실행 중인 컨테이너 목록을 보여 줍니다.', 'ID, 이미지, 명령, 상태, 포트, 이름이 나옵니다. 멈춘 컨테이너까지 보려면 `-a`, ID만 보려면 `-q`를 붙입니다.'],
    en: ['Lists running containers.', 'Shows ID, image, command, status, ports and name. Add `-a` to include stopped ones and `-q` for IDs only.'],
    example: 'docker ps -a',
    sources: [source('work', 'Docker 명령어'), source('course', '실행중인 container List 확인'), source('inflearn', '컨테이너 실행')],
    related: ['concept.container'],
  }),
  commandEntry(rm, {
    aliases: ['docker container rm', 'docker container remove'],
    ko: ['컨테이너를 지웁니다.', '기본으로는 멈춘 컨테이너만 지웁니다. 실행 중인 것은 먼저 `docker stop`하거나 `-f`로 강제로 지웁니다. 컨테이너 안에만 있던 파일은 함께 사라집니다(볼륨은 남음).'],
    en: ['Removes containers.', 'Only stopped ones by default; `docker stop` first, or force with `-f`. Files that lived only in the container go with it (volumes stay).'],
    example: 'docker rm hellonginx',
    sources: [source('work', 'Docker 명령어'), source('course', 'Container 삭제'), source('inflearn', '컨테이너 실행')],
    pitfalls: [pitfall('이미지를 지우는 명령은 `docker rmi`입니다.', 'To remove images, use `docker rmi`.')],
    related: ['concept.container', 'concept.volume', 'concept.stateless-container'],
  }),
  commandEntry({ name: 'start', page: 'container/start/' }, {
    aliases: ['docker container start'],
    ko: ['멈춘 컨테이너를 다시 실행합니다.', '이미지가 아니라 컨테이너(이름이나 ID)를 대상으로 합니다. 만들 때 정한 옵션(포트, 볼륨 등) 그대로 실행되며, 바꾸려면 컨테이너를 새로 만들어야 합니다.'],
    en: ['Starts a stopped container again.', 'Takes a container (name or ID), not an image. It runs with the options it was created with (ports, volumes…); changing them means creating a new container.'],
    example: 'docker start apache',
    sources: [source('work', 'Docker 명령어'), source('course', 'Container 실행')],
    pitfalls: [pitfall('노트의 `docker start imageName`과 달리 인자는 이미지가 아니라 컨테이너 이름입니다.', 'Unlike the note\'s `docker start imageName`, the argument is a container name, not an image.')],
    related: ['concept.container'],
  }),
  commandEntry({ name: 'stop', page: 'container/stop/' }, {
    aliases: ['docker container stop'],
    ko: ['실행 중인 컨테이너를 정상 종료합니다.', '주 프로세스에 `SIGTERM`을 보내고, 기본 10초 안에 끝나지 않으면 `SIGKILL`로 강제 종료합니다. 멈춘 컨테이너는 지워지지 않고 `docker start`로 다시 켤 수 있습니다.'],
    en: ['Stops running containers gracefully.', 'Sends the main process `SIGTERM`, then `SIGKILL` if it has not exited after 10 seconds (by default). The container is kept and can be started again.'],
    example: 'docker stop $(docker ps -a -q)',
    sources: [source('work', 'Docker 명령어'), source('course', '실행중인 Container 중지(종료)')],
    related: ['concept.container'],
  }),
  commandEntry({ name: 'restart', page: 'container/restart/' }, {
    aliases: ['docker container restart'],
    ko: ['컨테이너를 멈췄다가 다시 실행합니다.', '`stop` 후 `start`와 같습니다. 설정 파일을 바꾼 뒤 프로세스를 다시 띄울 때 씁니다.'],
    en: ['Stops a container and starts it again.', 'Equivalent to `stop` then `start`; handy after changing a config file the process reads at startup.'],
    example: 'docker restart apache',
    sources: [source('work', 'Docker 명령어'), source('course', '실행중인 Container 중지(종료)')],
    related: ['concept.container'],
  }),
  commandEntry({ name: 'pause', page: 'container/pause/' }, {
    aliases: ['docker container pause'],
    ko: ['컨테이너의 모든 프로세스를 일시 정지합니다.', 'cgroups freezer로 프로세스를 얼려 둡니다. 종료가 아니므로 메모리 상태가 그대로 남고, `docker unpause`로 이어서 실행합니다.'],
    en: ["Suspends all of a container's processes.", 'The cgroups freezer holds them in place: nothing exits and memory stays as it was. Resume with `docker unpause`.'],
    example: 'docker pause apache',
    sources: [source('course', '실행중인 Container 중지(종료)')],
    related: ['concept.container-lifecycle'],
  }),
  commandEntry({ name: 'unpause', page: 'container/unpause/' }, {
    aliases: ['docker container unpause'],
    ko: ['`docker pause`로 멈춘 컨테이너를 이어서 실행합니다.', '정지된 그 지점부터 다시 돌아갑니다.'],
    en: ['Resumes a container suspended by `docker pause`.', 'Processes carry on from where they were frozen.'],
    example: 'docker unpause apache',
    sources: [source('course', '실행중인 Container 중지(종료)')],
    related: ['concept.container-lifecycle'],
  }),
  commandEntry({ name: 'kill', page: 'container/kill/' }, {
    aliases: ['docker container kill'],
    ko: ['컨테이너를 즉시 강제 종료합니다(기본 신호 `SIGKILL`).', '`stop`과 달리 정리할 시간을 주지 않습니다. 다른 신호는 `-s SIGHUP`처럼 지정합니다.'],
    en: ['Kills a container at once (`SIGKILL` by default).', 'Unlike `stop`, it gives no time to clean up. Send another signal with `-s SIGHUP`.'],
    example: 'docker kill apache',
    sources: [source('course', 'kill')],
    related: ['concept.container-lifecycle'],
  }),
  commandEntry({ name: 'version', page: 'version/' }, {
    ko: ['클라이언트(CLI)와 서버(데몬)의 버전을 보여 줍니다.', '서버 부분이 나오지 않거나 오류가 나면 CLI가 데몬에 연결하지 못한 것입니다. 도커가 제대로 설치됐는지 처음 확인할 때 씁니다.'],
    en: ['Shows the client (CLI) and server (daemon) versions.', 'If the server part is missing or errors, the CLI cannot reach the daemon: a first check that Docker works.'],
    example: 'docker version',
    sources: [source('inflearn', '컨테이너 실행')],
    related: ['concept.client-daemon'],
  }),
  commandEntry({ name: 'info', page: 'system/info/' }, {
    aliases: ['docker system info'],
    ko: ['도커 시스템 전체 정보를 보여 줍니다.', '컨테이너/이미지 개수, 스토리지 드라이버, 플러그인, 커널 버전, 데몬 설정 등이 나옵니다.'],
    en: ['Shows system-wide Docker information.', 'Counts of containers and images, storage driver, plugins, kernel version, daemon settings and more.'],
    example: 'docker info',
    sources: [source('inflearn', '컨테이너 실행')],
    related: ['concept.client-daemon'],
  }),
  commandEntry({ name: 'image', page: 'image/' }, {
    ko: [
      '이미지를 다루는 명령 묶음입니다: `docker image ls`, `pull`, `rm`, `inspect`, `history`, `prune` ….',
      '`docker images`, `docker rmi`처럼 짧은 옛 이름도 그대로 쓰이지만, `docker image ...` 형식은 대상이 이미지라는 것을 분명히 보여 줍니다.',
    ],
    en: [
      'The image commands: `docker image ls`, `pull`, `rm`, `inspect`, `history`, `prune` …',
      'The short old names (`docker images`, `docker rmi`) still work; the `docker image ...` form makes it plain that the target is an image.',
    ],
    example: 'docker image ls',
    sources: [source('course', 'Docker image 주요 명령어')],
    related: ['concept.image'],
  }),
  commandEntry({ name: 'container', page: 'container/' }, {
    ko: [
      '컨테이너를 다루는 명령 묶음입니다: `docker container ls`, `run`, `stop`, `rm`, `inspect`, `prune` ….',
      '`docker ps`, `docker run`처럼 짧은 이름과 같은 명령입니다. 이미지와 컨테이너는 따로 관리되므로 명령도 나뉘어 있습니다.',
    ],
    en: [
      'The container commands: `docker container ls`, `run`, `stop`, `rm`, `inspect`, `prune` …',
      'The same commands as the short names (`docker ps`, `docker run`). Images and containers are managed separately, so their commands are grouped apart.',
    ],
    example: 'docker container ls -a',
    sources: [source('course', 'Docker Container 주요 명령')],
    related: ['concept.container'],
  }),
  commandEntry({ name: 'network', page: 'network/' }, {
    ko: ['네트워크를 다루는 명령 묶음입니다: `create`, `ls`, `inspect`, `connect`, `rm` ….', '사용자 정의 네트워크를 만들면 같은 네트워크의 컨테이너끼리 이름으로 접속할 수 있습니다.'],
    en: ['The network commands: `create`, `ls`, `inspect`, `connect`, `rm` …', 'On a user-defined network, containers reach each other by name.'],
    example: 'docker network ls',
    sources: [source('inflearn', '네트워크')],
    related: ['concept.network'],
  }),
  commandEntry({ name: 'volume', page: 'volume/' }, {
    ko: ['볼륨을 다루는 명령 묶음입니다: `create`, `ls`, `inspect`, `rm`, `prune` ….', '볼륨은 컨테이너가 지워져도 남는 저장 공간입니다.'],
    en: ['The volume commands: `create`, `ls`, `inspect`, `rm`, `prune` …', 'A volume is storage that outlives the containers using it.'],
    example: 'docker volume ls',
    sources: [source('inflearn', '볼륨')],
    related: ['concept.volume'],
  }),
  commandEntry({ name: 'system', page: 'system/' }, {
    ko: ['도커 전체를 다루는 명령 묶음입니다: `df`(디스크 사용량), `prune`(정리), `info` ….', '이미지, 컨테이너, 볼륨, 빌드 캐시를 한꺼번에 보거나 정리할 때 씁니다.'],
    en: ['The system-wide commands: `df` (disk usage), `prune` (cleanup), `info` …', 'For looking at, or cleaning up, images, containers, volumes and the build cache all at once.'],
    example: 'docker system df',
    sources: [source('course', 'docker 저장매체 확인')],
    related: ['concept.disk-cleanup'],
  }),
  commandEntry({ name: 'compose', page: 'compose/' }, {
    aliases: ['docker-compose'],
    ko: [
      'Compose 파일(`compose.yaml`, `docker-compose.yml`)에 정의한 여러 컨테이너를 한 번에 다룹니다.',
      '`up`, `down`, `ps`, `logs` 같은 하위 명령으로 서비스 전체를 띄우고 멈추고 살펴봅니다. Compose V2는 `docker compose`(띄어쓰기)이고, 하이픈을 쓰는 `docker-compose`는 지원이 끝난 V1입니다.',
    ],
    en: [
      'Manages the containers defined in a Compose file (`compose.yaml`, `docker-compose.yml`) together.',
      'Subcommands such as `up`, `down`, `ps` and `logs` start, stop and inspect the whole set of services. Compose V2 is `docker compose` (a space); the hyphenated `docker-compose` is the retired V1.',
    ],
    example: 'docker compose up -d',
    sources: [source('work', 'Docker compose'), source('course', 'Docker Compose')],
    pitfalls: [
      pitfall('`docker-compose`(하이픈)는 지원이 끝난 V1 명령입니다. `docker compose`(띄어쓰기)를 쓰세요.', '`docker-compose` (hyphen) is the retired V1 binary; use `docker compose` (space).'),
    ],
    related: ['concept.compose'],
  }),
  commandEntry(composeUp, {
    aliases: ['docker-compose up'],
    ko: [
      'Compose 파일에 정의한 서비스를 모두 만들고 실행합니다.',
      '필요하면 이미지를 빌드하거나 받고, 네트워크와 볼륨을 만든 뒤 `depends_on` 순서대로 컨테이너를 띄웁니다. 설정이 바뀐 서비스만 다시 만듭니다. `-d`로 백그라운드 실행합니다. 옛 `docker-compose` 명령 대신 `docker compose`(Compose V2)를 쓰세요.',
    ],
    en: [
      'Creates and starts every service defined in the Compose file.',
      'Builds or pulls images as needed, creates networks and volumes, then starts containers in `depends_on` order; only services whose configuration changed are recreated. `-d` runs in the background. Use `docker compose` (Compose V2) rather than the old `docker-compose` binary.',
    ],
    example: 'docker compose up -d',
    sources: [source('work', 'Docker compose')],
    pitfalls: [
      pitfall('`docker-compose`(하이픈)는 지원이 끝난 V1 명령입니다. `docker compose`(띄어쓰기)를 쓰세요.', '`docker-compose` (hyphen) is the retired V1 binary; use `docker compose` (space).'),
    ],
    related: ['concept.compose'],
  }),
  commandEntry({ name: 'compose down', page: 'compose/down/' }, {
    aliases: ['docker-compose down'],
    ko: ['`up`으로 만든 컨테이너와 네트워크를 멈추고 지웁니다.', '이름 있는 볼륨은 남깁니다. 볼륨까지 지우려면 `-v`를 붙이세요(데이터가 사라짐).'],
    en: ['Stops and removes the containers and networks `up` created.', 'Named volumes are kept; add `-v` to remove them too (their data goes with them).'],
    example: 'docker compose down',
    sources: [source('work', 'Docker compose'), source('course', 'Docker Compose')],
    related: ['concept.compose', 'concept.volume'],
  }),
  commandEntry({ name: 'compose ps', page: 'compose/ps/' }, {
    aliases: ['docker-compose ps'],
    ko: ['현재 Compose 프로젝트의 컨테이너 목록과 상태를 보여 줍니다.', '`docker ps`와 달리 이 프로젝트의 서비스만 나옵니다.'],
    en: ["Lists the current Compose project's containers and their state.", 'Unlike `docker ps`, only this project\'s services are shown.'],
    example: 'docker compose ps',
    sources: [source('work', 'Docker compose'), source('course', 'Docker Compose')],
    related: ['concept.compose'],
  }),
  commandEntry({ name: 'compose logs', page: 'compose/logs/' }, {
    aliases: ['docker-compose logs'],
    ko: ['Compose 서비스들의 로그를 서비스 이름을 붙여 모아 보여 줍니다.', '`-f`로 계속 따라가고, `docker compose logs db`처럼 서비스를 골라 볼 수 있습니다.'],
    en: ["Shows the Compose services' logs together, each line prefixed with its service.", 'Follow with `-f`; pick a service as in `docker compose logs db`.'],
    example: 'docker compose logs -f db',
    sources: [source('work', 'Docker compose'), source('course', 'Docker Compose')],
    related: ['concept.compose'],
  }),
];

const flags: KnowledgeEntry[] = [
  flagEntry(docker, '--help', undefined, {
    ko: ['명령의 사용법과 옵션 목록을 보여 줍니다.', '`docker --help`는 전체 명령 목록을, `docker run --help`처럼 명령 뒤에 쓰면 그 명령의 옵션을 보여 줍니다.'],
    en: ['Shows usage and the list of options.', '`docker --help` lists every command; after a command, as in `docker run --help`, it lists that command\'s options.'],
    example: 'docker --help',
    sources: [source('inflearn', '컨테이너 실행')],
  }),
  flagEntry(run, '--interactive', '-i', {
    ko: ['컨테이너의 표준 입력(STDIN)을 열어 둡니다.', '터미널에 붙어 있지 않아도 입력을 받을 수 있게 합니다. 셸처럼 입력을 받는 프로그램에는 보통 `-t`와 함께 `-it`로 씁니다.'],
    en: ["Keeps the container's standard input (STDIN) open.", 'Input keeps flowing even when nothing is attached. Programs that read input, like shells, usually get it together with `-t` as `-it`.'],
    example: 'docker run -it --name officialNginx nginx bin/bash',
    sources: [source('course', 'docker run 명령어'), source('blog', 'Docker run 옵션 종류'), source('inflearn', '이미지 커밋')],
    pitfalls: [it],
    related: ['concept.tty', 'concept.attach-vs-exec'],
  }),
  flagEntry(run, '--tty', '-t', {
    ko: ['컨테이너에 가상 터미널(pseudo-TTY)을 할당합니다.', '셸 프롬프트와 줄 편집이 제대로 보이려면 필요합니다. 입력까지 하려면 `-i`와 함께 `-it`로 씁니다.'],
    en: ['Allocates a pseudo-terminal (pseudo-TTY) for the container.', 'Needed for a proper shell prompt and line editing; combine with `-i` as `-it` to type into it.'],
    example: 'docker run -it ubuntu bash',
    sources: [source('course', 'docker run 명령어'), source('blog', 'Docker run 옵션 종류'), source('inflearn', '이미지 커밋')],
    pitfalls: [it],
    related: ['concept.tty'],
  }),
  flagEntry(run, '--name', undefined, {
    ko: ['컨테이너 이름을 정합니다.', '이름을 주지 않으면 도커가 임의로 붙입니다. 이름은 다른 명령(`logs`, `exec`, `stop`)에서 ID 대신 쓸 수 있고, 같은 사용자 정의 네트워크 안에서는 호스트 이름 역할도 합니다. 이미 있는 이름은 쓸 수 없습니다.'],
    en: ['Names the container.', 'Without it Docker picks a random name. The name stands in for the ID in other commands (`logs`, `exec`, `stop`) and serves as a hostname on user-defined networks. Names must be unique.'],
    example: 'docker run -p 80:80 --name hellonginx nginx',
    sources: [source('course', 'docker run 명령어'), source('blog', 'Docker run 옵션 종류'), source('inflearn', '컨테이너 실행')],
    pitfalls: [pitfall('같은 이름의 컨테이너가 (멈춘 것이라도) 있으면 "Conflict" 오류가 납니다. `docker rm`으로 먼저 지우세요.', 'A container with that name, even a stopped one, causes a "Conflict" error; `docker rm` it first.')],
    related: ['concept.container-identity'],
  }),
  flagEntry(run, '--detach', '-d', {
    ko: ['컨테이너를 백그라운드(detached 모드)에서 실행하고 ID만 출력합니다.', '터미널을 닫아도 컨테이너는 계속 돕니다. 출력은 `docker logs`로 봅니다. `-d`와 `-p`는 `-dp`처럼 붙여 쓸 수 있습니다.'],
    en: ['Runs the container in the background (detached) and prints its ID.', 'It keeps running after you close the terminal; read its output with `docker logs`. One-letter flags combine: `-dp 80:80`.'],
    example: 'docker run -d -p 80:80 docker/getting-started',
    sources: [source('work', 'Docker 명령어'), source('course', 'docker run 명령어'), source('blog', 'Docker run 옵션 종류'), source('inflearn', '애플리케이션 구성')],
    related: ['concept.detached-mode', 'concept.container-logs'],
  }),
  flagEntry(run, '--rm', undefined, {
    ko: ['컨테이너가 끝나면 자동으로 지웁니다.', '잠깐 쓰고 버릴 컨테이너에 좋습니다. 컨테이너 안의 데이터도 함께 사라지니 남길 것은 볼륨에 두세요. 이름 있는 볼륨은 지워지지 않습니다.'],
    en: ['Removes the container automatically when it exits.', 'Good for throwaway containers. Its data goes with it, so keep what matters in a volume; named volumes are not removed.'],
    example: 'docker run --rm -d --name mysql -v /home/ubuntu/mysqldata:/var/lib/mysql mysql',
    sources: [source('course', 'docker run 명령어'), source('course', 'Docker에서 Python 개발을 위한 jupyter notebook Mount'), source('blog', 'Docker run 옵션 종류')],
    pitfalls: [singleDashRm],
    related: ['concept.volume', 'concept.stateless-container'],
  }),
  flagEntry(run, '--publish', '-p', {
    ko: ['호스트 포트를 컨테이너 포트에 연결(공개)합니다: `호스트포트:컨테이너포트`.', '`-p 8080:80`이면 호스트의 8080번으로 들어온 연결이 컨테이너의 80번으로 갑니다. `127.0.0.1:8080:80`처럼 호스트 IP를 붙이면 그 주소에서만 받습니다. 여러 번 쓸 수 있습니다.'],
    en: ['Publishes a container port on the host: `hostPort:containerPort`.', '`-p 8080:80` sends connections on host port 8080 to port 80 in the container. Prefix a host IP (`127.0.0.1:8080:80`) to listen on that address only. Repeat it for more ports.'],
    example: 'docker run -d -p 3000:3000 nodejs:1.0',
    sources: [source('work', 'Docker 명령어'), source('course', 'docker에서 Apache Web server 실행'), source('blog', 'Docker run 옵션 종류'), source('inflearn', '네트워크')],
    pitfalls: [
      pitfall('Dockerfile의 `EXPOSE`만으로는 호스트에서 접속할 수 없습니다. 실제 공개는 `-p`가 합니다.', "`EXPOSE` in the Dockerfile alone doesn't make a port reachable from the host; `-p` does."),
      pitfall('순서는 항상 호스트가 앞, 컨테이너가 뒤입니다.', 'The host port always comes first, the container port second.'),
    ],
    related: ['concept.expose-vs-publish', 'concept.network'],
  }),
  flagEntry(run, '--volume', '-v', {
    ko: ['볼륨이나 호스트 디렉터리를 컨테이너 경로에 마운트합니다: `원본:컨테이너경로`.', '원본이 `/`나 `./`로 시작하면 호스트 경로(바인드 마운트), 이름이면 도커 볼륨입니다. 컨테이너를 지워도 데이터가 남습니다. 끝에 `:ro`를 붙이면 읽기 전용입니다.'],
    en: ['Mounts a volume or host directory into the container: `source:containerPath`.', 'A source starting with `/` or `./` is a host path (bind mount); a plain name is a Docker volume. Either way the data outlives the container. Append `:ro` for read-only.'],
    example: 'docker run -d -p 8888:8888 -v /home/ubuntu/work:/home/jovyan/work jupyter/datascience-notebook',
    sources: [source('course', 'docker run 명령어'), source('course', 'Docker continaer와 사용자 directory 연결'), source('course', 'ftp를 사용하여 EC2 Server에 파일 업로드'), source('blog', 'Docker run 옵션 종류')],
    pitfalls: [
      pitfall('호스트 경로와 컨테이너 경로는 `/`가 아니라 `:`으로 구분합니다.', 'The host and container paths are separated by `:`, not `/`.'),
      pitfall('마운트 없이 컨테이너 안에 쓴 파일은 컨테이너를 지우면 사라집니다.', 'Files written inside a container without a mount vanish when it is removed.'),
    ],
    related: ['concept.volume-vs-bind-mount', 'concept.volume', 'concept.stateless-container'],
  }),
  flagEntry(run, '--privileged', undefined, {
    ko: ['컨테이너에 호스트의 거의 모든 커널 기능(capability)과 장치 접근 권한을 줍니다.', '격리가 사실상 사라지므로 꼭 필요할 때만 쓰세요. 특정 권한만 필요하면 `--cap-add`나 `--device`가 안전합니다.'],
    en: ['Gives the container nearly all host kernel capabilities and device access.', 'It all but removes isolation; use it only when unavoidable. `--cap-add` or `--device` grant just what is needed.'],
    example: 'docker run --privileged -it ubuntu bash',
    sources: [source('blog', 'Docker run 옵션 종류')],
    pitfalls: [pitfall('`--privileged` 컨테이너 안의 root는 호스트를 장악할 수 있습니다.', 'Root inside a `--privileged` container can take over the host.')],
  }),
  flagEntry(run, '--restart', undefined, {
    ko: ['컨테이너가 끝났을 때(또는 데몬이 재시작될 때) 다시 시작할 정책을 정합니다.', '기본은 `no`입니다. 서버처럼 계속 돌아야 하는 컨테이너에는 `unless-stopped`나 `always`를 씁니다.'],
    en: ['Sets the restart policy for when the container exits (or the daemon restarts).', 'The default is `no`. Long-running services usually get `unless-stopped` or `always`.'],
    example: 'docker run -d --restart=always --name web nginx',
    values: {
      no: { ko: '다시 시작하지 않습니다(기본값).', en: 'Never restart (the default).' },
      'on-failure': { ko: '0이 아닌 종료 코드로 끝났을 때만 다시 시작합니다. `on-failure:5`처럼 최대 횟수를 정할 수 있습니다.', en: 'Restart only after a non-zero exit code; `on-failure:5` caps the retries.' },
      always: { ko: '항상 다시 시작합니다. 직접 멈춘 컨테이너도 데몬이 재시작되면 다시 켜집니다.', en: 'Always restart; even a manually stopped container comes back when the daemon restarts.' },
      'unless-stopped': { ko: '`always`와 같지만, 직접 멈춘 컨테이너는 데몬이 재시작돼도 켜지 않습니다.', en: 'Like `always`, except a container you stopped stays stopped across daemon restarts.' },
    },
    sources: [source('blog', 'Docker run 옵션 종류')],
    pitfalls: [pitfall('`--restart`와 `--rm`은 함께 쓸 수 없습니다.', '`--restart` cannot be combined with `--rm`.')],
    related: ['concept.restart-policy'],
  }),
  flagEntry(run, '--user', '-u', {
    ko: ['컨테이너 프로세스를 실행할 사용자(이름 또는 UID[:GID])를 정합니다.', '이미지의 `USER` 설정을 덮어씁니다. root가 아닌 사용자로 실행하면 더 안전합니다.'],
    en: ['Sets the user (name or UID[:GID]) the container process runs as.', "Overrides the image's `USER`. Running as a non-root user is safer."],
    example: 'docker run --user root jupyter/datascience-notebook',
    sources: [source('blog', 'Docker run 옵션 종류')],
  }),
  flagEntry(run, '--env', '-e', {
    ko: ['컨테이너 안의 환경 변수를 설정합니다: `-e 이름=값`.', '이미지의 `ENV` 값을 덮어쓸 수 있습니다. 변수가 많으면 `--env-file`로 파일에서 읽습니다. `-e 이름`처럼 값을 생략하면 현재 셸의 값을 넘깁니다.'],
    en: ['Sets an environment variable in the container: `-e NAME=value`.', "Overrides the image's `ENV`. For many variables use `--env-file`. `-e NAME` without a value passes on the current shell's value."],
    example: 'docker run -d -p 8080:8080 -e DB_URL=leafy-postgres --network leafy-network --name leafy devwikirepo/leafy-backend:1.0.0',
    sources: [source('blog', 'Docker run 옵션 종류'), source('inflearn', '이미지의 메타데이터'), source('inflearn', '애플리케이션 구성')],
    pitfalls: [pitfall('비밀번호를 `-e`로 넘기면 `docker inspect`와 셸 기록에 남습니다. 민감한 값은 시크릿이나 `--env-file`을 쓰세요.', 'Passwords passed with `-e` show up in `docker inspect` and your shell history; prefer secrets or `--env-file`.')],
    related: ['concept.environment-variables', 'concept.build-secrets'],
  }),
  flagEntry(run, '--link', undefined, {
    ko: ['(레거시) 다른 컨테이너를 별칭으로 연결합니다: `--link 컨테이너:별칭`.', '기본 bridge 네트워크에서 이름으로 접속하게 해 주던 옛 기능으로, 더 이상 권장되지 않습니다. 사용자 정의 네트워크(`docker network create` + `--network`)를 만들면 컨테이너 이름으로 서로 접속할 수 있습니다.'],
    en: ['(Legacy) Links another container under an alias: `--link container:alias`.', 'An old way to reach containers by name on the default bridge network, no longer recommended. Create a user-defined network (`docker network create` + `--network`) and containers reach each other by name.'],
    example: 'docker network create app-net\ndocker run -d --name db --network app-net mysql\ndocker run -d --network app-net jupyter/datascience-notebook',
    sources: [source('course', 'Container간의 연결(mysql)'), source('blog', 'Docker run 옵션 종류')],
    pitfalls: [pitfall('`--link`는 레거시 기능이라 언제든 제거될 수 있습니다. 사용자 정의 네트워크를 쓰세요.', '`--link` is legacy and may be removed; use a user-defined network.')],
    related: ['concept.container-link', 'concept.network'],
  }),
  flagEntry(run, '--network', undefined, {
    aliases: ['--net'],
    ko: ['컨테이너를 연결할 네트워크를 정합니다.', '같은 사용자 정의 네트워크에 있는 컨테이너끼리는 이름으로 접속합니다. `host`는 호스트의 네트워크를 그대로 쓰고, `none`은 네트워크를 끊습니다.'],
    en: ['Connects the container to a network.', 'Containers on the same user-defined network reach each other by name. `host` shares the host\'s network stack; `none` disables networking.'],
    example: 'docker run -d --name leafy-postgres --network leafy-network devwikirepo/leafy-postgres:1.0.0',
    values: {
      bridge: { ko: '기본 bridge 네트워크(이름으로 찾기 불가)', en: 'the default bridge network (no name lookup)' },
      host: { ko: '호스트의 네트워크를 그대로 사용, `-p`는 무시됨', en: "the host's network stack; `-p` is ignored" },
      none: { ko: '네트워크 없음', en: 'no networking' },
    },
    sources: [source('inflearn', '애플리케이션 구성')],
    related: ['concept.network'],
  }),
  flagEntry(run, '--hostname', '-h', {
    ko: ['컨테이너 안에서 보이는 호스트 이름을 정합니다.', '기본은 컨테이너 ID 앞부분입니다. 다른 컨테이너가 이 이름으로 찾아오게 하는 기능은 아닙니다(그건 네트워크와 `--name`).'],
    en: ["Sets the hostname seen inside the container.", 'Defaults to the short container ID. It does not make other containers find it by that name; networks and `--name` do that.'],
    example: 'docker run -h web01 -it ubuntu bash',
    sources: [source('blog', 'Docker run 옵션 종류')],
  }),
  flagEntry(run, '--workdir', '-w', {
    ko: ['컨테이너 안에서 명령이 실행될 작업 디렉터리를 정합니다.', "이미지의 `WORKDIR`을 덮어씁니다. 없는 경로면 만들어집니다."],
    en: ['Sets the working directory the command runs in.', "Overrides the image's `WORKDIR`; a missing path is created."],
    example: 'docker run -w /app node:20 npm test',
    sources: [source('blog', 'Docker run 옵션 종류')],
  }),
  flagEntry(run, '--attach', '-a', {
    ko: ['표준 입력, 출력, 에러 중 어느 것을 터미널에 연결할지 고릅니다.', '`-a stdout -a stderr`처럼 스트림마다 씁니다. `-d`와 함께 쓸 수 없습니다.'],
    en: ['Chooses which of STDIN, STDOUT and STDERR to attach to your terminal.', 'Repeat per stream, as in `-a stdout -a stderr`; not usable with `-d`.'],
    example: 'docker run -a stdout -a stderr alpine echo hi',
    sources: [source('blog', 'Docker run 옵션 종류')],
  }),
  flagEntry(run, '--cpu-shares', '-c', {
    ko: ['CPU 자원 분배 비율(상대 가중치)을 정합니다. 기본값은 1024입니다.', 'CPU가 부족할 때만 효과가 있는 상대값입니다. 512면 기본 컨테이너의 절반을 받습니다. 절대 한도는 `--cpus`로 정합니다.'],
    en: ['Sets the relative CPU weight; the default is 1024.', 'A relative share that matters only under CPU contention: 512 gets half of a default container. For a hard cap use `--cpus`.'],
    example: 'docker run -c 512 -d nginx',
    sources: [source('blog', 'Docker run 옵션 종류')],
  }),
  flagEntry(run, '--memory', '-m', {
    ko: ['컨테이너가 쓸 수 있는 메모리 한도를 정합니다: `<숫자><단위>`(b, k, m, g).', '한도를 넘으면 컨테이너 프로세스가 OOM으로 종료될 수 있습니다.'],
    en: ['Limits the memory the container may use: `<number><unit>` (b, k, m, g).', 'Going over the limit can get the process killed by the OOM killer.'],
    example: 'docker run -m 512m -d nginx',
    sources: [source('blog', 'Docker run 옵션 종류')],
    pitfalls: [pitfall('노트의 `--memory=”100000b”`처럼 둥근 따옴표(”)를 쓰면 셸이 따옴표로 인식하지 않습니다. 곧은 따옴표(")를 쓰세요.', 'Curly quotes as in the note\'s `--memory=”100000b”` are not quotes to the shell; use straight quotes (").')],
  }),
  flagEntry(run, '--gpus', undefined, {
    ko: ['호스트의 GPU를 컨테이너에서 쓰게 합니다.', '호스트에 NVIDIA 드라이버와 NVIDIA Container Toolkit이 있어야 합니다. `all`은 모든 GPU, `"device=0,1"`은 특정 GPU입니다.'],
    en: ["Makes the host's GPUs available to the container.", 'Needs the NVIDIA driver and NVIDIA Container Toolkit on the host. `all` for every GPU, `"device=0,1"` for specific ones.'],
    example: 'docker run --gpus all nvidia/cuda:12.4.0-base-ubuntu22.04 nvidia-smi',
    sources: [source('blog', 'Docker run 옵션 종류')],
  }),
  flagEntry(run, '--security-opt', undefined, {
    ko: ['SELinux 레이블, AppArmor 프로필, seccomp 같은 보안 옵션을 정합니다.', '예: `--security-opt label=level:s0:c100,c200`, `--security-opt no-new-privileges`.'],
    en: ['Sets security options: SELinux labels, AppArmor profiles, seccomp and the like.', 'For example `--security-opt label=level:s0:c100,c200` or `--security-opt no-new-privileges`.'],
    example: 'docker run --security-opt no-new-privileges -d nginx',
    sources: [source('blog', 'Docker run 옵션 종류')],
  }),
  flagEntry(create, '--name', undefined, {
    ko: ['만들 컨테이너의 이름을 정합니다.', '생략하면 도커가 임의의 이름을 붙입니다. 이후 `docker start 이름`으로 실행합니다.'],
    en: ['Names the container being created.', 'Without it Docker picks a random name. Start it later with `docker start <name>`.'],
    example: 'docker create --name web nginx',
    sources: [source('course', 'Container 생성')],
    related: ['concept.container-identity'],
  }),
  flagEntry(exec, '--interactive', '-i', {
    ko: ['실행할 명령의 표준 입력을 열어 둡니다.', '셸에 입력하려면 `-t`와 함께 `-it`로 씁니다.'],
    en: ["Keeps the command's standard input open.", 'Use with `-t` as `-it` to type into a shell.'],
    example: 'docker exec -it ubuntu20 /bin/bash',
    sources: [source('work', 'Docker 명령어'), source('blog', 'Main content')],
    pitfalls: [it],
    related: ['concept.tty', 'concept.attach-vs-exec'],
  }),
  flagEntry(exec, '--tty', '-t', {
    ko: ['실행할 명령에 가상 터미널을 할당합니다.', '셸 프롬프트가 제대로 보이려면 필요합니다. 보통 `-it`로 씁니다.'],
    en: ['Allocates a pseudo-terminal for the command.', 'Needed for a usable shell prompt; usually written `-it`.'],
    example: 'docker exec -it mysql-basic bash',
    sources: [source('work', 'Docker 명령어'), source('blog', 'Main content')],
    pitfalls: [it],
    related: ['concept.tty', 'concept.attach-vs-exec'],
  }),
  flagEntry(build, '--tag', '-t', {
    ko: ['만들 이미지의 이름과 태그를 정합니다: `이름:태그`.', '태그를 생략하면 `latest`입니다. 여러 번 써서 이름을 여러 개 붙일 수 있습니다. 올릴 예정이면 `사용자명/이미지:태그` 형식으로 짓습니다.'],
    en: ['Names and tags the image: `name:tag`.', 'An omitted tag means `latest`. Repeat it for several names. If you will push it, use `user/image:tag`.'],
    example: 'docker build -t nodejs:1.0 .',
    sources: [source('work', 'Dockerfile'), source('course', 'Dockerfile 로 Image 작성'), source('inflearn', '이미지 빌드')],
    pitfalls: [pitfall('`-t` 뒤에는 이름을, 맨 끝에는 빌드 컨텍스트(`.`)를 따로 써야 합니다. `docker build -t nodejs:1.0`만 쓰면 컨텍스트가 빠져 실패합니다.', '`-t` takes the name and the build context (`.`) still comes last: `docker build -t nodejs:1.0` alone fails for want of a context.')],
    related: ['concept.tag'],
  }),
  flagEntry(build, '--file', '-f', {
    ko: ['사용할 Dockerfile의 경로를 정합니다.', '기본은 컨텍스트 안의 `Dockerfile`입니다. `Dockerfile-basic`처럼 이름이 다를 때 씁니다. 컨텍스트(마지막 인자)와는 별개입니다.'],
    en: ['Sets the path of the Dockerfile to use.', 'The default is `Dockerfile` in the context; use it for names like `Dockerfile-basic`. It is separate from the context (the last argument).'],
    example: 'docker build -f Dockerfile-basic -t buildapp:basic .',
    sources: [source('course', 'Dockerfile 로 Image 작성'), source('inflearn', '이미지 빌드')],
    related: ['concept.dockerfile', 'concept.build-context'],
  }),
  flagEntry(build, '--pull', undefined, {
    ko: ['베이스 이미지를 캐시된 것 대신 항상 레지스트리에서 새로 받습니다.', '`FROM` 이미지의 보안 패치를 반영할 때 씁니다. 값 없이 `--pull`만 쓰면 됩니다.'],
    en: ['Always pulls the base images instead of using cached ones.', 'Picks up security fixes in `FROM` images; plain `--pull` is enough.'],
    example: 'docker build --pull -t web .',
    sources: [source('course', 'Dockerfile 로 Image 작성')],
    related: ['concept.build-cache'],
  }),
  flagEntry(logs, '--follow', '-f', {
    ko: ['새로 나오는 로그를 계속 따라가며 출력합니다.', '`Ctrl+C`로 빠져나와도 컨테이너는 멈추지 않습니다.'],
    en: ['Keeps printing new log output as it arrives.', 'Leaving with `Ctrl+C` does not stop the container.'],
    example: 'docker logs -f leafy',
    sources: [source('inflearn', '애플리케이션 구성')],
    related: ['concept.container-logs'],
  }),
  flagEntry(ps, '--all', '-a', {
    ko: ['멈춘 컨테이너까지 모든 컨테이너를 보여 줍니다.', '`docker ps`는 실행 중인 것만 보여 주므로, 이름 충돌이나 쌓인 컨테이너를 찾을 때 필요합니다.'],
    en: ['Shows all containers, stopped ones included.', 'Plain `docker ps` shows only running ones; use `-a` to find name clashes or leftovers.'],
    example: 'docker ps -a',
    sources: [source('work', 'Docker 명령어'), source('course', '모든 Container 삭제 (+이미지 삭제)')],
    related: ['concept.container-lifecycle'],
  }),
  flagEntry(ps, '--quiet', '-q', {
    ko: ['컨테이너 ID만 출력합니다.', '`docker rm $(docker ps -a -q)`처럼 다른 명령에 넘길 때 씁니다.'],
    en: ['Prints only container IDs.', 'For feeding other commands, as in `docker rm $(docker ps -a -q)`.'],
    example: 'docker stop $(docker ps -a -q)',
    sources: [source('course', '모든 Container 삭제 (+이미지 삭제)')],
  }),
  flagEntry(images, '--quiet', '-q', {
    ko: ['이미지 ID만 출력합니다.', '`docker rmi $(docker images -q)`처럼 다른 명령에 넘길 때 씁니다.'],
    en: ['Prints only image IDs.', 'For feeding other commands, as in `docker rmi $(docker images -q)`.'],
    example: 'docker rmi -f $(docker images -q)',
    sources: [source('course', '모든 Container 삭제 (+이미지 삭제)')],
  }),
  flagEntry(imageLs, '--quiet', '-q', {
    ko: ['이미지 ID만 출력합니다.', '스크립트에서 ID 목록이 필요할 때 씁니다.'],
    en: ['Prints only image IDs.', 'For scripts that need a list of IDs.'],
    example: 'docker image ls -q',
    sources: [source('course', '내려받은 Image List 확인')],
  }),
  flagEntry(rm, '--force', '-f', {
    ko: ['실행 중인 컨테이너도 강제로(`SIGKILL`) 멈추고 지웁니다.', '정상 종료 과정을 거치지 않으니 데이터를 쓰는 중인 컨테이너에는 조심해서 쓰세요.'],
    en: ['Kills (`SIGKILL`) and removes a running container.', 'Skips the graceful shutdown, so be careful with containers that are writing data.'],
    example: 'docker rm -f leafy',
    sources: [source('course', '모든 Container 삭제 (+이미지 삭제)')],
  }),
  flagEntry(rmi, '--force', '-f', {
    ko: ['컨테이너가 참조하거나 태그가 여러 개인 이미지도 강제로 지웁니다.', '실행 중인 컨테이너가 쓰는 이미지는 `-f`로도 지워지지 않습니다.'],
    en: ['Forces removal of images that are tagged several times or referenced by containers.', 'Images used by running containers are not removed even with `-f`.'],
    example: 'docker rmi -f $(docker images -q)',
    sources: [source('course', '모든 Container 삭제 (+이미지 삭제)')],
  }),
  flagEntry(search, '--limit', undefined, {
    ko: ['검색 결과의 최대 개수를 정합니다(기본 25).', '`--limit=5`나 `--limit 5`로 씁니다.'],
    en: ['Caps the number of search results (default 25).', 'Write `--limit=5` or `--limit 5`.'],
    example: 'docker search --limit=5 mysql',
    sources: [source('course', 'Docker image Download')],
  }),
  flagEntry(commit, '--message', '-m', {
    ko: ['커밋 메시지를 남깁니다.', '`docker history`에서 이 레이어의 설명으로 보입니다.'],
    en: ['Records a commit message.', 'It shows up as the layer\'s comment in `docker history`.'],
    example: 'docker commit -m "edited index.html" officialNginx 1992choi/commitnginx',
    sources: [source('course', 'docker commit'), source('inflearn', '이미지 커밋')],
    related: ['concept.commit-vs-build'],
  }),
  flagEntry(commit, '--change', '-c', {
    ko: ['만들 이미지에 Dockerfile 명령(`CMD`, `ENV`, `EXPOSE` 등)을 적용합니다.', '컨테이너의 실행 설정을 바꿔 저장할 때 씁니다.'],
    en: ['Applies Dockerfile instructions (`CMD`, `ENV`, `EXPOSE`…) to the new image.', 'Use it to change how the committed image runs.'],
    example: 'docker commit -c \'CMD ["nginx","-g","daemon off;"]\' officialNginx 1992choi/commitnginx',
    sources: [source('inflearn', '이미지 커밋')],
    related: ['concept.commit-vs-build', 'concept.cmd-vs-entrypoint'],
  }),
  flagEntry(composeUp, '--detach', '-d', {
    ko: ['서비스를 백그라운드에서 실행합니다.', '로그는 `docker compose logs`로 봅니다.'],
    en: ['Runs the services in the background.', 'Read their logs with `docker compose logs`.'],
    example: 'docker compose up -d',
    sources: [source('work', 'Docker compose')],
    related: ['concept.detached-mode'],
  }),
];

export const cliEntries: readonly KnowledgeEntry[] = [...commands, ...flags];
