/** Compose hover: key docs in the reader's language, and port mappings and mounts explained. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MarkupContent } from 'vscode-languageserver';
import type { DocsLanguage } from '../../../server/src/service/settings';
import { composeExplain, composeHover } from '../../../server/src/service/compose/hover';
import { fakeContext, lineEndings, withCursor } from './support';

function hover(lines: readonly string[], eol: string, docsLanguage: DocsLanguage = 'en') {
  const { compose, position } = withCursor(lines, eol);
  const result = composeHover(compose, position, fakeContext({ docsLanguage }));
  return result && { text: (result.contents as MarkupContent).value, range: result.range! };
}

const mysql = (cursorLine: string) => ['services:', '  db:', '    image: mysql', '    volumes:', '      - mysqldata:/var/lib/mysql', '      - ./conf:/etc/mysql/conf.d:ro', '    ports:', cursorLine, 'volumes:', '  mysqldata:'];

for (const { name, eol } of lineEndings) {
  describe(`compose hover (${name})`, () => {
    test('a port mapping is explained in English and Korean', () => {
      const en = hover(mysql('      - "33|07:3306"'), eol, 'en');
      assert.ok(en);
      assert.match(en.text, /host 3307 → container 3306/);
      assert.deepEqual(en.range.start, { line: 7, character: 8 });
      const ko = hover(mysql('      - "33|07:3306"'), eol, 'ko');
      assert.match(ko!.text, /호스트 3307 → 컨테이너 3306/);
      const both = hover(mysql('      - "33|07:3306"'), eol, 'both');
      assert.ok(both!.text.indexOf('호스트') < both!.text.indexOf('host 3307'));
    });

    test('port forms: host IP, no host port, ranges, long syntax', () => {
      assert.match(hover(mysql('      - "127.0.0.1:9229:92|29"'), eol)!.text, /host 127\.0\.0\.1:9229 → container 9229.*only from this machine/);
      assert.match(hover(mysql('      - 30|00'), eol)!.text, /container 3000.*random free port/);
      assert.match(hover(mysql('      - "9000-9001:80|00-8001/udp"'), eol)!.text, /host 9000-9001 → container 8000-8001\*\* \(udp\)/);
      const long = hover(['services:', '  web:', '    image: x', '    ports:', '      - target: 80', '        publi|shed: 8080'], eol);
      assert.match(long!.text, /host 8080 → container 80/);
    });

    test('mounts: named volume, bind path read-only', () => {
      const named = hover(['services:', '  db:', '    image: mysql', '    volumes:', '      - mysql|data:/var/lib/mysql'], eol);
      assert.match(named!.text, /named volume `mysqldata` → container `\/var\/lib\/mysql`/);
      const bind = hover(['services:', '  db:', '    image: mysql', '    volumes:', '      - ./conf:/etc/mysql/co|nf.d:ro'], eol, 'ko');
      assert.match(bind!.text, /호스트 경로 `\.\/conf` → 컨테이너 `\/etc\/mysql\/conf\.d`\*\* \(읽기 전용\)/);
    });

    test('keys show their documentation with a link to Docker’s reference', () => {
      const result = hover(['services:', '  web:', '    rest|art: always'], eol);
      assert.ok(result);
      assert.match(result.text, /restart/);
      assert.match(result.text, /https:\/\/docs\.docker\.com\/reference\/compose-file\/services\/#restart/);
      // The hovered value's meaning, not only the key's.
      assert.match(result.text, /always/);
      assert.deepEqual(result.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } });
      const ko = hover(['services:', '  web:', '    healthcheck:', '      inter|val: 5s'], eol, 'ko');
      assert.match(ko!.text, /interval/);
      assert.match(ko!.text, /[가-힣]/);
      // Keys without a knowledge entry fall back to the catalogue's own text.
      const fallback = hover(['services:', '  web:', '    blkio_config:', '      wei|ght: 300'], eol, 'en');
      assert.match(fallback!.text, /Block IO weight/);
    });

    test('a service’s name sums it up: image or build, ports, start order', () => {
      const en = hover(['services:', '  w|eb:', '    build: ./web', '    ports: ["8080:80"]', '    depends_on: [db]', '  db:', '    image: postgres'], eol);
      assert.match(en!.text, /\*\*Service `web`\*\*: built from `\.\/web` · host 8080 → container 80 \(tcp\) · starts after db/);
      const ko = hover(['services:', '  web:', '    image: x', '  d|b:', '    image: postgres:16'], eol, 'ko');
      assert.match(ko!.text, /\*\*서비스 `db`\*\*: 이미지 `postgres:16` 실행/);
    });

    test('a reference names its declaration', () => {
      const result = hover(['services:', '  web:', '    image: x', '    networks: [fr|ont]', 'networks:', '  front:'], eol);
      assert.match(result!.text, /Network `front`, declared on line 6/);
    });

    test('nothing on empty lines or unknown keys', () => {
      assert.equal(hover(['services:', '|', '  web:', '    image: x'], eol), null);
      assert.equal(hover(['x-custom: |1', 'services: {}'], eol), null);
      // A second YAML document is read like the first.
      assert.match(hover(['services:', '  a:', '    image: x', '---', 'services:', '  a:', '    rest|art: always'], eol)!.text, /restart/i);
      // Under services an x- name is a service, so its keys are documented.
      assert.match(hover(['services:', '  x-app:', '    rest|art: always'], eol)!.text, /restart/i);
      // Not the service's docs on a typo inside it: the diagnostic says what is wrong.
      assert.equal(hover(['services:', '  web:', '    image: x', '    envir|oment: []'], eol), null);
    });

    test('explain gives nothing when no knowledge entry exists and never throws', () => {
      const { compose, position } = withCursor(['services:', '  web:', '    enviro|ment: []'], eol);
      const result = composeExplain(compose, position, fakeContext());
      assert.ok(result === null || result.markdown.length > 0);
    });
  });
}
