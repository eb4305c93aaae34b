/**
 * Dockerfile instructions, their flags and the parser directives, as the notes
 * teach them — corrected where the notes are wrong or out of date.
 */
import { noteFiles } from '../notes';
import type { KnowledgeEntry } from '../types';

const WORK_NOTES = noteFiles.work;
const COURSE_NOTES = noteFiles.course;
const INFLEARN_NOTES = noteFiles.inflearn;

const reference = (anchor: string): string => `https://docs.docker.com/reference/dockerfile/#${anchor}`;

const instructions: KnowledgeEntry[] = [
  {
    id: 'dockerfile.instruction.FROM',
    kind: 'instruction',
    title: 'FROM',
    ko: {
      summary: '빌드의 시작점이 되는 베이스 이미지를 정하고 새 빌드 스테이지를 엽니다.',
      details:
        '`FROM <이미지>[:<태그>] [AS <이름>]` 형식으로 씁니다. 이후의 모든 명령어는 이 이미지 위에 레이어를 쌓습니다. ' +
        '태그를 생략하면 `latest`가 쓰이므로 재현 가능한 빌드를 원한다면 `node:20-alpine`처럼 버전을 고정하세요. ' +
        '`AS build`처럼 이름을 붙이면 멀티 스테이지 빌드에서 `COPY --from=build`로 그 스테이지를 참조할 수 있습니다.',
    },
    en: {
      summary: 'Picks the base image the build starts from and opens a new build stage.',
      details:
        'Written as `FROM <image>[:<tag>] [AS <name>]`. Every later instruction adds layers on top of this image. ' +
        'Without a tag you get `latest`, so pin a version such as `node:20-alpine` for reproducible builds. ' +
        'Naming a stage (`AS build`) lets a multi-stage build refer to it with `COPY --from=build`.',
    },
    example: 'FROM maven:3.6 AS build\n# …\nFROM openjdk:11-jre-slim',
    pitfalls: [
      {
        ko: '`FROM`은 파서 지시어, 주석, 전역 `ARG`를 제외하면 Dockerfile의 첫 명령어여야 합니다. 베이스 이미지가 필요 없다면 `FROM scratch`를 씁니다.',
        en: '`FROM` must be the first instruction, after only parser directives, comments and global `ARG`s. Use `FROM scratch` when you need no base image at all.',
      },
      {
        ko: '`node:6.2.2`처럼 지원이 끝난 오래된 이미지는 보안 패치를 받지 못합니다. 유지보수 중인 버전의 태그를 고르세요.',
        en: 'Old, end-of-life tags such as `node:6.2.2` no longer get security fixes; choose a maintained version.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'FROM' },
      { note: WORK_NOTES, section: '생성방법' },
      { note: INFLEARN_NOTES, section: '멀티 스테이지 빌드' },
    ],
    reference: reference('from'),
    related: ['concept.base-image', 'concept.multi-stage', 'concept.alpine', 'concept.tag'],
  },
  {
    id: 'dockerfile.instruction.RUN',
    kind: 'instruction',
    title: 'RUN',
    ko: {
      summary: '이미지를 빌드하는 동안 명령을 실행하고, 그 결과를 새 레이어로 저장합니다.',
      details:
        '패키지 설치나 애플리케이션 빌드처럼 이미지 안에 남아야 하는 작업에 씁니다. ' +
        '셸 형식(`RUN apt-get update`)은 `/bin/sh -c`로 실행되고, exec 형식(`RUN ["executable", "arg"]`)은 셸 없이 실행됩니다. ' +
        '`RUN`마다 레이어가 하나씩 생기므로 관련된 명령은 `&&`로 묶어 한 번에 실행하는 것이 좋습니다.',
    },
    en: {
      summary: 'Runs a command while the image is being built and saves the result as a new layer.',
      details:
        'Use it for work whose result must stay in the image: installing packages, compiling the app. ' +
        'The shell form (`RUN apt-get update`) runs through `/bin/sh -c`; the exec form (`RUN ["executable", "arg"]`) runs without a shell. ' +
        'Each `RUN` adds a layer, so chain related commands with `&&` in one instruction.',
    },
    example: 'FROM ubuntu:20.04\nRUN apt-get update \\\n    && apt-get install -y apache2 apt-utils \\\n    && rm -rf /var/lib/apt/lists/*',
    pitfalls: [
      {
        ko: '`RUN apt-get update`와 `RUN apt-get install`을 따로 쓰면 `update` 레이어가 캐시에 남아 나중에 오래된 패키지 목록으로 설치하게 됩니다. 한 `RUN` 안에서 `&&`로 이어 쓰세요.',
        en: 'Splitting `RUN apt-get update` and `RUN apt-get install` lets the cached `update` layer go stale, so later builds install from an old package list. Chain them with `&&` in one `RUN`.',
      },
      {
        ko: '`RUN`은 빌드할 때 한 번 실행될 뿐, 컨테이너를 시작할 때 실행되지 않습니다. 시작 시 실행할 명령은 `CMD`나 `ENTRYPOINT`에 씁니다.',
        en: '`RUN` executes once at build time, never when a container starts; put start-up commands in `CMD` or `ENTRYPOINT`.',
      },
      {
        ko: '비밀번호나 토큰을 `RUN` 명령줄에 직접 쓰면 이미지 이력에 남습니다. `RUN --mount=type=secret`을 사용하세요.',
        en: 'Passwords or tokens written on a `RUN` line stay in the image history; use `RUN --mount=type=secret` instead.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'RUN' },
      { note: INFLEARN_NOTES, section: '레이어 관리' },
      { note: WORK_NOTES, section: '생성방법' },
    ],
    reference: reference('run'),
    related: ['concept.layer', 'concept.build-cache', 'concept.shell-vs-exec-form', 'concept.build-secrets'],
  },
  {
    id: 'dockerfile.instruction.CMD',
    kind: 'instruction',
    title: 'CMD',
    ko: {
      summary: '컨테이너가 시작될 때 실행할 기본 명령(또는 `ENTRYPOINT`의 기본 인자)을 지정합니다.',
      details:
        '세 가지 형식이 있습니다. exec 형식 `CMD ["npm", "start"]`(권장), `ENTRYPOINT`에 넘길 기본 인자만 적는 `CMD ["--port", "80"]`, 그리고 셸 형식 `CMD npm start`입니다. ' +
        '`docker run <이미지> <명령>`처럼 이미지 이름 뒤에 명령을 적으면 `CMD`는 통째로 그 명령으로 대체됩니다.',
    },
    en: {
      summary: "Sets the default command a container runs at start (or the default arguments to `ENTRYPOINT`).",
      details:
        'Three forms: the exec form `CMD ["npm", "start"]` (preferred), default parameters for `ENTRYPOINT` such as `CMD ["--port", "80"]`, and the shell form `CMD npm start`. ' +
        'Any command given after the image name in `docker run <image> <command>` replaces `CMD` entirely.',
    },
    example: 'CMD ["npm", "start"]',
    pitfalls: [
      {
        ko: 'Dockerfile에 `CMD`가 여러 개 있으면 마지막 하나만 적용됩니다.',
        en: 'Only the last `CMD` in a Dockerfile takes effect; earlier ones are ignored.',
      },
      {
        ko: '`docker run`에 넘긴 인자는 `CMD`를 덮어쓰지만 `ENTRYPOINT`는 덮어쓰지 않습니다. 항상 실행돼야 하는 명령은 `ENTRYPOINT`에 두세요.',
        en: '`docker run` arguments override `CMD` but not `ENTRYPOINT`; put the command that must always run in `ENTRYPOINT`.',
      },
      {
        ko: '셸 형식으로 쓰면 앱이 `/bin/sh -c`의 자식 프로세스로 실행되어 `docker stop`이 보낸 SIGTERM을 받지 못할 수 있습니다. exec 형식을 쓰세요.',
        en: 'In the shell form the app runs as a child of `/bin/sh -c` and may never get the SIGTERM from `docker stop`; prefer the exec form.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'CMD' },
      { note: COURSE_NOTES, section: 'CMD 명령 덮어 씌우기' },
      { note: WORK_NOTES, section: '생성방법' },
    ],
    reference: reference('cmd'),
    related: ['concept.cmd-vs-entrypoint', 'concept.shell-vs-exec-form'],
  },
  {
    id: 'dockerfile.instruction.LABEL',
    kind: 'instruction',
    title: 'LABEL',
    ko: {
      summary: '이미지에 `키=값` 형식의 메타데이터(작성자, 버전, 설명 등)를 붙입니다.',
      details:
        '한 줄에 여러 쌍을 쓸 수 있고, 공백이 들어간 값은 따옴표로 감쌉니다. 베이스 이미지의 레이블은 상속되며 같은 키는 나중 값이 이깁니다. ' +
        '`org.opencontainers.image.*` 같은 표준 키를 쓰면 다른 도구도 읽을 수 있습니다. 붙은 레이블은 `docker image inspect`로 확인합니다.',
    },
    en: {
      summary: 'Attaches `key=value` metadata (author, version, description…) to the image.',
      details:
        'Several pairs fit on one line; quote values that contain spaces. Labels are inherited from the base image and a later value for the same key wins. ' +
        'Standard keys such as `org.opencontainers.image.*` are understood by other tools. See them with `docker image inspect`.',
    },
    example: 'LABEL maintainer="test" version="1.0" description="Apache on Ubuntu"',
    pitfalls: [
      {
        ko: '`LABEL key = value`처럼 `=` 양옆에 공백을 두면 안 됩니다. `LABEL key=value`로 붙여 쓰세요.',
        en: 'No spaces around `=`: write `LABEL key=value`, not `LABEL key = value`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'LABEL' },
      { note: COURSE_NOTES, section: 'Dockerfile 주요 명령' },
    ],
    reference: reference('label'),
    related: ['concept.image'],
  },
  {
    id: 'dockerfile.instruction.MAINTAINER',
    kind: 'instruction',
    title: 'MAINTAINER',
    ko: {
      summary: '(지원 중단) 이미지 작성자를 기록하던 옛 명령어입니다. `LABEL`을 쓰세요.',
      details:
        '지금도 동작은 하지만 더 이상 권장하지 않습니다. 작성자 정보는 `LABEL org.opencontainers.image.authors="..."`처럼 레이블로 남기면 ' +
        '`docker image inspect`에서 다른 메타데이터와 함께 볼 수 있습니다.',
    },
    en: {
      summary: '(Deprecated) The old way to record the image author; use `LABEL` instead.',
      details:
        'Still accepted but no longer recommended. Record the author as a label, e.g. `LABEL org.opencontainers.image.authors="..."`, ' +
        'so it shows up with the other metadata in `docker image inspect`.',
    },
    example: '# 대신 이렇게 / instead of MAINTAINER:\nLABEL org.opencontainers.image.authors="test@example.com"',
    pitfalls: [
      {
        ko: '`MAINTAINER`는 지원이 중단되었습니다. `LABEL`로 바꾸세요.',
        en: '`MAINTAINER` is deprecated; replace it with a `LABEL`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'RUN' },
      { note: COURSE_NOTES, section: 'Dockerfile 주요 명령' },
    ],
    reference: reference('maintainer-deprecated'),
    related: ['concept.image'],
  },
  {
    id: 'dockerfile.instruction.EXPOSE',
    kind: 'instruction',
    title: 'EXPOSE',
    ko: {
      summary: '컨테이너가 어떤 포트에서 요청을 받는지 문서로 남깁니다. 포트를 실제로 열지는 않습니다.',
      details:
        '`EXPOSE 3000 80`처럼 여러 포트를 쓸 수 있고 `80/udp`처럼 프로토콜도 지정할 수 있습니다(기본값 `tcp`). ' +
        '호스트에서 접속하려면 실행할 때 `docker run -p 8080:80`으로 포트를 게시해야 합니다. `-P`를 주면 `EXPOSE`된 모든 포트가 임의의 호스트 포트에 게시됩니다.',
    },
    en: {
      summary: 'Documents which ports the container listens on. It does not open or publish them.',
      details:
        'List several ports (`EXPOSE 3000 80`) and optionally a protocol (`80/udp`; default `tcp`). ' +
        'To reach the container from the host, publish the port at run time with `docker run -p 8080:80`; `-P` publishes every exposed port on a random host port.',
    },
    example: 'EXPOSE 3000 80',
    pitfalls: [
      {
        ko: '`EXPOSE`만으로는 호스트에서 접속할 수 없습니다. `docker run -p <호스트>:<컨테이너>`(또는 Compose의 `ports:`)로 게시하세요.',
        en: '`EXPOSE` alone does not make the port reachable from the host; publish it with `docker run -p <host>:<container>` (or Compose `ports:`).',
      },
      {
        ko: '명령어 이름의 철자를 확인하세요. `EXPOSEE` 같은 오타는 빌드 오류가 납니다.',
        en: 'Check the spelling: a typo such as `EXPOSEE` fails the build.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'EXPOSE' },
      { note: WORK_NOTES, section: '생성방법' },
    ],
    reference: reference('expose'),
    related: ['concept.expose-vs-publish', 'concept.network'],
  },
  {
    id: 'dockerfile.instruction.ENV',
    kind: 'instruction',
    title: 'ENV',
    ko: {
      summary: '환경 변수를 설정합니다. 이후 빌드 단계와 실행 중인 컨테이너 모두에 적용됩니다.',
      details:
        '`ENV KEY=value` 형식으로 쓰며 한 줄에 여러 쌍을 둘 수 있습니다. 이후의 `RUN`, `CMD`, `ENTRYPOINT`는 물론 이 이미지로 만든 컨테이너에도 남습니다. ' +
        '실행할 때 `docker run -e KEY=다른값`(`--env`)으로 덮어쓸 수 있습니다. 빌드할 때만 필요한 값이면 `ARG`가 더 알맞습니다.',
    },
    en: {
      summary: 'Sets an environment variable for the later build steps and for the running container.',
      details:
        'Written `ENV KEY=value`, several pairs per line allowed. It applies to the following `RUN`, `CMD` and `ENTRYPOINT`, and persists in containers made from the image. ' +
        'Override it at run time with `docker run -e KEY=other` (`--env`). For values needed only during the build, `ARG` fits better.',
    },
    example: 'ENV NODE_ENV=production\nENV MYSQL_DATABASE=mydb',
    pitfalls: [
      {
        ko: '`ENV MYSQL_ROOT_PASSWORD=...`처럼 비밀 값을 넣으면 이미지에 그대로 남아 `docker image inspect`로 누구나 볼 수 있습니다. 실행할 때 `-e`나 시크릿으로 전달하세요.',
        en: 'Secrets such as `ENV MYSQL_ROOT_PASSWORD=...` are baked into the image and visible to anyone via `docker image inspect`; pass them at run time with `-e` or a secret.',
      },
      {
        ko: '`ENV NODE_ENV developer`처럼 공백으로 구분하는 옛 형식은 권장되지 않습니다. `ENV NODE_ENV=development`처럼 `=`를 쓰세요.',
        en: 'The legacy space-separated form `ENV NODE_ENV developer` is discouraged; write `ENV NODE_ENV=development`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'ENV' },
      { note: WORK_NOTES, section: '생성방법' },
      { note: COURSE_NOTES, section: 'Container간의 연결(mysql)' },
    ],
    reference: reference('env'),
    related: ['concept.build-secrets', 'concept.environment-variables'],
  },
  {
    id: 'dockerfile.instruction.ADD',
    kind: 'instruction',
    title: 'ADD',
    ko: {
      summary: '파일을 이미지에 복사합니다. `COPY`와 달리 URL, Git 저장소, 로컬 tar 압축 해제도 지원합니다.',
      details:
        '`ADD <원본>... <대상>` 형식으로, 대상 경로는 반드시 있어야 합니다. 로컬 `.tar`/`.tar.gz` 파일은 대상 디렉터리에 자동으로 풀리고, ' +
        'HTTP URL이나 Git 저장소도 원본으로 쓸 수 있습니다. 이런 기능이 필요 없다면 동작이 분명한 `COPY`를 쓰는 것이 권장됩니다.',
    },
    en: {
      summary: 'Copies files into the image; unlike `COPY` it also fetches URLs and Git repositories and unpacks local tar archives.',
      details:
        'Written `ADD <src>... <dest>`; the destination is required. A local `.tar`/`.tar.gz` is extracted into the destination, ' +
        'and HTTP URLs or Git repositories can be sources. When you need none of that, prefer the more predictable `COPY`.',
    },
    example: 'ADD express-test /app\nADD --checksum=sha256:<hash> https://example.com/app.tar.gz /opt/',
    pitfalls: [
      {
        ko: '대상 경로를 빠뜨린 `ADD express-test`는 빌드 오류입니다. `ADD express-test /app`처럼 원본과 대상을 모두 적으세요.',
        en: '`ADD express-test` without a destination fails the build; give both source and destination, e.g. `ADD express-test /app`.',
      },
      {
        ko: '"`ADD`가 더 활용도가 넓다"고 해서 더 좋은 것은 아닙니다. 압축 자동 해제가 뜻밖의 결과를 낼 수 있으니 단순 복사에는 `COPY`를 쓰세요.',
        en: "`ADD` doing more does not make it better: automatic extraction can surprise you. Use `COPY` for plain copies.",
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: '부수 명령어' },
      { note: WORK_NOTES, section: '생성방법' },
    ],
    reference: reference('add'),
    related: ['concept.build-context', 'concept.dockerignore', 'concept.layer'],
  },
  {
    id: 'dockerfile.instruction.COPY',
    kind: 'instruction',
    title: 'COPY',
    ko: {
      summary: '빌드 컨텍스트(또는 다른 스테이지)의 파일과 디렉터리를 이미지 안으로 복사합니다.',
      details:
        '`COPY <원본>... <대상>` 순서로, 원본은 빌드 컨텍스트 기준 상대 경로이고 대상은 이미지 안의 경로입니다(상대 경로면 `WORKDIR` 기준). ' +
        'URL을 받거나 압축을 풀지 않으므로 동작이 예측 가능합니다. `--from=<스테이지>`로 이전 스테이지의 결과물을 가져올 수 있습니다.',
    },
    en: {
      summary: 'Copies files and directories from the build context (or another stage) into the image.',
      details:
        'Order is `COPY <src>... <dest>`: sources are relative to the build context, the destination is a path in the image (relative to `WORKDIR` if not absolute). ' +
        'It neither downloads URLs nor unpacks archives, so it behaves predictably. `--from=<stage>` copies results out of an earlier stage.',
    },
    example: 'COPY pom.xml .\nCOPY src ./src\nCOPY --from=build /app/target/*.jar ./app.jar',
    pitfalls: [
      {
        ko: '순서는 `COPY <원본> <대상>`입니다. 대상(이미지 안의 경로)이 마지막에 옵니다.',
        en: 'The order is `COPY <source> <destination>`: the path inside the image comes last.',
      },
      {
        ko: '빌드 컨텍스트 바깥(`../`)의 파일은 복사할 수 없습니다. 필요 없는 파일은 `.dockerignore`로 컨텍스트에서 빼세요.',
        en: 'Files outside the build context (`../`) cannot be copied; keep unneeded files out of the context with `.dockerignore`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'COPY' },
      { note: COURSE_NOTES, section: 'Dockerfile 주요 명령' },
      { note: INFLEARN_NOTES, section: '멀티 스테이지 빌드' },
    ],
    reference: reference('copy'),
    related: ['concept.build-context', 'concept.dockerignore', 'concept.multi-stage', 'concept.build-cache'],
  },
  {
    id: 'dockerfile.instruction.ENTRYPOINT',
    kind: 'instruction',
    title: 'ENTRYPOINT',
    ko: {
      summary: '컨테이너를 하나의 실행 파일처럼 만들어, 시작할 때 항상 실행될 명령을 지정합니다.',
      details:
        '`docker run <이미지> <인자>`의 인자는 `ENTRYPOINT`를 바꾸지 않고 그 뒤에 덧붙습니다. `CMD`와 함께 쓰면 `CMD`가 기본 인자가 됩니다. ' +
        'exec 형식 `ENTRYPOINT ["java", "-jar", "app.jar"]`을 쓰세요. 정말로 바꿔야 할 때는 `docker run --entrypoint`를 씁니다.',
    },
    en: {
      summary: 'Makes the container behave like one executable: the command that always runs at start.',
      details:
        'Arguments in `docker run <image> <args>` are appended to `ENTRYPOINT` instead of replacing it; together with `CMD`, `CMD` supplies the default arguments. ' +
        'Use the exec form `ENTRYPOINT ["java", "-jar", "app.jar"]`. To really replace it, use `docker run --entrypoint`.',
    },
    example: 'ENTRYPOINT ["java", "-jar", "app.jar"]\nCMD ["--server.port=8080"]',
    pitfalls: [
      {
        ko: '`docker run` 인자로는 덮어쓸 수 없지만 "절대 바뀌지 않는" 것은 아닙니다. `docker run --entrypoint`로 교체할 수 있습니다.',
        en: '`docker run` arguments do not override it, but it is not fixed forever: `docker run --entrypoint` replaces it.',
      },
      {
        ko: '셸 형식 `ENTRYPOINT java -jar app.jar`는 `CMD`와 `docker run` 인자를 모두 무시하고 신호도 제대로 받지 못합니다.',
        en: 'The shell form `ENTRYPOINT java -jar app.jar` ignores both `CMD` and `docker run` arguments, and does not receive signals properly.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'ENTRYPOINT' },
      { note: WORK_NOTES, section: 'Dockerfile' },
      { note: COURSE_NOTES, section: 'Dockerfile 주요 명령' },
    ],
    reference: reference('entrypoint'),
    related: ['concept.cmd-vs-entrypoint', 'concept.shell-vs-exec-form'],
  },
  {
    id: 'dockerfile.instruction.VOLUME',
    kind: 'instruction',
    title: 'VOLUME',
    ko: {
      summary: '컨테이너의 특정 경로를 볼륨 마운트 지점으로 선언합니다.',
      details:
        '`VOLUME /var/lib/mysql`처럼 쓰면, 실행할 때 따로 지정하지 않아도 그 경로에 익명 볼륨이 붙어 데이터가 컨테이너의 쓰기 레이어 밖에 저장됩니다. ' +
        'Dockerfile에서는 호스트 디렉터리를 고를 수 없습니다. 어디에 붙일지는 `docker run -v`나 Compose의 `volumes:`에서 정합니다.',
    },
    en: {
      summary: 'Declares a path in the container as a mount point for a volume.',
      details:
        'With `VOLUME /var/lib/mysql`, an anonymous volume is mounted there at run time unless you provide one, keeping the data out of the container\'s writable layer. ' +
        'A Dockerfile cannot choose a host directory; that is decided by `docker run -v` or Compose `volumes:`.',
    },
    example: 'VOLUME /var/lib/mysql',
    pitfalls: [
      {
        ko: '`VOLUME`은 볼륨을 "만들어 두는" 명령이 아닙니다. 선언 뒤의 빌드 단계에서 그 경로를 바꾼 내용은 버려질 수 있으니 파일 준비는 `VOLUME` 앞에서 끝내세요.',
        en: '`VOLUME` does not create a volume at build time; changes later build steps make under that path may be discarded, so prepare files before declaring it.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('volume'),
    related: ['concept.volume', 'concept.volume-vs-bind-mount'],
  },
  {
    id: 'dockerfile.instruction.USER',
    kind: 'instruction',
    title: 'USER',
    ko: {
      summary: '이후 명령어와 컨테이너의 프로세스를 실행할 사용자(와 그룹)를 지정합니다.',
      details:
        '`USER <사용자>[:<그룹>]` 또는 UID/GID로 씁니다. 이후의 `RUN`, `CMD`, `ENTRYPOINT`가 그 사용자로 실행됩니다. ' +
        '기본값은 root이므로, 보안을 위해 필요한 설치를 마친 뒤 권한이 낮은 사용자로 바꾸는 것이 좋습니다. 실행 시에는 `docker run -u`로 바꿀 수 있습니다.',
    },
    en: {
      summary: 'Sets the user (and group) for the following instructions and the container process.',
      details:
        'Written `USER <user>[:<group>]` or with a UID/GID. Later `RUN`, `CMD` and `ENTRYPOINT` run as that user. ' +
        'The default is root, so switch to an unprivileged user once installation is done. `docker run -u` overrides it at run time.',
    },
    example: 'RUN useradd --create-home app\nUSER app',
    pitfalls: [
      {
        ko: '지정한 사용자는 이미지에 미리 있어야 합니다. 먼저 `RUN useradd ...` 등으로 만드세요.',
        en: 'The user must already exist in the image; create it first, e.g. with `RUN useradd ...`.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('user'),
    related: ['concept.container'],
  },
  {
    id: 'dockerfile.instruction.WORKDIR',
    kind: 'instruction',
    title: 'WORKDIR',
    ko: {
      summary: '이후 명령어와 컨테이너의 작업 디렉터리를 정합니다. 없으면 새로 만듭니다.',
      details:
        '`RUN`, `CMD`, `ENTRYPOINT`뿐 아니라 `COPY`, `ADD`의 상대 경로도 이 디렉터리를 기준으로 합니다. ' +
        '여러 번 쓰면 상대 경로가 이어 붙습니다. `RUN cd /app`은 그 줄에서만 효과가 있으니 디렉터리 이동에는 `WORKDIR`을 쓰세요.',
    },
    en: {
      summary: 'Sets the working directory for later instructions and for the container; creates it if missing.',
      details:
        'Relative paths in `RUN`, `CMD`, `ENTRYPOINT`, and also in `COPY` and `ADD`, resolve against it. ' +
        'Repeated relative `WORKDIR`s nest. `RUN cd /app` only lasts for that one line, so change directory with `WORKDIR`.',
    },
    example: 'FROM httpd:alpine\nWORKDIR /usr/local/apache2/htdocs',
    pitfalls: [
      {
        ko: '`WORKDIR`이 디렉터리를 만들어 주므로 바로 앞의 `RUN mkdir -p /app`은 필요 없습니다(레이어만 늘어납니다).',
        en: '`WORKDIR` creates the directory itself, so a preceding `RUN mkdir -p /app` is unnecessary (it only adds a layer).',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'WORKDIR' },
      { note: WORK_NOTES, section: '생성방법' },
    ],
    reference: reference('workdir'),
    related: ['concept.layer'],
  },
  {
    id: 'dockerfile.instruction.ARG',
    kind: 'instruction',
    title: 'ARG',
    ko: {
      summary: '빌드할 때만 쓰는 변수를 선언합니다. `docker build --build-arg`로 값을 넘깁니다.',
      details:
        '`ARG NODE_VERSION=20`처럼 기본값을 줄 수 있습니다. `ENV`와 달리 실행 중인 컨테이너에는 남지 않습니다. ' +
        '첫 `FROM` 앞에 선언한 `ARG`는 `FROM` 줄에서만 쓸 수 있고, 스테이지 안에서 쓰려면 그 스테이지에서 `ARG NODE_VERSION`을 다시 선언해야 합니다.',
    },
    en: {
      summary: 'Declares a build-time variable, set with `docker build --build-arg`.',
      details:
        'A default is allowed: `ARG NODE_VERSION=20`. Unlike `ENV`, it does not persist into running containers. ' +
        'An `ARG` declared before the first `FROM` is usable only in `FROM` lines; redeclare `ARG NODE_VERSION` inside a stage to use it there.',
    },
    example: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine',
    pitfalls: [
      {
        ko: '`ARG`로 넘긴 비밀 값도 빌드 이력과 이미지 메타데이터에 남을 수 있습니다. 비밀은 `RUN --mount=type=secret`으로 전달하세요.',
        en: 'Secrets passed as `ARG` can still end up in the build history and image metadata; pass them with `RUN --mount=type=secret`.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('arg'),
    related: ['concept.build-secrets', 'concept.environment-variables'],
  },
  {
    id: 'dockerfile.instruction.ONBUILD',
    kind: 'instruction',
    title: 'ONBUILD',
    ko: {
      summary: '이 이미지를 베이스로 삼는 다른 이미지가 빌드될 때 실행될 명령어를 예약합니다.',
      details:
        '`ONBUILD COPY . /app`처럼 쓰면, 지금 빌드에서는 아무 일도 하지 않고 트리거로 저장됩니다. ' +
        '나중에 누군가 `FROM <이 이미지>`로 빌드할 때, 그 `FROM` 바로 뒤에서 실행됩니다. 팀 공통 빌드 이미지를 만들 때 씁니다.',
    },
    en: {
      summary: 'Registers an instruction to run later, when another image is built FROM this one.',
      details:
        '`ONBUILD COPY . /app` does nothing in the current build; it is stored as a trigger. ' +
        'When someone later builds `FROM <this image>`, the trigger runs right after that `FROM`. Useful for shared builder images.',
    },
    example: 'ONBUILD COPY . /app\nONBUILD RUN npm ci',
    pitfalls: [
      {
        ko: '`ONBUILD`는 현재 이미지를 빌드할 때가 아니라, 이 이미지를 베이스로 하는 "다음" 빌드에서 실행됩니다. 트리거는 손자 이미지까지 전해지지 않습니다.',
        en: '`ONBUILD` runs in the next build that uses this image as a base, not in the current one, and triggers are not passed on to grandchildren.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('onbuild'),
    related: ['concept.base-image'],
  },
  {
    id: 'dockerfile.instruction.STOPSIGNAL',
    kind: 'instruction',
    title: 'STOPSIGNAL',
    ko: {
      summary: '`docker stop`이 컨테이너를 멈출 때 보낼 시스템 신호를 바꿉니다.',
      details:
        '기본값은 `SIGTERM`입니다. `docker stop`은 이 신호를 보낸 뒤 유예 시간(기본 10초)이 지나도 끝나지 않으면 `SIGKILL`로 강제 종료합니다. ' +
        '`SIGQUIT`로 정상 종료하는 nginx처럼, 앱이 다른 신호를 기대할 때 씁니다.',
    },
    en: {
      summary: 'Changes the system signal `docker stop` sends to stop the container.',
      details:
        'The default is `SIGTERM`. `docker stop` sends it, then kills the process with `SIGKILL` if it has not exited after a grace period (10 seconds by default). ' +
        'Use it when the app expects another signal, like nginx shutting down gracefully on `SIGQUIT`.',
    },
    example: 'STOPSIGNAL SIGQUIT',
    pitfalls: [
      {
        ko: '셸 형식 `CMD`/`ENTRYPOINT`로 실행한 앱은 신호를 `/bin/sh`가 받으므로 `STOPSIGNAL`을 바꿔도 앱에 전달되지 않을 수 있습니다.',
        en: 'With a shell-form `CMD`/`ENTRYPOINT`, `/bin/sh` receives the signal, so the app may never see it whatever `STOPSIGNAL` says.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: 'Dockerfile 지시어' }],
    reference: reference('stopsignal'),
    related: ['concept.shell-vs-exec-form', 'concept.container-lifecycle'],
  },
  {
    id: 'dockerfile.instruction.HEALTHCHECK',
    kind: 'instruction',
    title: 'HEALTHCHECK',
    ko: {
      summary: '컨테이너가 정상 동작하는지 주기적으로 확인할 명령을 지정합니다.',
      details:
        '`HEALTHCHECK [옵션] CMD <명령>`으로 쓰며, 명령이 종료 코드 0을 돌려주면 정상(`healthy`), 1이면 비정상(`unhealthy`)입니다. ' +
        '상태는 `docker ps`와 `docker inspect`에 표시되고, Compose의 `depends_on: condition: service_healthy`에서 활용됩니다. `HEALTHCHECK NONE`은 베이스 이미지의 검사를 끕니다.',
    },
    en: {
      summary: 'Tells Docker how to check periodically that the container still works.',
      details:
        'Written `HEALTHCHECK [options] CMD <command>`: exit code 0 means `healthy`, 1 means `unhealthy`. ' +
        'The status shows in `docker ps` and `docker inspect` and drives Compose `depends_on: condition: service_healthy`. `HEALTHCHECK NONE` disables a check inherited from the base image.',
    },
    example: 'HEALTHCHECK --interval=30s --timeout=3s --retries=3 \\\n  CMD curl -f http://localhost:8080/ || exit 1',
    pitfalls: [
      {
        ko: '검사 명령에 쓴 도구(`curl` 등)가 이미지에 없으면 항상 `unhealthy`가 됩니다. 특히 작은 베이스 이미지에서 확인하세요.',
        en: 'If the tool the check uses (`curl`…) is missing from the image, the container is always `unhealthy`; small base images often lack it.',
      },
      {
        ko: '`HEALTHCHECK`가 여러 개면 마지막 하나만 적용됩니다.',
        en: 'Only the last `HEALTHCHECK` in a Dockerfile takes effect.',
      },
    ],
    values: {
      starting: { ko: '시작 유예 기간(`--start-period`) 중이라 아직 판정 전', en: 'Still in the start period (`--start-period`), not yet decided' },
      healthy: { ko: '검사 명령이 성공(종료 코드 0)', en: 'The check command succeeded (exit code 0)' },
      unhealthy: { ko: '연속 `--retries`번 실패', en: 'The check failed `--retries` times in a row' },
    },
    sources: [{ note: INFLEARN_NOTES, section: 'Dockerfile 지시어' }],
    reference: reference('healthcheck'),
    related: ['concept.container-lifecycle', 'concept.alpine'],
  },
  {
    id: 'dockerfile.instruction.SHELL',
    kind: 'instruction',
    title: 'SHELL',
    ko: {
      summary: '셸 형식 명령어(`RUN`, `CMD`, `ENTRYPOINT`)를 실행할 기본 셸을 바꿉니다.',
      details:
        '반드시 JSON 배열로 씁니다. 기본값은 Linux에서 `["/bin/sh", "-c"]`, Windows에서 `["cmd", "/S", "/C"]`입니다. ' +
        '`bash`의 `pipefail`을 켜거나 Windows 이미지에서 PowerShell을 쓸 때 유용하며, 이후의 셸 형식 명령어 전체에 적용됩니다.',
    },
    en: {
      summary: 'Changes the default shell used by shell-form `RUN`, `CMD` and `ENTRYPOINT`.',
      details:
        'Must be a JSON array. The default is `["/bin/sh", "-c"]` on Linux and `["cmd", "/S", "/C"]` on Windows. ' +
        'Handy to enable `bash` with `pipefail`, or PowerShell in Windows images; it applies to every later shell-form instruction.',
    },
    example: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/setup.sh | bash',
    pitfalls: [
      {
        ko: '`SHELL`은 `CMD`로 대체할 수 없습니다. `CMD`는 컨테이너가 실행할 명령이고, `SHELL`은 셸 형식 명령어를 해석할 셸을 정합니다.',
        en: "`SHELL` cannot be replaced by `CMD`: `CMD` is what the container runs, `SHELL` picks the shell that interprets shell-form instructions.",
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('shell'),
    related: ['concept.shell-vs-exec-form'],
  },
];

const flags: KnowledgeEntry[] = [
  {
    id: 'dockerfile.flag.FROM.--platform',
    kind: 'instruction-flag',
    title: '--platform',
    ko: {
      summary: '베이스 이미지를 어떤 플랫폼(OS/CPU 아키텍처)용으로 가져올지 지정합니다.',
      details:
        '`FROM --platform=linux/amd64 node:20`처럼 씁니다. 멀티 플랫폼 이미지에서 기본값(빌드하는 머신의 플랫폼) 대신 다른 변형을 고를 때 필요합니다. ' +
        '`$BUILDPLATFORM`, `$TARGETPLATFORM` 같은 자동 빌드 인자를 쓰면 크로스 컴파일 스테이지를 만들 수 있습니다.',
    },
    en: {
      summary: 'Chooses the platform (OS/CPU architecture) variant of the base image.',
      details:
        'Written `FROM --platform=linux/amd64 node:20`. Needed when a multi-platform image should resolve to a variant other than the default (the platform you build for). ' +
        'With the automatic build args `$BUILDPLATFORM` and `$TARGETPLATFORM` you can write cross-compiling stages.',
    },
    example: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    pitfalls: [
      {
        ko: 'Apple Silicon(arm64) Mac에서 빌드한 이미지는 amd64 서버에서 실행되지 않을 수 있습니다. 배포 대상 플랫폼을 명시하거나 `docker build --platform`을 쓰세요.',
        en: 'An image built on an Apple Silicon (arm64) Mac may not run on an amd64 server; state the target platform or use `docker build --platform`.',
      },
    ],
    values: {
      'linux/amd64': { ko: '64비트 x86 Linux', en: '64-bit x86 Linux' },
      'linux/arm64': { ko: '64비트 ARM Linux (Apple Silicon, Graviton 등)', en: '64-bit ARM Linux (Apple Silicon, Graviton…)' },
      $BUILDPLATFORM: { ko: '빌드를 실행하는 머신의 플랫폼', en: 'The platform of the machine running the build' },
      $TARGETPLATFORM: { ko: '결과 이미지가 실행될 플랫폼', en: 'The platform the resulting image is for' },
    },
    sources: [{ note: COURSE_NOTES, section: 'FROM' }],
    reference: reference('from'),
    related: ['concept.base-image', 'concept.multi-stage'],
  },
  {
    id: 'dockerfile.flag.COPY.--from',
    kind: 'instruction-flag',
    title: '--from',
    ko: {
      summary: '빌드 컨텍스트 대신 이전 빌드 스테이지나 다른 이미지에서 파일을 복사합니다.',
      details:
        '`COPY --from=build /app/target/*.jar ./app.jar`처럼 `FROM ... AS build`로 이름 붙인 스테이지(또는 스테이지 번호)를 가리킵니다. ' +
        '`--from=nginx:alpine`처럼 이미지 이름을 쓸 수도 있습니다. 멀티 스테이지 빌드의 핵심으로, 빌드 도구 없이 결과물만 최종 이미지에 담을 수 있습니다.',
    },
    en: {
      summary: 'Copies from an earlier build stage or another image instead of the build context.',
      details:
        'Points at a stage named with `FROM ... AS build` (or a stage index): `COPY --from=build /app/target/*.jar ./app.jar`. ' +
        'An image reference such as `--from=nginx:alpine` works too. It is the heart of multi-stage builds: only the artefacts reach the final image, not the build tools.',
    },
    example: 'FROM maven:3.6 AS build\nRUN mvn clean package\n\nFROM openjdk:11-jre-slim\nCOPY --from=build /app/target/*.jar ./app.jar',
    pitfalls: [
      {
        ko: '`--from`에 쓴 이름은 `FROM ... AS <이름>`과 정확히 같아야 합니다. 일치하는 스테이지가 없으면 같은 이름의 이미지를 레지스트리에서 찾으려 합니다.',
        en: 'The name must match a `FROM ... AS <name>` exactly; otherwise Docker looks for an image of that name in a registry.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: '멀티 스테이지 빌드' }],
    reference: reference('copy---from'),
    related: ['concept.multi-stage'],
  },
  {
    id: 'dockerfile.flag.COPY.--chown',
    kind: 'instruction-flag',
    title: '--chown',
    ko: {
      summary: '복사한 파일의 소유자(사용자와 그룹)를 지정합니다.',
      details:
        '`--chown=<사용자>:<그룹>` 형식으로, 이름이나 UID/GID를 씁니다. 지정하지 않으면 복사된 파일은 root(UID 0) 소유입니다. ' +
        '`USER`로 권한 없는 사용자로 실행할 때 앱이 파일을 쓸 수 있도록 함께 씁니다. 복사한 뒤 `RUN chown`을 하면 같은 파일이 새 레이어에 한 번 더 저장되므로 이 플래그가 낫습니다.',
    },
    en: {
      summary: 'Sets the owner (user and group) of the copied files.',
      details:
        'Written `--chown=<user>:<group>`, by name or UID/GID. Without it, copied files belong to root (UID 0). ' +
        'Pair it with `USER` so an unprivileged app can write its files. Better than a later `RUN chown`, which duplicates the files into another layer.',
    },
    example: 'COPY --chown=node:node . /app',
    pitfalls: [
      {
        ko: '사용자·그룹 이름은 이미지의 `/etc/passwd`, `/etc/group`에 있어야 합니다. 없으면 숫자 UID/GID를 쓰세요. Windows 컨테이너에서는 동작하지 않습니다.',
        en: 'User and group names must exist in the image\'s `/etc/passwd` and `/etc/group`; otherwise use numeric IDs. Not supported for Windows containers.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'COPY' }],
    reference: reference('copy---chown---chmod'),
    related: ['concept.layer'],
  },
  {
    id: 'dockerfile.flag.COPY.--chmod',
    kind: 'instruction-flag',
    title: '--chmod',
    ko: {
      summary: '복사한 파일의 권한 비트를 지정합니다.',
      details:
        '`COPY --chmod=755 entrypoint.sh /usr/local/bin/`처럼 8진수로 쓰며, 최신 Dockerfile 문법에서는 `u+x` 같은 기호 표기도 됩니다. ' +
        '실행 권한을 주려고 따로 `RUN chmod +x`를 하면 같은 파일이 새 레이어에 한 번 더 저장되므로 복사할 때 바로 지정하는 편이 낫습니다.',
    },
    en: {
      summary: 'Sets the permission bits of the copied files.',
      details:
        'Takes octal permissions (`COPY --chmod=755 entrypoint.sh /usr/local/bin/`); recent Dockerfile syntax also accepts symbolic ones such as `u+x`. ' +
        'A separate `RUN chmod +x` stores the same file again in a new layer, so set the mode while copying.',
    },
    example: 'COPY --chmod=755 entrypoint.sh /usr/local/bin/',
    pitfalls: [
      {
        ko: 'BuildKit에서만 지원됩니다. 오래된 레거시 빌더에서는 오류가 납니다.',
        en: 'Needs BuildKit; the old legacy builder rejects it.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'COPY' }],
    reference: reference('copy---chown---chmod'),
    related: ['concept.layer'],
  },
  {
    id: 'dockerfile.flag.COPY.--link',
    kind: 'instruction-flag',
    title: '--link',
    ko: {
      summary: '복사한 파일을 앞 레이어와 독립된 별도 레이어로 만들어 캐시 재사용을 늘립니다.',
      details:
        '`--link`를 쓰면 복사 결과가 이전 레이어 내용에 의존하지 않는 독립 스냅숏이 됩니다. ' +
        '그래서 베이스 이미지가 바뀌어도 이 레이어를 다시 만들지 않고 재사용할 수 있고, 이미지를 새 베이스 위로 옮기는(rebase) 것도 빨라집니다.',
    },
    en: {
      summary: 'Puts the copied files in an independent layer, so the cache can be reused more often.',
      details:
        'With `--link` the copy becomes a snapshot that does not depend on the layers before it. ' +
        'When the base image changes, this layer can be reused instead of rebuilt, and rebasing the image onto a new base gets cheaper.',
    },
    example: 'COPY --link --from=build /app/dist /usr/share/nginx/html',
    pitfalls: [
      {
        ko: '`docker run --link`(컨테이너 연결, 레거시 기능)와는 전혀 다른 기능입니다. 또한 대상 경로에 있는 이전 레이어의 심볼릭 링크는 따라가지 않습니다.',
        en: 'Unrelated to `docker run --link` (legacy container linking). It also does not follow symlinks that earlier layers put on the destination path.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'COPY' },
      { note: INFLEARN_NOTES, section: '캐싱을 활용한 빌드' },
    ],
    reference: reference('copy---link'),
    related: ['concept.build-cache', 'concept.layer'],
  },
  {
    id: 'dockerfile.flag.COPY.--parents',
    kind: 'instruction-flag',
    title: '--parents',
    ko: {
      summary: '원본 파일의 상위 디렉터리 구조를 유지한 채 복사합니다.',
      details:
        '보통 `COPY ./a/x.txt ./b/y.txt /dst/`는 파일만 `/dst/`에 평평하게 복사하지만, `--parents`를 쓰면 `/dst/a/x.txt`, `/dst/b/y.txt`처럼 경로가 보존됩니다. ' +
        '경로 중간에 `/./`를 넣으면 그 지점부터의 경로만 유지합니다.',
    },
    en: {
      summary: 'Copies files while keeping their parent directories.',
      details:
        'Normally `COPY ./a/x.txt ./b/y.txt /dst/` flattens the files into `/dst/`; with `--parents` you get `/dst/a/x.txt` and `/dst/b/y.txt`. ' +
        'A `/./` inside a source path marks where the preserved part begins.',
    },
    example: 'COPY --parents ./packages/*/package.json /app/',
    pitfalls: [
      {
        ko: '비교적 새 기능이라 오래된 Dockerfile 프런트엔드에서는 `# syntax=docker/dockerfile:1-labs`가 있어야 동작합니다.',
        en: 'A fairly new feature: older Dockerfile frontends need `# syntax=docker/dockerfile:1-labs` for it.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'COPY' }],
    reference: reference('copy---parents'),
    related: ['concept.build-context'],
  },
  {
    id: 'dockerfile.flag.COPY.--exclude',
    kind: 'instruction-flag',
    title: '--exclude',
    ko: {
      summary: '복사할 원본 중에서 패턴에 맞는 파일을 제외합니다.',
      details:
        '`COPY --exclude=*.md --exclude=test/ . /app`처럼 여러 번 쓸 수 있고, `.dockerignore`와 같은 패턴 문법을 씁니다. ' +
        '`.dockerignore`는 빌드 컨텍스트 전체에 적용되지만, `--exclude`는 이 `COPY` 한 줄에만 적용됩니다.',
    },
    en: {
      summary: 'Leaves out files that match a pattern from what is copied.',
      details:
        'Repeatable, with the same pattern syntax as `.dockerignore`: `COPY --exclude=*.md --exclude=test/ . /app`. ' +
        '`.dockerignore` shrinks the whole build context; `--exclude` affects only this one `COPY`.',
    },
    example: 'COPY --exclude=*.md --exclude=test/ . /app',
    pitfalls: [
      {
        ko: '오래된 Dockerfile 프런트엔드에서는 `# syntax=docker/dockerfile:1-labs`가 필요합니다. 컨텍스트 전송량을 줄이려면 `.dockerignore`를 쓰세요.',
        en: 'Older Dockerfile frontends need `# syntax=docker/dockerfile:1-labs`. To send less context to the builder, use `.dockerignore`.',
      },
    ],
    sources: [
      { note: COURSE_NOTES, section: 'COPY' },
      { note: INFLEARN_NOTES, section: '레이어 관리' },
    ],
    reference: reference('copy---exclude'),
    related: ['concept.dockerignore'],
  },
  {
    id: 'dockerfile.flag.ADD.--chown',
    kind: 'instruction-flag',
    title: '--chown',
    ko: {
      summary: '`ADD`로 추가한 파일의 소유자(사용자와 그룹)를 지정합니다.',
      details:
        '`--chown=<사용자>:<그룹>` 형식으로 이름이나 UID/GID를 씁니다. 지정하지 않으면 root 소유가 됩니다. ' +
        '원격 URL에서 받은 파일이나 풀린 압축 파일에도 똑같이 적용됩니다.',
    },
    en: {
      summary: 'Sets the owner (user and group) of the files `ADD` adds.',
      details:
        'Written `--chown=<user>:<group>`, by name or UID/GID; without it, files belong to root. ' +
        'Applies equally to downloaded files and extracted archives.',
    },
    example: 'ADD --chown=app:app app.tar.gz /opt/app/',
    pitfalls: [
      {
        ko: '이름을 쓰려면 이미지에 그 사용자와 그룹이 있어야 합니다. Windows 컨테이너에서는 동작하지 않습니다.',
        en: 'Names must exist in the image; not supported for Windows containers.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('add---chown---chmod'),
    related: ['concept.layer'],
  },
  {
    id: 'dockerfile.flag.ADD.--chmod',
    kind: 'instruction-flag',
    title: '--chmod',
    ko: {
      summary: '`ADD`로 추가한 파일의 권한 비트를 지정합니다.',
      details:
        '`ADD --chmod=644 https://example.com/config.json /etc/app/`처럼 8진수 권한을 씁니다. ' +
        '원격 URL로 받은 파일은 기본적으로 600 권한이므로, 다른 사용자가 읽어야 한다면 여기서 권한을 지정하세요.',
    },
    en: {
      summary: 'Sets the permission bits of the files `ADD` adds.',
      details:
        'Takes octal permissions: `ADD --chmod=644 https://example.com/config.json /etc/app/`. ' +
        'Files downloaded from a URL get mode 600 by default, so set the mode here if other users must read them.',
    },
    example: 'ADD --chmod=644 https://example.com/config.json /etc/app/',
    pitfalls: [
      {
        ko: 'BuildKit에서만 지원됩니다.',
        en: 'Needs BuildKit.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('add---chown---chmod'),
    related: ['concept.layer'],
  },
  {
    id: 'dockerfile.flag.ADD.--link',
    kind: 'instruction-flag',
    title: '--link',
    ko: {
      summary: '추가한 파일을 앞 레이어와 독립된 별도 레이어로 만들어 캐시 재사용을 늘립니다.',
      details:
        '`COPY --link`와 같은 방식으로, 결과가 이전 레이어에 의존하지 않습니다. 베이스 이미지가 바뀌어도 이 레이어를 다시 만들 필요가 없습니다.',
    },
    en: {
      summary: 'Puts the added files in an independent layer, so the cache can be reused more often.',
      details:
        'Works like `COPY --link`: the result does not depend on earlier layers, so a changed base image does not force this layer to be rebuilt.',
    },
    example: 'ADD --link https://example.com/tool.tar.gz /opt/',
    pitfalls: [
      {
        ko: '`docker run --link`(레거시 컨테이너 연결)와는 관계가 없습니다.',
        en: 'Unrelated to `docker run --link` (legacy container linking).',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('add---link'),
    related: ['concept.build-cache', 'concept.layer'],
  },
  {
    id: 'dockerfile.flag.ADD.--exclude',
    kind: 'instruction-flag',
    title: '--exclude',
    ko: {
      summary: '`ADD`할 원본 중에서 패턴에 맞는 파일을 제외합니다.',
      details:
        '`.dockerignore`와 같은 패턴 문법을 쓰며 여러 번 지정할 수 있습니다. 이 `ADD` 한 줄에만 적용됩니다.',
    },
    en: {
      summary: 'Leaves out files that match a pattern from what `ADD` adds.',
      details: 'Uses the `.dockerignore` pattern syntax and can be repeated; it affects only this `ADD`.',
    },
    example: 'ADD --exclude=*.log ./data /srv/data',
    pitfalls: [
      {
        ko: '오래된 Dockerfile 프런트엔드에서는 `# syntax=docker/dockerfile:1-labs`가 필요합니다.',
        en: 'Older Dockerfile frontends need `# syntax=docker/dockerfile:1-labs`.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('add---exclude'),
    related: ['concept.dockerignore'],
  },
  {
    id: 'dockerfile.flag.ADD.--checksum',
    kind: 'instruction-flag',
    title: '--checksum',
    ko: {
      summary: '원격에서 받은 파일의 체크섬을 검증해, 내용이 다르면 빌드를 실패시킵니다.',
      details:
        '`ADD --checksum=sha256:<해시> <URL> <대상>`처럼 씁니다. 다운로드한 파일이 예상과 다르면(변조되었거나 새 버전으로 바뀌었으면) 빌드가 멈추므로, ' +
        '원격 파일을 받는 빌드를 안전하고 재현 가능하게 만듭니다.',
    },
    en: {
      summary: 'Verifies the checksum of a remote source and fails the build if it differs.',
      details:
        'Written `ADD --checksum=sha256:<hash> <url> <dest>`. If the download is not what you expect (tampered with, or silently replaced by a new version), the build stops, ' +
        'which keeps builds that fetch remote files safe and reproducible.',
    },
    example: 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /',
    pitfalls: [
      {
        ko: '원격 URL 원본에만 쓸 수 있습니다. 로컬 파일에는 쓸 수 없습니다.',
        en: 'Only for remote (URL) sources, not for local files.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('add---checksum'),
    related: ['concept.build-cache'],
  },
  {
    id: 'dockerfile.flag.ADD.--keep-git-dir',
    kind: 'instruction-flag',
    title: '--keep-git-dir',
    ko: {
      summary: 'Git 저장소를 `ADD`할 때 `.git` 디렉터리도 함께 남깁니다.',
      details:
        '`ADD https://github.com/moby/buildkit.git#v0.10.1 /src`처럼 Git 저장소를 원본으로 쓰면 기본적으로 `.git`은 빠집니다. ' +
        '빌드 중에 `git describe`처럼 이력이 필요한 명령을 실행해야 할 때 `--keep-git-dir=true`를 씁니다.',
    },
    en: {
      summary: 'Keeps the `.git` directory when `ADD`ing a Git repository.',
      details:
        'A Git repository source such as `ADD https://github.com/moby/buildkit.git#v0.10.1 /src` arrives without `.git` by default. ' +
        'Use `--keep-git-dir=true` when the build needs history, e.g. for `git describe`.',
    },
    example: 'ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /src',
    pitfalls: [
      {
        ko: '`.git`에는 전체 이력이 담겨 이미지가 커질 수 있습니다. 필요한 스테이지에서만 쓰고 최종 이미지에는 결과물만 복사하세요.',
        en: '`.git` holds the whole history and can bloat the image; use it in a build stage and copy only results into the final image.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: '부수 명령어' }],
    reference: reference('add---keep-git-dir'),
    related: ['concept.multi-stage'],
  },
  {
    id: 'dockerfile.flag.ADD.--unpack',
    kind: 'instruction-flag',
    title: '--unpack',
    ko: {
      summary: '`ADD`가 압축 파일을 풀어서 넣을지 그대로 넣을지 정합니다.',
      details:
        '기본적으로 로컬 tar 압축 파일은 풀리고, URL에서 받은 압축 파일은 그대로 저장됩니다. ' +
        '`--unpack=true`를 주면 원격 압축 파일도 대상 디렉터리에 풀고, `--unpack=false`를 주면 로컬 압축 파일도 풀지 않고 복사합니다.',
    },
    en: {
      summary: 'Chooses whether `ADD` extracts an archive or copies it as is.',
      details:
        'By default a local tar archive is extracted and an archive downloaded from a URL is stored as is. ' +
        '`--unpack=true` extracts remote archives into the destination too; `--unpack=false` copies even a local archive without extracting it.',
    },
    example: 'ADD --unpack=true https://example.com/tool.tar.gz /opt/tool/',
    pitfalls: [
      {
        ko: '비교적 새 플래그라 최신 Dockerfile 프런트엔드가 필요합니다. 맨 위에 `# syntax=docker/dockerfile:1`을 두세요.',
        en: 'A recent flag: it needs an up-to-date Dockerfile frontend, so start the file with `# syntax=docker/dockerfile:1`.',
      },
    ],
    values: {
      true: { ko: '압축 파일을 대상 디렉터리에 풂', en: 'Extract the archive into the destination' },
      false: { ko: '압축 파일을 풀지 않고 그대로 복사', en: 'Copy the archive without extracting it' },
    },
    sources: [
      { note: COURSE_NOTES, section: '부수 명령어' },
      { note: COURSE_NOTES, section: 'Dockerfile 주요 명령' },
    ],
    reference: reference('add---unpack'),
    related: ['concept.layer'],
  },
  {
    id: 'dockerfile.flag.RUN.--mount',
    kind: 'instruction-flag',
    title: '--mount',
    ko: {
      summary: '`RUN` 명령이 실행되는 동안에만 파일시스템(캐시, 시크릿, 빌드 컨텍스트 등)을 마운트합니다.',
      details:
        '`--mount=type=<종류>,<옵션>` 형식입니다. 마운트한 내용은 레이어에 남지 않습니다. ' +
        '`type=cache`는 패키지 매니저 캐시를 빌드 사이에 재사용해 빌드를 빠르게 하고, `type=secret`은 비밀 값을 이미지에 남기지 않고 전달합니다.',
    },
    en: {
      summary: 'Mounts a filesystem (cache, secret, build context…) only while the `RUN` command executes.',
      details:
        'Written `--mount=type=<type>,<options>`. Nothing mounted ends up in the layer. ' +
        '`type=cache` keeps package-manager caches between builds for speed; `type=secret` hands in a secret without leaving it in the image.',
    },
    example:
      'RUN --mount=type=cache,target=/root/.m2 mvn clean package\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    pitfalls: [
      {
        ko: '`ENV`나 `ARG`로 넘긴 비밀번호·토큰은 이미지에 남습니다. `RUN --mount=type=secret`과 `docker build --secret id=...,src=...`을 쓰세요.',
        en: 'Passwords or tokens passed through `ENV` or `ARG` stay in the image; use `RUN --mount=type=secret` with `docker build --secret id=...,src=...`.',
      },
      {
        ko: '캐시 마운트의 내용은 이미지에 포함되지 않습니다. 실행할 때 필요한 파일을 캐시 경로에 두면 안 됩니다.',
        en: 'Cache mounts are not part of the image; never leave files the app needs at run time in a cache path.',
      },
    ],
    values: {
      bind: { ko: '빌드 컨텍스트나 다른 스테이지의 디렉터리를 (기본 읽기 전용으로) 연결합니다. 기본 종류입니다.', en: 'Binds a directory of the context or another stage (read-only by default). The default type.' },
      cache: { ko: '빌드 사이에 유지되는 캐시 디렉터리 (npm, Maven, apt 캐시 등)', en: 'A cache directory kept between builds (npm, Maven, apt caches…)' },
      tmpfs: { ko: '이 명령 동안만 존재하는 메모리 파일시스템', en: 'An in-memory filesystem that exists for this command only' },
      secret: { ko: '`docker build --secret`으로 받은 비밀 값을 파일로 노출 (기본 `/run/secrets/<id>`)', en: 'Exposes a secret from `docker build --secret` as a file (default `/run/secrets/<id>`)' },
      ssh: { ko: '호스트의 SSH 에이전트 소켓을 전달해 비공개 저장소에 접근', en: "Forwards the host's SSH agent socket, e.g. to clone private repositories" },
    },
    sources: [
      { note: COURSE_NOTES, section: 'RUN' },
      { note: INFLEARN_NOTES, section: '캐싱을 활용한 빌드' },
    ],
    reference: reference('run---mount'),
    related: ['concept.build-cache', 'concept.build-secrets'],
  },
  {
    id: 'dockerfile.flag.RUN.--network',
    kind: 'instruction-flag',
    title: '--network',
    ko: {
      summary: '`RUN` 명령이 어떤 네트워크 환경에서 실행될지 정합니다.',
      details:
        '기본값(`default`)은 일반 네트워크 접근을 허용합니다. `--network=none`은 네트워크를 완전히 끊어, 의존성을 미리 받아 둔 뒤 오프라인으로 빌드되는지 확인할 때 씁니다.',
    },
    en: {
      summary: 'Chooses the networking environment the `RUN` command runs in.',
      details:
        'The `default` allows normal network access. `--network=none` cuts the network completely, e.g. to prove a step builds offline from dependencies fetched earlier.',
    },
    example: 'RUN --network=none pip install --no-index --find-links=/wheels -r requirements.txt',
    pitfalls: [
      {
        ko: '`--network=host`는 빌더에서 `network.host` 권한을 허용해야 동작하며, 빌드 결과가 호스트 환경에 좌우되게 만듭니다.',
        en: '`--network=host` needs the builder to allow the `network.host` entitlement and makes the build depend on the host.',
      },
    ],
    values: {
      default: { ko: '기본 네트워크로 실행', en: 'Run with the default network' },
      none: { ko: '네트워크 없이 실행 (루프백만)', en: 'Run with no network (loopback only)' },
      host: { ko: '호스트 네트워크로 실행 (`network.host` 권한 필요)', en: "Run in the host's network (needs the `network.host` entitlement)" },
    },
    sources: [{ note: COURSE_NOTES, section: 'RUN' }],
    reference: reference('run---network'),
    related: ['concept.network'],
  },
  {
    id: 'dockerfile.flag.RUN.--security',
    kind: 'instruction-flag',
    title: '--security',
    ko: {
      summary: '`RUN` 명령을 기본 샌드박스 밖(특권 모드)에서 실행할지 정합니다.',
      details:
        '`--security=insecure`는 `docker run --privileged`처럼 모든 권한을 준 채 명령을 실행합니다. ' +
        '빌더에서 `security.insecure` 권한을 허용해야 하며, 보통 `# syntax=docker/dockerfile:1-labs`가 필요합니다. 기본값은 `sandbox`입니다.',
    },
    en: {
      summary: 'Chooses whether the `RUN` command runs outside the default sandbox (privileged).',
      details:
        '`--security=insecure` runs the command with all privileges, much like `docker run --privileged`. ' +
        'The builder must allow the `security.insecure` entitlement and it usually needs `# syntax=docker/dockerfile:1-labs`. The default is `sandbox`.',
    },
    example: '# syntax=docker/dockerfile:1-labs\nRUN --security=insecure cat /proc/self/status | grep CapEff',
    pitfalls: [
      {
        ko: '특권 빌드는 호스트를 위험하게 할 수 있습니다. 꼭 필요한 경우에만 쓰세요.',
        en: 'Privileged build steps can endanger the host; use them only when unavoidable.',
      },
    ],
    values: {
      sandbox: { ko: '기본 샌드박스에서 실행', en: 'Run in the default sandbox' },
      insecure: { ko: '모든 권한(특권 모드)으로 실행, `security.insecure` 권한 필요', en: 'Run with all privileges; needs the `security.insecure` entitlement' },
    },
    sources: [{ note: COURSE_NOTES, section: 'RUN' }],
    reference: reference('run---security'),
    related: ['concept.cgroups'],
  },
  {
    id: 'dockerfile.flag.RUN.--device',
    kind: 'instruction-flag',
    title: '--device',
    ko: {
      summary: '`RUN` 명령에 GPU 같은 호스트 장치를 CDI(Container Device Interface) 이름으로 연결합니다.',
      details:
        '`RUN --device=nvidia.com/gpu=all nvidia-smi`처럼 빌드 단계에서 장치가 필요할 때 씁니다. ' +
        '빌더가 CDI 장치를 지원하고 해당 장치 사용을 허용해야 하며, 아직 실험 기능이라 `# syntax=docker/dockerfile:1-labs`가 필요합니다.',
    },
    en: {
      summary: 'Gives the `RUN` command a host device such as a GPU, by its CDI (Container Device Interface) name.',
      details:
        'For build steps that need hardware: `RUN --device=nvidia.com/gpu=all nvidia-smi`. ' +
        'The builder must support and allow CDI devices, and the flag is still experimental: it needs `# syntax=docker/dockerfile:1-labs`.',
    },
    example: '# syntax=docker/dockerfile:1-labs\nRUN --device=nvidia.com/gpu=all nvidia-smi',
    pitfalls: [
      {
        ko: '실행 중인 컨테이너에 GPU를 주는 것은 `docker run --gpus`입니다. `RUN --device`는 빌드 단계에만 해당합니다.',
        en: 'Giving a running container a GPU is `docker run --gpus`; `RUN --device` only concerns a build step.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'RUN' }],
    reference: reference('run---device'),
    related: ['concept.cgroups'],
  },
  {
    id: 'dockerfile.flag.HEALTHCHECK.--interval',
    kind: 'instruction-flag',
    title: '--interval',
    ko: {
      summary: '상태 검사를 실행하는 간격입니다. 기본값은 `30s`입니다.',
      details: '컨테이너가 시작되고 이 간격이 지나면 첫 검사를 하고, 이후에는 앞 검사가 끝날 때마다 이 간격을 두고 다시 검사합니다. `30s`, `1m30s`처럼 단위를 붙여 씁니다.',
    },
    en: {
      summary: 'How often the health check runs. Default `30s`.',
      details: 'The first check runs one interval after the container starts, and each next one an interval after the previous check finished. Give a duration with units, e.g. `30s`, `1m30s`.',
    },
    example: 'HEALTHCHECK --interval=1m CMD curl -f http://localhost/ || exit 1',
    pitfalls: [
      {
        ko: '너무 짧게 잡으면 검사 자체가 부하가 됩니다.',
        en: 'Too short an interval turns the check itself into load.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: 'Dockerfile 지시어' }],
    reference: reference('healthcheck'),
    related: ['concept.container-lifecycle'],
  },
  {
    id: 'dockerfile.flag.HEALTHCHECK.--timeout',
    kind: 'instruction-flag',
    title: '--timeout',
    ko: {
      summary: '검사 한 번이 이 시간 안에 끝나지 않으면 실패로 봅니다. 기본값은 `30s`입니다.',
      details: '응답 없이 멈춘 앱도 비정상으로 판정되도록, 검사 명령이 걸려도 되는 최대 시간을 정합니다.',
    },
    en: {
      summary: 'A check that takes longer than this counts as failed. Default `30s`.',
      details: 'Sets the longest a single check may run, so that an app that hangs is also reported unhealthy.',
    },
    example: 'HEALTHCHECK --timeout=3s CMD curl -f http://localhost/ || exit 1',
    pitfalls: [
      {
        ko: '너무 짧게 잡으면 부하가 몰린 순간의 느린 응답까지 실패로 셉니다. 앱의 정상 응답 시간보다 넉넉하게 두세요.',
        en: 'Too short a timeout counts a momentarily slow response under load as a failure; leave room above normal response times.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: 'Dockerfile 지시어' }],
    reference: reference('healthcheck'),
    related: ['concept.container-lifecycle'],
  },
  {
    id: 'dockerfile.flag.HEALTHCHECK.--start-period',
    kind: 'instruction-flag',
    title: '--start-period',
    ko: {
      summary: '컨테이너가 준비될 때까지 기다려 주는 초기 유예 시간입니다. 기본값은 `0s`입니다.',
      details: '이 기간에 실패한 검사는 재시도 횟수에 세지 않습니다. 다만 이 기간 중 검사가 한 번이라도 성공하면 그때부터 정상으로 판정합니다. 시작이 느린 DB나 JVM 앱에 씁니다.',
    },
    en: {
      summary: 'A grace period for the container to get ready. Default `0s`.',
      details: 'Failures during this period do not count towards the retries, but one success ends it and the container is healthy from then on. Use it for slow starters such as databases or JVM apps.',
    },
    example: 'HEALTHCHECK --start-period=60s CMD pg_isready -U postgres || exit 1',
    pitfalls: [
      {
        ko: '시작이 느린 앱에 유예 시간을 주지 않으면 준비 중에 `unhealthy`로 판정될 수 있습니다.',
        en: 'Without a start period, a slow starter can be marked `unhealthy` while still booting.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: 'Dockerfile 지시어' }],
    reference: reference('healthcheck'),
    related: ['concept.container-lifecycle'],
  },
  {
    id: 'dockerfile.flag.HEALTHCHECK.--start-interval',
    kind: 'instruction-flag',
    title: '--start-interval',
    ko: {
      summary: '시작 유예 기간(`--start-period`) 동안 쓰는 검사 간격입니다. 기본값은 `5s`입니다.',
      details: '유예 기간에는 더 자주 검사해서 컨테이너가 준비되는 즉시 `healthy`로 바뀌게 합니다. 유예 기간이 끝나면 `--interval`을 따릅니다.',
    },
    en: {
      summary: 'The check interval during the start period (`--start-period`). Default `5s`.',
      details: 'Checking more often while starting lets the container turn `healthy` as soon as it is ready; after the start period `--interval` applies.',
    },
    example: 'HEALTHCHECK --start-period=60s --start-interval=2s CMD pg_isready || exit 1',
    pitfalls: [
      {
        ko: 'Docker Engine 25.0 이상에서만 동작합니다.',
        en: 'Requires Docker Engine 25.0 or later.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: 'Dockerfile 지시어' }],
    reference: reference('healthcheck'),
    related: ['concept.container-lifecycle'],
  },
  {
    id: 'dockerfile.flag.HEALTHCHECK.--retries',
    kind: 'instruction-flag',
    title: '--retries',
    ko: {
      summary: '연속으로 이 횟수만큼 실패해야 `unhealthy`가 됩니다. 기본값은 `3`입니다.',
      details: '일시적인 실패 한 번으로 컨테이너를 비정상으로 보지 않도록 여유를 줍니다.',
    },
    en: {
      summary: 'Consecutive failures needed before the container is `unhealthy`. Default `3`.',
      details: 'Gives headroom so one transient failure does not mark the container unhealthy.',
    },
    example: 'HEALTHCHECK --retries=5 CMD curl -f http://localhost/ || exit 1',
    pitfalls: [
      {
        ko: '`unhealthy`가 되어도 Docker가 컨테이너를 자동으로 재시작하지는 않습니다(Swarm 서비스는 예외). 재시작은 오케스트레이터나 별도 도구가 담당합니다.',
        en: 'Docker does not restart an `unhealthy` container by itself (Swarm services aside); an orchestrator or another tool must act on it.',
      },
    ],
    sources: [{ note: INFLEARN_NOTES, section: 'Dockerfile 지시어' }],
    reference: reference('healthcheck'),
    related: ['concept.container-lifecycle'],
  },
];

const directives: KnowledgeEntry[] = [
  {
    id: 'dockerfile.directive.syntax',
    kind: 'directive',
    title: 'syntax',
    ko: {
      summary: '이 Dockerfile을 해석할 Dockerfile 프런트엔드(문법 버전)를 지정합니다.',
      details:
        '파일 맨 위에 `# syntax=docker/dockerfile:1`처럼 주석 형태로 씁니다. BuildKit이 해당 프런트엔드 이미지를 받아 사용하므로, ' +
        'Docker를 업그레이드하지 않아도 최신 Dockerfile 기능을 쓸 수 있습니다. 실험 기능은 `docker/dockerfile:1-labs`에 있습니다.',
    },
    en: {
      summary: 'Selects the Dockerfile frontend (syntax version) that parses this file.',
      details:
        'Written as a comment at the very top: `# syntax=docker/dockerfile:1`. BuildKit pulls that frontend image, ' +
        'so you get current Dockerfile features without upgrading Docker. Experimental features live in `docker/dockerfile:1-labs`.',
    },
    example: '# syntax=docker/dockerfile:1\nFROM alpine',
    pitfalls: [
      {
        ko: '파서 지시어는 다른 주석, 빈 줄, 명령어보다 먼저 나와야 합니다. 그 뒤에 쓰면 평범한 주석으로 취급되어 무시됩니다.',
        en: 'Parser directives must come before any other comment, blank line or instruction; placed later they are plain comments and silently ignored.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'Dockerfile 기본 문법' }],
    reference: reference('syntax'),
  },
  {
    id: 'dockerfile.directive.escape',
    kind: 'directive',
    title: 'escape',
    ko: {
      summary: '줄 이어 쓰기와 이스케이프에 쓸 문자를 바꿉니다. 기본값은 `\\`입니다.',
      details:
        '``# escape=` ``처럼 백틱으로 바꾸면 Windows 경로(`C:\\app`)의 역슬래시를 이스케이프 문자로 오해하지 않습니다. ' +
        'Windows 컨테이너 이미지를 만들 때 주로 씁니다.',
    },
    en: {
      summary: 'Changes the character used for escaping and line continuation. Default `\\`.',
      details:
        'Switching to a backtick with ``# escape=` `` stops backslashes in Windows paths (`C:\\app`) from being read as escapes. ' +
        'Mostly used for Windows container images.',
    },
    example: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app',
    pitfalls: [
      {
        ko: '`syntax`와 마찬가지로 파일 맨 위, 다른 주석과 빈 줄보다 앞에 있어야 적용됩니다.',
        en: 'Like `syntax`, it applies only at the very top, before other comments and blank lines.',
      },
    ],
    sources: [{ note: COURSE_NOTES, section: 'Dockerfile 기본 문법' }],
    reference: reference('escape'),
  },
  {
    id: 'dockerfile.directive.check',
    kind: 'directive',
    title: 'check',
    ko: {
      summary: '빌드 검사(build checks)의 동작을 조정합니다. 특정 규칙을 건너뛰거나 경고를 오류로 만들 수 있습니다.',
      details:
        '`# check=skip=JSONArgsRecommended`처럼 특정 검사를 끄거나, `# check=error=true`로 검사 위반 시 빌드를 실패시킵니다. ' +
        '두 설정은 `;`로 함께 쓸 수 있습니다. 검사만 해 보려면 `docker build --check .`를 실행합니다.',
    },
    en: {
      summary: 'Configures build checks: skip particular rules, or turn violations into errors.',
      details:
        '`# check=skip=JSONArgsRecommended` disables named checks; `# check=error=true` makes any violation fail the build. ' +
        'Combine both with `;`. Run only the checks with `docker build --check .`.',
    },
    example: '# check=skip=JSONArgsRecommended;error=true\nFROM alpine',
    pitfalls: [
      {
        ko: '파일 맨 위에 있어야 하며, 다른 지시어(`syntax` 등)와 함께 쓸 때도 모두 첫 명령어와 빈 줄보다 앞에 두세요.',
        en: 'It must be at the top; with other directives such as `syntax`, keep them all before the first blank line or instruction.',
      },
    ],
    values: {
      'skip=<rules>': { ko: '쉼표로 구분한 검사 규칙을 건너뜀 (`all`이면 모두)', en: 'Skip the comma-separated rules (`all` skips every rule)' },
      'error=true': { ko: '검사 위반이 있으면 빌드 실패', en: 'Fail the build on any violation' },
    },
    sources: [{ note: COURSE_NOTES, section: 'Dockerfile 기본 문법' }],
    reference: reference('check'),
  },
];

export const dockerfileEntries: readonly KnowledgeEntry[] = [...instructions, ...flags, ...directives];
