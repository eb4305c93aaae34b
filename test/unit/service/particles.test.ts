/** Korean particles chosen by how the word before them is read aloud. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allEntries } from '../../../server/src/knowledge/index';
import { finalSound, particle, resolveParticles } from '../../../server/src/service/particles';

describe('the last sound of a word', () => {
  test('Hangul: the final consonant of the last syllable', () => {
    assert.equal(finalSound('도커'), 'vowel');
    assert.equal(finalSound('이미지'), 'vowel');
    assert.equal(finalSound('컨테이너 이름'), 'consonant');
    assert.equal(finalSound('파일'), 'rieul');
    assert.equal(finalSound('"(없음)"'), 'consonant', 'quotes and brackets after the word do not count');
  });

  test('Dockerfile instructions, read as words or spelled out', () => {
    const expected: Record<string, string> = {
      EXPOSE: 'vowel', // 익스포즈
      COPY: 'vowel', // 카피
      RUN: 'consonant', // 런
      FROM: 'consonant', // 프롬
      VOLUME: 'consonant', // 볼륨
      SHELL: 'rieul', // 셸
      LABEL: 'rieul', // 레이블
      STOPSIGNAL: 'rieul', // 스톱시그널
      HEALTHCHECK: 'vowel', // 헬스체크
      ENTRYPOINT: 'vowel', // 엔트리포인트
      WORKDIR: 'rieul', // 워크디알
      ONBUILD: 'vowel', // 온빌드
      ARG: 'vowel', // 아그
      ENV: 'vowel', // 엔브
      CMD: 'vowel', // 씨엠디: no vowel to read, so spelled
      AS: 'vowel', // 에이에스
    };
    for (const [word, sound] of Object.entries(expected)) assert.equal(finalSound(word), sound, word);
  });

  test('flags, keys, values and image names', () => {
    const expected: Record<string, string> = {
      '-p': 'vowel', // 피
      '-it': 'vowel', // 아이티: one-letter options are spelled
      '-dp': 'vowel',
      '--it': 'vowel', // 아이티, not 잇
      'docker exec': 'vowel', // 엑섹
      '-m': 'consonant', // 엠
      '--mount': 'vowel', // 마운트
      '--from': 'consonant',
      '--timeout': 'consonant', // 타임아웃
      'depends_on': 'consonant', // 온
      'container_name': 'consonant', // 네임
      'logging': 'consonant', // 로깅
      'env_file': 'rieul', // 파일
      'restart': 'vowel',
      'type': 'consonant', // 타입
      'unless-stopped': 'vowel',
      'none': 'consonant',
      'tmpfs': 'vowel', // 티엠피에프에스
      'ssh': 'vowel',
      'nginx:latest': 'vowel',
      'node:22-alpine': 'consonant', // 알파인
      'mysql': 'rieul', // 마이에스큐엘
      'compose.yaml': 'rieul',
      'package.json': 'consonant', // 제이슨
      'app': 'consonant', // 앱
      'web': 'consonant', // 웹
      'secret': 'consonant', // 시크릿
      'magic': 'consonant', // 매직
      'root': 'vowel', // 루트
      'Docker Hub': 'vowel', // 허브
      'BuildKit': 'consonant', // 빌드킷
      'PostgreSQL': 'rieul', // 포스트그레스큐엘
      'NODE_VERSION': 'consonant', // 버전
      '$HOME': 'consonant', // 홈
      '${PATH}': 'vowel', // 패스
      'IP': 'vowel', // 아이피
      'npm': 'consonant', // 엔피엠
      '/app/': 'consonant',
    };
    for (const [word, sound] of Object.entries(expected)) assert.equal(finalSound(word), sound, word);
  });

  test('numbers, as Korean reads them', () => {
    const expected: Record<string, string> = {
      '80': 'consonant', // 팔십
      '8080': 'consonant', // 팔천팔십
      '3000': 'consonant', // 삼천
      '10000': 'consonant', // 만
      '22': 'vowel', // 이십이
      '443': 'consonant', // 사백사십삼
      '3306': 'consonant', // 삼천삼백육
      '6379': 'vowel', // 육천삼백칠십구
      '27017': 'rieul', // 이만칠천십칠
      '1': 'rieul', // 일
      '0': 'consonant', // 영
      '1.27': 'rieul', // 일 점 이칠: versions are read digit by digit
      '3.20': 'consonant', // 삼 점 이영
      '0755': 'vowel', // 영칠오오
      '80:80': 'consonant',
      'linux/amd64': 'vowel', // 육사
      'IPv6': 'vowel', // 아이피브이식스
    };
    for (const [word, sound] of Object.entries(expected)) assert.equal(finalSound(word), sound, word);
  });

  test('a glued parenthesis is an aside; a symbol on its own is said by its name', () => {
    assert.equal(finalSound('서비스 이름(`db`)'), 'consonant', '이름');
    assert.equal(finalSound('`weight`(10~1000)'), 'vowel', 'weight');
    assert.equal(finalSound('값 "(없음)"'), 'consonant', '없음');
    assert.equal(finalSound('`:`'), 'consonant', '콜론');
    assert.equal(finalSound('`/`'), 'vowel', '슬래시');
    assert.equal(finalSound('`-`'), 'vowel', '대시');
    assert.equal(finalSound('`docker build --check .`'), 'vowel', 'the build context dot is not read');
  });

  test('unknowable endings', () => {
    for (const word of ['', '…', '#', '漢字', '→']) assert.equal(finalSound(word), undefined, word);
  });
});

describe('particles', () => {
  test('each pair after a vowel, a consonant and ㄹ', () => {
    assert.equal(particle('EXPOSE', '을(를)'), '를');
    assert.equal(particle('RUN', '을(를)'), '을');
    assert.equal(particle('EXPOSE', '(으)로'), '로');
    assert.equal(particle('RUN', '(으)로'), '으로');
    assert.equal(particle('SHELL', '(으)로'), '로', '로 after ㄹ');
    assert.equal(particle('SHELL', '을(를)'), '을');
    assert.equal(particle('-p', '은(는)'), '는');
    assert.equal(particle('FROM', '이(가)'), '이');
    assert.equal(particle('COPY', '과(와)'), '와');
    assert.equal(particle('web', '과(와)'), '과');
    assert.equal(particle('db', '(이)라는'), '라는');
    assert.equal(particle('web', '(이)라는'), '이라는');
  });

  test('the double form stays when the sound cannot be known', () => {
    assert.equal(particle('…', '을(를)'), '을(를)');
  });

  test('a text: every double form resolved against the word before it', () => {
    assert.equal(resolveParticles('EXPOSE을(를) 쓰세요.'), 'EXPOSE를 쓰세요.');
    assert.equal(resolveParticles("'RUN'은(는) 명령어이고 `-p`(으)로 게시합니다."), "'RUN'은 명령어이고 `-p`로 게시합니다.");
    assert.equal(resolveParticles('이름(으)로 바꾸기: "web"과(와) "db"'), '이름으로 바꾸기: "web"과 "db"');
    assert.equal(resolveParticles('… 을(를)'), '… 을(를)');
    assert.equal(resolveParticles('No particles here.'), 'No particles here.');
  });
});

describe('the knowledge base\'s own particles', () => {
  test('every particle written after a code word agrees with how the word is read', () => {
    const doubles = { 은: '은(는)', 는: '은(는)', 이: '이(가)', 가: '이(가)', 을: '을(를)', 를: '을(를)', 과: '과(와)', 와: '과(와)', 으로: '(으)로', 로: '(으)로' } as const;
    const afterCode = /[A-Za-z0-9_.:/$\-{}]+[`'")]*(으로|은|는|이|가|을|를|과|와|로)(?=[\s.,:;!?)'"]|$)/g;
    const mismatches: string[] = [];
    for (const entry of allEntries()) {
      const texts = [entry.ko.summary, entry.ko.details, ...(entry.pitfalls ?? []).map((p) => p.ko), ...Object.values(entry.values ?? {}).map((v) => v.ko)];
      for (const text of texts) {
        for (const match of text.matchAll(afterCode)) {
          const written = match[1] as keyof typeof doubles;
          const before = text.slice(0, match.index + match[0].length - written.length);
          const chosen = particle(before, doubles[written]);
          if (chosen !== written && chosen !== doubles[written]) mismatches.push(`${entry.id}: …${before.slice(-30)}${written} (should be ${chosen})`);
        }
      }
    }
    assert.deepEqual(mismatches, []);
  });
});
