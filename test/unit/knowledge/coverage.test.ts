/**
 * Coverage of the notes, Dockerfile and concepts part: every Dockerfile
 * instruction, flag, directive and Docker concept that appears in the five
 * notes has a knowledge entry in both languages that cites the note it
 * appears in. (The CLI and Compose parts have their own coverage tests.)
 *
 * The lists are kept by hand, each item with where the notes use it; a scan of
 * the notes checks that no instruction they use is missing from the list.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { allEntries, directiveEntry, getEntry, instructionEntry, instructionFlagEntry } from '../../../server/src/knowledge/index';
import type { KnowledgeEntry } from '../../../server/src/knowledge/types';

const notesDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'notes');
const notes = readdirSync(notesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(notesDir, name), 'utf8') }));

/** A note by its number: `'001'` → `001_845f903225cb8ed7.txt`. */
function noteFile(number: string): string {
  const found = notes.find((note) => note.name.startsWith(`${number}_`));
  assert.ok(found, `no note ${number}`);
  return found.name;
}

interface Covered {
  readonly id: string;
  /** The notes it appears in, by number; the entry must cite each of them. */
  readonly notes: readonly string[];
}

/** Dockerfile instructions the notes use. */
const instructionsInNotes: readonly Covered[] = [
  { id: 'dockerfile.instruction.FROM', notes: ['000', '001', '004'] }, // 000 생성방법 `FROM node:6.2.2`; 001 ### FROM; 004 멀티 스테이지 빌드
  { id: 'dockerfile.instruction.RUN', notes: ['000', '001', '004'] }, // 000 `RUN mkdir -p /app`; 001 ### RUN (apt-get); 004 레이어 관리 (RUN &&)
  { id: 'dockerfile.instruction.WORKDIR', notes: ['000', '001'] }, // 000 `WORKDIR /app`; 001 ### WORKDIR
  { id: 'dockerfile.instruction.ADD', notes: ['000', '001'] }, // 000 `ADD express-test` (no destination); 001 부수 명령어
  { id: 'dockerfile.instruction.ENV', notes: ['000', '001'] }, // 000 `ENV NODE_ENV developer`; 001 ### ENV, `ENV MYSQL_ROOT_PASSWORD=...`
  { id: 'dockerfile.instruction.EXPOSE', notes: ['000', '001'] }, // 000 `EXPOSEE 3000 80` (sic); 001 ### EXPOSE
  { id: 'dockerfile.instruction.CMD', notes: ['000', '001'] }, // 000 `CMD ["npm","start"]`; 001 ### CMD, CMD 명령 덮어 씌우기
  { id: 'dockerfile.instruction.ENTRYPOINT', notes: ['000', '001'] }, // 000 CMD와 ENTRYPOINT (`ENTRYPONT`, sic); 001 ### ENTRYPOINT
  { id: 'dockerfile.instruction.LABEL', notes: ['001'] }, // 001 ### LABEL `LABEL KEY이름 = value`, `LABEL maintainer="test"`
  { id: 'dockerfile.instruction.COPY', notes: ['001', '004'] }, // 001 ### COPY; 004 `COPY pom.xml .`, `COPY --from=build`
  { id: 'dockerfile.instruction.SHELL', notes: ['001'] }, // 001 부수 명령어 table
  { id: 'dockerfile.instruction.ARG', notes: ['001'] }, // 001 부수 명령어 table
  { id: 'dockerfile.instruction.USER', notes: ['001'] }, // 001 부수 명령어 table
  { id: 'dockerfile.instruction.ONBUILD', notes: ['001'] }, // 001 부수 명령어 table
  { id: 'dockerfile.instruction.VOLUME', notes: ['001'] }, // 001 부수 명령어 table ("볼륨 생성")
  { id: 'dockerfile.instruction.MAINTAINER', notes: ['001'] }, // 001 ### RUN example: `LABEL maintainer="test"`, the label that replaced MAINTAINER
];

/** Instruction flags and keywords the notes use. */
const flagsInNotes: readonly Covered[] = [
  { id: 'dockerfile.flag.COPY.--from', notes: ['004'] }, // 004 멀티 스테이지 빌드: `COPY --from=build /app/target/*.jar ./app.jar`
  { id: 'concept.multi-stage', notes: ['004'] }, // 004 `FROM maven:3.6 AS build`: the `AS` keyword is explained by the multi-stage entry
];

/** Docker concepts the notes teach. */
const conceptsInNotes: readonly Covered[] = [
  { id: 'concept.docker', notes: ['000', '004'] }, // 000 ## 도커란?; 004 ### 도커
  { id: 'concept.container-vs-vm', notes: ['000', '004'] }, // 000 가상 머신과 도커 컨테이너; 004 하이퍼바이저와 컨테이너 (베어메탈, VMware)
  { id: 'concept.kernel', notes: ['000'] }, // 000 도커와 관련된 개념: 커널 (자원관리, 추상화, HAL)
  { id: 'concept.lxc', notes: ['001', '002'] }, // 001 Linux Containers(LXC); 002 ## LXC
  { id: 'concept.cgroups', notes: ['002'] }, // 002 리눅스 컨테이너: 제어 그룹(cgroups), systemd
  { id: 'concept.namespaces', notes: ['000', '004'] }, // 000 "프로세스 격리 기술"; 004 "프로세스를 격리된 환경에서 실행"
  { id: 'concept.client-daemon', notes: ['001', '002', '003', '004'] }, // 001 Docker Engine; 002 docker Engine; 003 Docker architecture/daemon; 004 도커 아키텍처
  { id: 'concept.rest-api', notes: ['001', '002'] }, // 001 "RestAPI를 사용하여"; 002 "IPC 방식이 아닌 Rest API", `HTTP GET ... /containers`
  { id: 'concept.docker-desktop', notes: ['003'] }, // 003 Docker Desktop; 000 도커 컴포즈 설치 "(mac) docker 설치시 자동으로"
  { id: 'concept.image', notes: ['000', '001', '002', '004'] }, // 000 도커이미지; 001 Docker Image; 002 docker image; 004 이미지와 컨테이너
  { id: 'concept.container', notes: ['000', '002', '003'] }, // 000 도커 컨테이너; 002 docker container; 003 Containers; 001 Container 실행 (ubuntu stops at once)
  { id: 'concept.container-lifecycle', notes: ['004', '001'] }, // 004 컨테이너의 라이프사이클; 001 create/start/pause/unpause/stop/restart
  { id: 'concept.stateless-container', notes: ['004', '001'] }, // 004 컨테이너의 Stateless; 001 "컨테이너 종료시 내부에 존재하던 파일도 함께 사라짐"
  { id: 'concept.layer', notes: ['004', '002'] }, // 004 이미지 레이어, 레이어 관리; 002 scripts stacked as layers; 001 Docker Image "Layer"
  { id: 'concept.build-cache', notes: ['004'] }, // 004 캐싱을 활용한 빌드
  { id: 'concept.multi-stage', notes: ['004'] }, // 004 멀티 스테이지 빌드 (Maven example)
  { id: 'concept.dockerfile', notes: ['000', '001', '004'] }, // 000 ## Dockerfile; 001 Dockerfile 기본 문법 (comments, upper case); 004 Dockerfile 지시어
  { id: 'concept.build-context', notes: ['004', '001'] }, // 004 이미지 빌드 `docker build -t ... .`; 001 `docker build ... -f mysql_Docker파일 .`
  { id: 'concept.dockerignore', notes: ['004'] }, // 004 레이어 관리: ".dockerignore을 사용하여"
  { id: 'concept.base-image', notes: ['001', '004'] }, // 001 FROM "Base Image 지정"; 004 레이어 관리 "베이스 이미지"
  { id: 'concept.alpine', notes: ['001', '004'] }, // 001 Docker와 Alpine (musl, BusyBox, `:alpine`); 004 "apline OS 사용 권장" (sic)
  { id: 'concept.commit-vs-build', notes: ['004'] }, // 004 도커 이미지 생성: 이미지 커밋 vs 이미지 빌드; 001 docker commit
  { id: 'concept.build-secrets', notes: ['001'] }, // 001 Container간의 연결(mysql): `ENV MYSQL_ROOT_PASSWORD=` in a Dockerfile
  { id: 'concept.environment-variables', notes: ['004', '001', '003'] }, // 004 "env 덮어쓰기" `--env`; 001 ENV; 003 `-e, --env`
  { id: 'concept.volume', notes: ['004'] }, // 004 ### 볼륨 (concept and `docker volume` commands)
  { id: 'concept.bind-mount', notes: ['001'] }, // 001 사용자 directory 연결 `-v`, jupyter notebook Mount
  { id: 'concept.volume-vs-bind-mount', notes: ['004', '001', '003'] }, // 004 볼륨; 001 `-v` host directory; 003 `-v, --volume` "(마운트)"
  { id: 'concept.network', notes: ['004'] }, // 004 애플리케이션 구성 (leafy-network, DB_URL=leafy-postgres), ### 네트워크
  { id: 'concept.container-link', notes: ['001', '003'] }, // 001 --link option 사용; 003 `--link="db:db"`
  { id: 'concept.expose-vs-publish', notes: ['001', '003', '004'] }, // 001 EXPOSE "만으로는 Host PC에서 접속이 불가능", 보안그룹에 포트 지정; 003 `-p 80:80`; 004 포트 포워딩
  { id: 'concept.cmd-vs-entrypoint', notes: ['000', '001'] }, // 000 CMD와 ENTRYPOINT 차이점; 001 ENTRYPOINT, CMD 명령 덮어 씌우기
  { id: 'concept.shell-vs-exec-form', notes: ['001'] }, // 001 CMD 명령의 3가지 형태 (list, ENTRYPOINT params, shell)
  { id: 'concept.attach-vs-exec', notes: ['003', '001'] }, // 003 attach와 exec 차이 정리; 001 실행중인 Container에 연결 / 명령 실행
  { id: 'concept.detached-mode', notes: ['003'] }, // 003 `-d, --detach` "데몬 모드", `-dp`
  { id: 'concept.tty', notes: ['001', '003'] }, // 001 -it option의 의미, pseudo tty; 003 `-i`, `-t`
  { id: 'concept.registry', notes: ['004', '003', '001'] }, // 004 이미지 레지스트리, 이미지명 규칙; 003 Docker registries; 001 Docker hub
  { id: 'concept.tag', notes: ['001', '004', '000'] }, // 001 "latest 태그가 기본"; 004 `docker tag`; 000 `{imageName}:{tag}`
  { id: 'concept.compose', notes: ['000', '001'] }, // 000 Docker compose; 001 Docker Compose, docker-compose.yml 예시
  { id: 'concept.yaml', notes: ['001'] }, // 001 YAML 문법 (`#`, `---`, `|`, `|-`, `>`)
  { id: 'concept.container-identity', notes: ['001'] }, // 001 Container 생성 "이름이 자동 부여", `--name`; commands take ID or name
  { id: 'concept.container-logs', notes: ['001', '003', '004'] }, // 001 logs / Docker logs (STDOUT); 003 "logs를 활용하는 것이 현명"; 004 `docker logs -f`
  { id: 'concept.restart-policy', notes: ['003', '001'] }, // 003 `--restart="always"`; 001 compose `restart: always`
  { id: 'concept.disk-cleanup', notes: ['001'] }, // 001 docker 저장매체 확인 (`system df`), 모든 Container 삭제, container/image/system prune
  { id: 'concept.orchestration', notes: ['001'] }, // 001 Docker Compose: "쿠버네티스 등의 관리 툴"; 003 Desktop includes Kubernetes
];

/** Docker's complete instruction set: all have entries whether the notes use them or not. */
const allInstructions = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY',
  'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
];

/** Every flag of every instruction, as Dockerfile reference documents them. */
const allFlags: Readonly<Record<string, readonly string[]>> = {
  FROM: ['--platform'],
  COPY: ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude'],
  ADD: ['--chown', '--chmod', '--link', '--exclude', '--checksum', '--keep-git-dir', '--unpack'],
  RUN: ['--mount', '--network', '--security', '--device'],
  HEALTHCHECK: ['--interval', '--timeout', '--start-period', '--start-interval', '--retries'],
};

function assertCovered(entry: KnowledgeEntry | undefined, item: Covered): void {
  assert.ok(entry, `no knowledge entry ${item.id}`);
  for (const lang of ['ko', 'en'] as const) {
    assert.ok(entry[lang].summary.trim() && entry[lang].details.trim(), `${item.id}: no ${lang} text`);
  }
  const cited = entry.sources.map((source) => source.note);
  for (const number of item.notes) {
    assert.ok(cited.includes(noteFile(number)), `${item.id} appears in note ${number} but does not cite it`);
  }
}

describe('coverage of the notes: Dockerfile', () => {
  for (const item of [...instructionsInNotes, ...flagsInNotes]) {
    test(item.id, () => assertCovered(getEntry(item.id), item));
  }

  test('the list misses no instruction the notes use', () => {
    const listed = new Set(instructionsInNotes.map((item) => item.id.split('.').pop()));
    // Instructions at the start of a line (Dockerfile code) or in a table row (`|FROM|...`).
    const instruction = new RegExp(`^\\s*\\|?(${allInstructions.join('|')})(?=[\\s|])`, 'gm');
    const found = new Set<string>();
    for (const note of notes) {
      for (const match of note.text.matchAll(instruction)) {
        found.add(match[1]);
        assert.ok(listed.has(match[1]), `${note.name} uses ${match[1]}, which the coverage list lacks`);
      }
    }
    assert.ok(found.size >= 14, `the scan found only ${[...found].join(', ')}`);
  });

  test("every instruction of Docker's reference has an entry, looked up by name", () => {
    for (const name of allInstructions) {
      assert.equal(instructionEntry(name.toLowerCase())?.id, `dockerfile.instruction.${name}`, name);
    }
    const instructions = allEntries().filter((entry) => entry.kind === 'instruction');
    assert.deepEqual(instructions.map((entry) => entry.title).sort(), [...allInstructions].sort());
  });

  test('every instruction flag has an entry, with the values of enumerated flags', () => {
    for (const [instruction, flags] of Object.entries(allFlags)) {
      for (const flag of flags) {
        const entry = instructionFlagEntry(instruction, flag);
        assert.ok(entry, `no entry for ${instruction} ${flag}`);
        assert.equal(entry.title, flag);
      }
    }
    const flagCount = Object.values(allFlags).reduce((sum, flags) => sum + flags.length, 0);
    assert.equal(allEntries().filter((entry) => entry.kind === 'instruction-flag').length, flagCount);
    assert.deepEqual(Object.keys(getEntry('dockerfile.flag.RUN.--mount')?.values ?? {}), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    assert.deepEqual(Object.keys(getEntry('dockerfile.flag.RUN.--network')?.values ?? {}), ['default', 'none', 'host']);
    assert.deepEqual(Object.keys(getEntry('dockerfile.flag.RUN.--security')?.values ?? {}), ['sandbox', 'insecure']);
  });

  test('every parser directive has an entry', () => {
    for (const directive of ['syntax', 'escape', 'check']) {
      assert.equal(directiveEntry(directive)?.title, directive);
    }
  });

  test("the notes' Dockerfile slips are called out as pitfalls", () => {
    const pitfalls = (id: string) => (getEntry(id)?.pitfalls ?? []).map((pitfall) => pitfall.en).join('\n');
    assert.match(pitfalls('dockerfile.instruction.EXPOSE'), /alone does not make the port reachable/);
    assert.match(pitfalls('dockerfile.instruction.EXPOSE'), /EXPOSEE/);
    assert.match(pitfalls('dockerfile.instruction.CMD'), /Only the last `CMD`/);
    assert.match(pitfalls('dockerfile.instruction.CMD'), /override `CMD` but not `ENTRYPOINT`/);
    assert.match(pitfalls('dockerfile.instruction.ADD'), /without a destination/);
    assert.match(pitfalls('dockerfile.instruction.LABEL'), /No spaces around `=`/);
    assert.match(pitfalls('dockerfile.instruction.MAINTAINER'), /deprecated/);
    assert.match(pitfalls('dockerfile.instruction.ENV'), /baked into the image/);
    assert.match(pitfalls('dockerfile.instruction.RUN'), /RUN --mount=type=secret/);
    assert.match(pitfalls('dockerfile.instruction.SHELL'), /cannot be replaced by `CMD`/);
    assert.match(pitfalls('dockerfile.instruction.COPY'), /`COPY <source> <destination>`/);
    assert.match(pitfalls('concept.stateless-container'), /vanish when the container is removed/);
    assert.match(pitfalls('concept.container-link'), /legacy/);
    assert.match(pitfalls('concept.compose'), /`version:` key is obsolete/);
    assert.match(pitfalls('concept.registry'), /does not log you out/);
    assert.match(pitfalls('concept.tty'), /not `--it`/);
  });
});

describe('coverage of the notes: Docker concepts', () => {
  for (const item of conceptsInNotes) {
    test(item.id, () => {
      const entry = getEntry(item.id);
      assertCovered(entry, item);
      assert.equal(entry?.kind, 'concept');
      assert.ok(entry?.localizedTitle?.ko && entry.localizedTitle.en, `${item.id}: titles in both languages`);
    });
  }

  test('instructions link the concepts that matter to them', () => {
    const related = (id: string) => getEntry(id)?.related ?? [];
    assert.ok(related('dockerfile.instruction.EXPOSE').includes('concept.expose-vs-publish'));
    assert.ok(related('dockerfile.instruction.CMD').includes('concept.cmd-vs-entrypoint'));
    assert.ok(related('dockerfile.instruction.ENTRYPOINT').includes('concept.cmd-vs-entrypoint'));
    assert.ok(related('dockerfile.instruction.RUN').includes('concept.layer'));
    assert.ok(related('dockerfile.instruction.COPY').includes('concept.dockerignore'));
    assert.ok(related('dockerfile.instruction.VOLUME').includes('concept.volume-vs-bind-mount'));
    assert.ok(related('dockerfile.flag.COPY.--from').includes('concept.multi-stage'));
  });

  test('every concept entry is in the coverage list', () => {
    const listed = new Set(conceptsInNotes.map((item) => item.id));
    for (const entry of allEntries().filter((candidate) => candidate.kind === 'concept')) {
      assert.ok(listed.has(entry.id), `${entry.id} is not in the coverage list`);
    }
  });
});
