/**
 * Compose diagnostics and quick-fix titles follow the docs language:
 * Korean for `ko`, English (unchanged) for `en`, Korean then English for `both`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { composeCodeActions } from '../../../server/src/service/compose/codeActions';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import type { DocsLanguage } from '../../../server/src/service/settings';
import { composeDocument, fakeContext, FakeWorld, lineEndings } from './support';
import { notesMysqlCompose } from '../../support/notesExamples';

const hangul = /[\uAC00-\uD7A3]/;

function diagnoseIn(language: DocsLanguage, lines: readonly string[], eol: string, world: FakeWorld = {}): Diagnostic[] {
  return composeDiagnostics(composeDocument(lines, eol), fakeContext({ ...world, docsLanguage: language }));
}

function messageFor(language: DocsLanguage, code: string, eol: string): string {
  const diagnostic = diagnoseIn(language, notesMysqlCompose, eol).find((d) => d.code === code);
  assert.ok(diagnostic, `no ${code} diagnostic`);
  return String(diagnostic.message);
}

const slips = [
  { code: 'unknown-key', en: 'Unknown key "enviroment" under "db": Compose will reject the file. Did you mean "environment"?', koHas: '"environment"' },
  { code: 'env-space-around-equals', en: 'The value of MYSQL_DATABASE starts with a space: Compose keeps it, so the value is " jjdb". Remove the spaces around "=": MYSQL_DATABASE=jjdb.', koHas: 'MYSQL_DATABASE=jjdb' },
  { code: 'obsolete-version', en: 'The top-level "version" is obsolete: Compose ignores it and warns. Remove it.', koHas: '"version"' },
] as const;

for (const { name, eol } of lineEndings) {
  describe(`Compose diagnostics in Korean (${name})`, () => {
    for (const slip of slips) {
      test(`the notes' ${slip.code}: Korean under ko, English under en, both under both`, () => {
        const en = messageFor('en', slip.code, eol);
        const ko = messageFor('ko', slip.code, eol);
        assert.equal(en, slip.en);
        assert.match(ko, hangul);
        assert.ok(ko.includes(slip.koHas), ko);
        assert.equal(messageFor('both', slip.code, eol), `${ko}\n\n${en}`);
      });
    }

    test('enviroment: the Korean message suggests "environment" and its fix title is Korean', () => {
      const compose = composeDocument(notesMysqlCompose, eol);
      const titles = (language: DocsLanguage) => {
        const ctx = fakeContext({ docsLanguage: language });
        const typo = composeDiagnostics(compose, ctx).find((d) => d.code === 'unknown-key')!;
        return composeCodeActions(compose, typo.range, { diagnostics: [typo] }, ctx).map((a) => a.title);
      };
      assert.equal(messageFor('ko', 'unknown-key', eol), '"db" 아래에 알 수 없는 키 "enviroment"가 있어 Compose가 파일을 거부합니다. "environment"의 오타인가요?');
      assert.deepEqual(titles('en'), ['Change to "environment"']);
      assert.deepEqual(titles('ko'), ['"environment"로 바꾸기']);
      assert.deepEqual(titles('both'), ['"environment"로 바꾸기 / Change to "environment"']);
    });

    test('a service checked before in English is said again in Korean when the language changes', () => {
      const compose = composeDocument(notesMysqlCompose, eol);
      const english = composeDiagnostics(compose, fakeContext({ docsLanguage: 'en' })).map((d) => String(d.message));
      const korean = composeDiagnostics(compose, fakeContext({ docsLanguage: 'ko' })).map((d) => String(d.message));
      assert.equal(korean.length, english.length);
      for (const message of english) assert.doesNotMatch(message, hangul);
      for (const message of korean) assert.match(message, hangul, message);
    });

    test('every rule a varied set of files breaks speaks Korean under ko', () => {
      const sources: { lines: readonly string[]; world?: FakeWorld }[] = [
        { lines: notesMysqlCompose },
        { lines: ['- just a list'] },
        { lines: ['services:', '  web:', '    image: [nginx', '  db: {'] },
        { lines: ['services:', '  web:', '    image: x', '    image: y'] },
        {
          lines: [
            'version: "3.8"',
            'web:',
            '  image: nginx',
            'servces: {}',
            'services:',
            '  "bad name!":',
            '    image: x',
            '  web:',
            '    image: nginx',
            '    restart: sometimes',
            '    pull_policy: whenever',
            '    mem_limit: lots',
            '    stop_grace_period: 10',
            '    healthcheck:',
            '      interval: soon',
            '      test: ["CMDD", "true"]',
            '    privileged: maybe',
            '    ports: "80:80"',
            '    environment:',
            '      - API_TOKEN=abc123',
            '      - "NAME =x"',
            '    command: echo $HOME ${BROKEN',
            '    networks: [front, backnet]',
            '    network_mode: host',
            '    depends_on:',
            '      db:',
            '        condition: service_healthy',
            '      missing: {}',
            '    links: [db]',
            '    volumes:',
            '      - data:/data',
            '      - nodata:/data',
            '      - type: bind',
            '        source: relative',
            '        target: /x',
            '    env_file: ./nothing.env',
            '    build:',
            '      context: ./nowhere',
            '      dockerfile: Dockerfile',
            '      dockerfile_inline: FROM x',
            '    secrets: [nope]',
            '    container_name: same',
            '    scale: 2',
            '    deploy:',
            '      replicas: 3',
            '  db:',
            '    image: mysql',
            '    ports:',
            '      - "80:80"',
            '      - "70000:80"',
            '      - target: 99999',
            '      - published: 8080',
            '    depends_on: [web]',
            '    container_name: same',
            '    labels: 5',
            '    tmpfs: {}',
            '  nothing:',
            '  empty: {}',
            '  hostnet:',
            '    image: x',
            '    hostname:',
            'networks:',
            '  front: {}',
            '  unused: {}',
            '  ext:',
            '    external: true',
            '    driver: bridge',
            'volumes:',
            '  data: {}',
            'secrets:',
            '  loose: {}',
            '  both:',
            '    file: ./a',
            '    environment: A',
            'configs:',
            '  lonely: {}',
          ],
        },
      ];
      const seen = new Set<string>();
      for (const { lines, world } of sources) {
        for (const diagnostic of diagnoseIn('ko', lines, eol, world)) {
          seen.add(String(diagnostic.code));
          assert.match(String(diagnostic.message), hangul, `${String(diagnostic.code)}: ${String(diagnostic.message)}`);
        }
      }
      // The sweep is only worth something while it reaches most rules.
      assert.ok(seen.size >= 25, `only ${seen.size} rules reached: ${[...seen].sort().join(', ')}`);
    });
  });
}
