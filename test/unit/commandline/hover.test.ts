/** Hover on docker command lines: the knowledge entry, and what this very use of a flag does. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hover } from '../../../server/src/service/commandline/hover';
import { explain } from '../../../server/src/service/commandline/explain';
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

    test('one-letter flags inside -it are told apart', () => {
      assert.match(markdownOf(hoverAt(['docker exec -‸it web sh'], eol)), /standard input/);
      assert.match(markdownOf(hoverAt(['docker exec -i‸t web sh'], eol)), /pseudo-terminal/);
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
