/** Hover on docker command lines: the knowledge entry, and what this very use of a flag does. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hover } from '../../../server/src/service/commandline/hover';
import { explain } from '../../../server/src/service/commandline/explain';
import { createReaderSession } from '../../../server/src/service/session';
import { context, lineEndings, markdownOf, withCursor } from './support';

function hoverAt(lines: readonly string[], eol: string, language: 'en' | 'ko' | 'both' = 'en', languageId = 'shellscript') {
  const { parsed, position } = withCursor(lines, eol, languageId);
  return hover(parsed, position, context(language));
}

for (const { name, eol } of lineEndings) {
  describe(`command-line hover (${name})`, () => {
    /** The notes' kind of run line, with the cursor where `^` is in `cursorAt`. */
    const line = (cursorAt: string) => ['#!/bin/sh', 'docker run -d -p 8080:80 --name web nginx'.replace(cursorAt.replace('^', ''), cursorAt.replace('^', '‸'))];

    test('the command explains docker run', () => {
      const text = markdownOf(hoverAt(line('r^un'), eol));
      assert.match(text, /`docker run`/);
      assert.match(text, /Creates a new container from an image and starts it/);
    });

    test('the command in Korean', () => {
      const text = markdownOf(hoverAt(line('r^un'), eol, 'ko'));
      assert.match(text, /이미지로 새 컨테이너를 만들고 바로 실행합니다/);
      assert.doesNotMatch(text, /Creates a new container/);
    });

    test('-p spells out this mapping, in each language', () => {
      const english = markdownOf(hoverAt(line('-^p'), eol));
      assert.match(english, /host `8080` → container `80`/);
      assert.match(english, /`-p, --publish`/);
      const korean = markdownOf(hoverAt(line('80^80'), eol, 'ko'));
      assert.match(korean, /호스트 `8080` → 컨테이너 `80`/);
    });

    test('-d and --name are explained as flags of run', () => {
      assert.match(markdownOf(hoverAt(line('-^d'), eol)), /background/);
      const named = markdownOf(hoverAt(line('--na^me'), eol));
      assert.match(named, /Names the container/);
      assert.match(markdownOf(hoverAt(line('we^b'), eol)), /The container will be called `web`/);
    });

    test('the hover range covers the word under the cursor', () => {
      const { parsed, position } = withCursor(line('80^80'), eol);
      const result = hover(parsed, position, context('en'))!;
      assert.equal(parsed.document.getText(result.range!), '8080:80');
    });

    test('-v tells a host path from a named volume, and notes read-only', () => {
      const bind = markdownOf(hoverAt(['docker run -v /home/ubuntu/mysql‸data:/var/lib/mysql mysql'], eol));
      assert.match(bind, /host path `\/home\/ubuntu\/mysqldata` → container `\/var\/lib\/mysql`/);
      const volume = markdownOf(hoverAt(['docker run -v db-da‸ta:/var/lib/mysql:ro mysql'], eol, 'ko'));
      assert.match(volume, /볼륨 `db-data` → 컨테이너 `\/var\/lib\/mysql` \(읽기 전용\)/);
    });

    test('-e shows the variable being set', () => {
      const text = markdownOf(hoverAt(['docker run -e DB_U‸RL=leafy-postgres app'], eol));
      assert.match(text, /Inside the container, `DB_URL` = `leafy-postgres`/);
    });

    test('a restart policy value shows its own meaning', () => {
      const text = markdownOf(hoverAt(['docker run --restart=unless-‸stopped nginx'], eol));
      assert.match(text, /`unless-stopped`: Like `always`, except a container you stopped stays stopped/);
    });

    test('-it explains both -i and -t, wherever the cursor is on it', () => {
      for (const at of ['-‸it', '-i‸t', '-it‸']) {
        const { parsed, position } = withCursor([`docker exec ${at} web sh`], eol);
        const result = hover(parsed, position, context('en'))!;
        const text = markdownOf(result);
        assert.match(text, /\*\*`-it`\*\* — One-letter flags written together: `-i` and `-t`\./, at);
        assert.ok(text.indexOf('`-i, --interactive`') < text.indexOf('`-t, --tty`'), at);
        assert.match(text, /standard input/);
        assert.match(text, /pseudo-terminal/);
        assert.equal(parsed.document.getText(result.range!), '-it', 'the hover covers the whole cluster');
      }
    });

    test('-dp 80:80 explains -d and the port mapping; the value alone explains the mapping', () => {
      const text = markdownOf(hoverAt(['docker run -d‸p 80:80 nginx'], eol));
      assert.match(text, /`-d, --detach`/);
      assert.match(text, /background/);
      assert.match(text, /`-p, --publish`[\s\S]*This mapping: host `80` → container `80`/);
      const korean = markdownOf(hoverAt(['docker run -d‸p 80:80 nginx'], eol, 'ko'));
      assert.match(korean, /한 글자 옵션 `-d`와 `-p`를 붙여 쓴 것입니다/);
      assert.match(korean, /이 매핑: 호스트 `80` → 컨테이너 `80`/);
      assert.match(korean, /\[Docker 문서 \(영문\)\]/);
      const value = markdownOf(hoverAt(['docker run -dp 80:8‸0 nginx'], eol));
      assert.match(value, /host `80` → container `80`/);
      assert.doesNotMatch(value, /--detach/);
    });

    test('each flag of a cluster has "More…" to its own full entry, where the editor follows such links', () => {
      const { parsed, position } = withCursor(['docker run -d‸p 80:80 nginx'], eol);
      const text = markdownOf(hover(parsed, position, { ...context('en'), session: createReaderSession(true) }));
      const targets = [...text.matchAll(/\[More… \(Explain with the Notes\)\]\(command:dockside\.explain\?([^)]+)\)/g)].map(
        (link) => (JSON.parse(decodeURIComponent(link[1])) as { position: { character: number } }[])[0].position.character,
      );
      assert.deepEqual(targets, [11, 13], 'on -d, then on p');
      const explained = (character: number) => explain(parsed, { line: 0, character }, context('en'))?.title;
      assert.deepEqual([explained(11), explained(13)], ['-d, --detach', '-p, --publish'], 'each link explains its own flag');
    });

    test('three flags together, and a letter the command does not have', () => {
      const text = markdownOf(hoverAt(['docker run -i‸td nginx'], eol, 'ko'));
      assert.match(text, /`-i`, `-t`와 `-d`를 붙여 쓴/);
      const unknown = markdownOf(hoverAt(['docker run -i‸Q nginx'], eol));
      assert.match(unknown, /`-Q`\*\* — not a flag of this command/);
    });

    test('a value spelled out in Korean has its particles chosen', () => {
      const text = markdownOf(hoverAt(['docker run --link d‸b:database app'], eol, 'ko'));
      assert.match(text, /컨테이너 `db`를 `database`라는 이름으로 연결합니다/);
      const web = markdownOf(hoverAt(['docker run --link w‸eb:front app'], eol, 'ko'));
      assert.match(web, /컨테이너 `web`을 `front`라는 이름으로/);
    });

    test('docker container ls is the same command as docker ps', () => {
      assert.match(markdownOf(hoverAt(['docker container l‸s -a'], eol)), /`docker ps`/);
    });

    test('both languages, Korean first', () => {
      const text = markdownOf(hoverAt(line('r^un'), eol, 'both'));
      assert.ok(text.indexOf('이미지로 새 컨테이너') < text.indexOf('Creates a new container'));
    });

    test('nothing to say about an argument or a line without docker', () => {
      assert.equal(hoverAt(['docker run nginx:la‸test'], eol), null);
      assert.equal(hoverAt(['echo he‸llo'], eol), null);
    });

    test('a Markdown code block in the notes gets the same hover', () => {
      const text = markdownOf(hoverAt(['# Notes', '```bash', 'docker logs -‸f leafy', '```'], eol, 'en', 'markdown'));
      assert.match(text, /Keeps printing new log output/);
    });

    test('Explain gives the full entry with its example and sources', () => {
      const { parsed, position } = withCursor(['docker bu‸ild -t app .'], eol);
      const full = explain(parsed, position, context('en'));
      assert.ok(full);
      assert.equal(full.title, 'docker build');
      assert.match(full.markdown, /```shell\ndocker build -t 1992choi\/buildnginx \.\n```/);
    });
  });
}
