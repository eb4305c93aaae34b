/**
 * Every `docker` command and flag the five notes use has a knowledge entry in
 * both languages that says where in the notes it comes from. The list is kept
 * by hand, with where each item appears, so a new note forces a new entry.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { allEntries, getEntry } from '../../../server/src/knowledge/index';

const notesDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'notes');

/** command → the flags the notes use with it (long forms); the comment says where. */
const commandsInNotes: Record<string, readonly string[]> = {
  '': ['--help'], // 004 실습 › 컨테이너 실행: `docker --help`
  run: [
    // 001 docker run 명령어 (-i -t --name -d -rm -p -v), 003 Docker run 옵션 종류 (the full list),
    // 004 이미지의 메타데이터 (--env), 애플리케이션 구성 (--network, -e), 001 Container간의 연결 (--link)
    '--interactive', '--tty', '--name', '--detach', '--rm', '--publish', '--volume', '--privileged', '--restart',
    '--user', '--env', '--link', '--hostname', '--workdir', '--attach', '--cpu-shares', '--memory', '--gpus',
    '--security-opt', '--network',
  ],
  create: ['--name'], // 001 Container 생성
  exec: ['--interactive', '--tty'], // 000 Docker 명령어 `docker exec -it mysql-basic bash`; 003 Main content
  attach: [], // 001 Background에서 실행중인 container에 접속; 003 attach와 exec 차이 정리
  build: ['--tag', '--file', '--pull'], // 000 이미지 빌드; 001 Dockerfile 로 Image 작성; 004 이미지 빌드
  logs: ['--follow'], // 001 logs; 004 애플리케이션 구성 `docker logs -f leafy`
  ps: ['--all', '--quiet'], // 000 `docker ps -a`; 001 `docker ps -a -q`
  images: ['--quiet'], // 000 Docker 명령어; 001 `docker images -q`
  'image ls': ['--quiet'], // 001 `docker image ls # -q 옵션으로 id만 출력`; 004 이미지
  'image rm': [], // 001 Image 삭제; 004 이미지
  'image inspect': [], // 004 이미지의 메타데이터
  'image history': [], // 004 이미지 레이어
  'container inspect': [], // 004 이미지의 메타데이터
  rm: ['--force'], // 000, 001, 004
  rmi: ['--force'], // 001 `docker rmi -f $(docker images -q)`
  start: [], // 000; 001 Container 실행
  stop: [], // 000; 001 실행중인 Container 중지(종료)
  restart: [], // 000; 001
  pause: [], // 001
  unpause: [], // 001
  kill: [], // 001 kill
  pull: [], // 000; 001 Image Download; 003; 004 이미지 레지스트리
  push: [], // 004 이미지 레지스트리
  tag: [], // 004 이미지 레지스트리
  login: [], // 001 Docker image Download
  logout: [], // what 001 means by "login으로 로그아웃"
  search: ['--limit'], // 001 `docker search [--limit=검색제한]`
  'system df': [], // 001 docker 저장매체 확인
  stats: [], // 001 `docker container stats`
  'container prune': [], // 001 모든 Container 삭제
  'image prune': [], // 001
  'system prune': [], // 001
  history: [], // 001 Docker History
  cp: [], // 001 Docker cp
  commit: ['--message', '--change'], // 001 docker commit (-m); 004 이미지 커밋 (-m, -c)
  diff: [], // 001 docker diff
  inspect: [], // 001 Docker Inspect
  version: [], // 004 컨테이너 실행
  info: [], // 004 컨테이너 실행
  'network create': [], // 004 애플리케이션 구성, 네트워크
  'network ls': [], // 004 네트워크
  'network inspect': [], // 004 네트워크
  'network rm': [], // 004 네트워크
  'volume create': [], // 004 볼륨
  'volume ls': [], // 004 볼륨
  'volume inspect': [], // 004 볼륨
  'volume rm': [], // 004 볼륨
  'compose up': [], // 000 Docker compose: "Run docker compose up"
  image: [], // 001 Docker image 주요 명령어: `docker image 명령 옵션 ...`
  container: [], // 001 Docker Container 주요 명령: "docker container 에서 자주 쓰이는 옵션"
  compose: [], // 000 Docker compose; 001 Docker Compose
};

const commandId = (command: string) => (command === '' ? 'cli.docker' : `cli.docker ${command}`);

describe('every docker command and flag in the notes has an entry', () => {
  for (const [command, flags] of Object.entries(commandsInNotes)) {
    for (const id of [commandId(command), ...flags.map((flag) => `${commandId(command)}.${flag}`)]) {
      test(id, () => {
        const entry = getEntry(id);
        assert.ok(entry, `no knowledge entry ${id}`);
        for (const lang of ['ko', 'en'] as const) {
          assert.ok(entry[lang].summary.trim().length > 10, `${id}: ${lang} summary`);
          assert.ok(entry[lang].details.trim().length > 10, `${id}: ${lang} details`);
        }
        assert.ok(entry.sources.length > 0, `${id}: no note reference`);
        assert.match(entry.reference, /^https:\/\/docs\.docker\.com\/reference\/cli\/docker\//);
      });
    }
  }

  test('short forms are aliases of their long flags', () => {
    const short = (id: string) => getEntry(id)?.aliases?.[0];
    assert.equal(short('cli.docker run.--publish'), '-p');
    assert.equal(short('cli.docker run.--volume'), '-v');
    assert.equal(short('cli.docker run.--cpu-shares'), '-c');
    assert.equal(short('cli.docker build.--tag'), '-t');
    assert.equal(short('cli.docker logs.--follow'), '-f');
  });

  test('restart policies are explained value by value', () => {
    assert.deepEqual(Object.keys(getEntry('cli.docker run.--restart')?.values ?? {}).sort(), ['always', 'no', 'on-failure', 'unless-stopped']);
  });

  test("the notes' mistakes are corrected where they matter", () => {
    const pitfalls = (id: string) => (getEntry(id)?.pitfalls ?? []).map((p) => p.en).join('\n');
    assert.match(pitfalls('cli.docker run.--rm'), /`--rm`, not `-rm`/);
    assert.match(pitfalls('cli.docker run.--interactive'), /no `--it` flag/);
    assert.match(pitfalls('cli.docker run.--link'), /legacy/);
    assert.match(pitfalls('cli.docker login'), /`docker logout`/);
    assert.match(pitfalls('cli.docker build'), /`docker bulid` is a typo/);
  });
});

describe('every CLI entry points at a real place in the notes', () => {
  const noteLines = new Map<string, Set<string>>();
  const linesOf = (note: string): Set<string> => {
    let lines = noteLines.get(note);
    if (!lines) {
      // A section is a line of its own: a Markdown heading or a title line like "Docker run 옵션 종류".
      const text = readFileSync(join(notesDir, note), 'utf8');
      lines = new Set(text.split(/\r?\n/).map((line) => line.replace(/^\s*#+\s*/, '').replace(/\*\*/g, '').trim()));
      noteLines.set(note, lines);
    }
    return lines;
  };
  for (const entry of allEntries().filter((e) => e.kind === 'cli-command' || e.kind === 'cli-flag')) {
    test(entry.id, () => {
      for (const source of entry.sources) assert.ok(linesOf(source.note).has(source.section), `${entry.id}: no section "${source.section}" in ${source.note}`);
      for (const id of entry.related ?? []) assert.ok(id.startsWith('concept.'), `${entry.id}: related ${id} is not a concept`);
    });
  }
});
