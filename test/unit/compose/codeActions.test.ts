/** Compose quick fixes: applied to the document, the diagnostic they fix is gone. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CodeAction, CodeActionKind, CreateFile, Diagnostic, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCompose } from '../../../server/src/compose/model';
import { composeCodeActions } from '../../../server/src/service/compose/codeActions';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import { composeDocument, composeUri, fakeContext, lineEndings, summarize } from './support';

const ctx = fakeContext({ folders: ['file:///work/project', 'file:///work/project/web'] });

function diagnose(text: string): Diagnostic[] {
  return composeDiagnostics(parseCompose(TextDocument.create(composeUri, 'dockercompose', 1, text)), ctx);
}

function actionsFor(lines: readonly string[], eol: string, code: string) {
  const compose = composeDocument(lines, eol);
  const diagnostics = composeDiagnostics(compose, ctx).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `no ${code} diagnostic`);
  return { compose, diagnostic: diagnostics[0], actions: composeCodeActions(compose, diagnostics[0].range, { diagnostics }, ctx) };
}

/** Applies the action's edits to the compose file (edits to other files are checked by the tests themselves). */
function apply(text: string, action: CodeAction): string {
  const edits = action.edit!.changes?.[composeUri] ??
    action.edit!.documentChanges!.filter((change): change is TextDocumentEdit => 'textDocument' in change && change.textDocument.uri === composeUri).flatMap((change) => change.edits as TextEdit[]);
  return TextDocument.applyEdits(TextDocument.create(composeUri, 'dockercompose', 1, text), edits);
}

function fixOnce(lines: readonly string[], eol: string, code: string, which = 0): { text: string; title: string; action: CodeAction } {
  const { compose, actions } = actionsFor(lines, eol, code);
  assert.ok(actions.length > which, `no fix for ${code}`);
  const action = actions[which];
  const text = apply(compose.text, action);
  assert.ok(!diagnose(text).some((d) => d.code === code), `${code} still reported after "${action.title}":\n${text}`);
  return { text, title: action.title, action };
}

for (const { name, eol } of lineEndings) {
  const join = (lines: string[]) => lines.join(eol);
  describe(`compose quick fixes (${name})`, () => {
    test('fix a key typo from the notes: enviroment → environment', () => {
      const { text, title } = fixOnce(['services:', '  db:', '    image: mysql', '    enviroment:', '      - MYSQL_DATABASE=jjdb'], eol, 'unknown-key');
      assert.equal(title, 'Change to "environment"');
      assert.equal(text, join(['services:', '  db:', '    image: mysql', '    environment:', '      - MYSQL_DATABASE=jjdb']));
    });

    test('the notes’ top-level service (000, "도커 컴포즈 명령어") moves under services:', () => {
      const note = [
        '# 서비스명',
        'node-js:',
        '#  도커 허브에서 이미지에서 가져올 수도있고 직접 빌드할 수 있따.',
        '# 빌드할 때는 Dockerfile 위치를 표시해주면된다.',
        ' build: "."',
        ' # 컨테이너네임',
        ' container_name: "node_test"',
        ' # 작업 장소 -> Dokcerfile에 설정했으면 설정안해도된다.',
        ' working_dir: "/app"',
        ' # 호스트 포트와 맵핑',
        ' ports:',
        '  - "3000:3000"',
      ];
      const { diagnostic } = actionsFor(note, eol, 'unknown-key');
      assert.match(String(diagnostic.message), /"node-js" looks like a service.*"services:"/);
      const { text } = fixOnce(note, eol, 'unknown-key');
      assert.deepEqual(summarize(diagnose(text)), []);
      assert.equal(text.split(eol).slice(1, 3).join('|'), 'services:| node-js:');
    });

    test('remove the obsolete version line and the blank line after it', () => {
      const { text } = fixOnce(["version : '3'", '', 'services:', '  db:', '    image: mysql'], eol, 'obsolete-version');
      assert.equal(text, join(['services:', '  db:', '    image: mysql']));
    });

    test('declare a missing network in an existing section, or a new one', () => {
      const existing = fixOnce(['services:', '  web:', '    image: x', '    networks: [back]', 'networks:', '  front:', '    driver: bridge'], eol, 'undeclared-network');
      assert.equal(existing.text, join(['services:', '  web:', '    image: x', '    networks: [back]', 'networks:', '  front:', '    driver: bridge', '  back:']));
      const missing = fixOnce(['services:', '  web:', '    image: x', '    volumes: ["data:/data"]', ''], eol, 'undeclared-volume');
      assert.equal(missing.text, join(['services:', '  web:', '    image: x', '    volumes: ["data:/data"]', '', 'volumes:', '  data:', '']));
      const empty = fixOnce(['services:', '  web:', '    image: x', '    networks: [back]', 'networks:'], eol, 'undeclared-network');
      assert.equal(empty.text, join(['services:', '  web:', '    image: x', '    networks: [back]', 'networks:', '  back:']));
    });

    test('a typo in a reference is fixed to the declared name', () => {
      const { text } = fixOnce(['services:', '  web:', '    image: x', '    depends_on: [dbb]', '  db:', '    image: y'], eol, 'unknown-service');
      assert.match(text, /depends_on: \[db\]/);
    });

    test('a healthcheck test list gets "CMD" in front, or its typo corrected', () => {
      const flow = fixOnce(['services:', '  web:', '    image: x', '    healthcheck:', '      test: ["curl", "-f", "http://localhost"]'], eol, 'invalid-healthcheck-test');
      assert.match(flow.text, /test: \["CMD", "curl", "-f", "http:\/\/localhost"\]/);
      const block = fixOnce(['services:', '  web:', '    image: x', '    healthcheck:', '      test:', '        - curl', '        - -f'], eol, 'invalid-healthcheck-test');
      assert.equal(block.text, join(['services:', '  web:', '    image: x', '    healthcheck:', '      test:', '        - CMD', '        - curl', '        - -f']));
      const typo = fixOnce(['services:', '  web:', '    image: x', '    healthcheck:', '      test: ["CMD_SHELL", "pg_isready"]'], eol, 'invalid-healthcheck-test');
      assert.match(typo.text, /\["CMD-SHELL", "pg_isready"\]/);
    });

    test('a single value where a list belongs is wrapped; an unused declaration is removed', () => {
      const { text } = fixOnce(['services:', '  web:', '    image: x', '    ports: "80:80"'], eol, 'wrong-type');
      assert.match(text, /ports: \["80:80"\]/);
      const unused = fixOnce(['services:', '  web:', '    image: x', '    volumes: [logs:/logs]', 'volumes:', '  data:', '    driver: local', '  logs:', ''], eol, 'unused-declaration');
      assert.equal(unused.text, join(['services:', '  web:', '    image: x', '    volumes: [logs:/logs]', 'volumes:', '  logs:', '']));
    });

    test('escape a lone $ as $$', () => {
      const { text } = fixOnce(['services:', '  web:', '    image: x', '    command: echo costs $ 5'], eol, 'invalid-interpolation');
      assert.match(text, /costs \$\$ 5/);
    });

    test('remove the space after = in list-form environment', () => {
      const { text } = fixOnce(['services:', '  db:', '    image: mysql', '    environment:', '      - "MYSQL_DATABASE= jjdb"'], eol, 'env-space-around-equals');
      assert.match(text, /- "MYSQL_DATABASE=jjdb"/);
    });

    test('read a plain-text password from the environment instead', () => {
      const mapping = fixOnce(['services:', '  db:', '    image: mysql', '    environment:', '      MYSQL_ROOT_PASSWORD: jjcoding'], eol, 'plain-text-secret', 1);
      assert.match(mapping.text, /MYSQL_ROOT_PASSWORD: \$\{MYSQL_ROOT_PASSWORD\}/);
      const list = fixOnce(['services:', '  db:', '    image: mysql', '    environment:', '      - MYSQL_ROOT_PASSWORD=jjcoding'], eol, 'plain-text-secret', 1);
      assert.match(list.text, /- MYSQL_ROOT_PASSWORD=\$\{MYSQL_ROOT_PASSWORD\}/);
    });

    test('move the notes’ plain-text password into a secret file', () => {
      const { text, title, action } = fixOnce(['services:', '  db:', '    image: mysql', '    environment:', '      - MYSQL_ROOT_PASSWORD=jjcoding', '      - MYSQL_DATABASE=jjdb', ''], eol, 'plain-text-secret');
      assert.match(title, /Move to a secret: MYSQL_ROOT_PASSWORD_FILE=\/run\/secrets\/mysql_root_password/);
      assert.equal(
        text,
        join(['services:', '  db:', '    image: mysql', '    secrets: [mysql_root_password]', '    environment:', '      - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root_password', '      - MYSQL_DATABASE=jjdb', '', 'secrets:', '  mysql_root_password:', '    file: ./mysql_root_password.txt', '']),
      );
      assert.deepEqual(summarize(diagnose(text)), []);
      const [create, content] = action.edit!.documentChanges!;
      assert.deepEqual(create, { kind: 'create', uri: 'file:///work/project/mysql_root_password.txt', options: { ignoreIfExists: true } } satisfies CreateFile);
      assert.equal(((content as TextDocumentEdit).edits[0] as TextEdit).newText, 'jjcoding');
    });

    test('moving to a secret adds to an existing secrets list and section', () => {
      const lines = ['services:', '  db:', '    image: postgres', '    secrets:', '      - other', '    environment:', '      POSTGRES_PASSWORD: hunter2', 'secrets:', '  other:', '    file: ./other.txt'];
      const { text } = fixOnce(lines, eol, 'plain-text-secret');
      assert.equal(
        text,
        join(['services:', '  db:', '    image: postgres', '    secrets:', '      - other', '      - postgres_password', '    environment:', '      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password', 'secrets:', '  other:', '    file: ./other.txt', '  postgres_password:', '    file: ./postgres_password.txt']),
      );
      const existingFile = composeCodeActions(composeDocument(lines, eol), { start: { line: 6, character: 25 }, end: { line: 6, character: 25 } }, { diagnostics: composeDiagnostics(composeDocument(lines, eol), ctx) }, fakeContext({ files: { 'file:///work/project/postgres_password.txt': 'x' } }));
      assert.ok(!existingFile.some((action) => action.title.startsWith('Move to a secret')), 'never overwrites an existing file');
    });

    test('links between services on a shared network become depends_on (or go); aliases and network_mode keep them', () => {
      const { text } = fixOnce(['services:', '  web:', '    image: x', '    links:', '      - db', '  db:', '    image: y'], eol, 'legacy-links');
      assert.equal(text, join(['services:', '  web:', '    image: x', '    depends_on:', '      - db', '  db:', '    image: y']));
      const ordered = fixOnce(['services:', '  web:', '    image: x', '    depends_on: [db]', '    links:', '      - db', '  db:', '    image: y'], eol, 'legacy-links');
      assert.equal(ordered.text, join(['services:', '  web:', '    image: x', '    depends_on: [db]', '  db:', '    image: y']));
      assert.equal(actionsFor(['services:', '  web:', '    image: x', '    links: ["db:database"]', '  db:', '    image: y'], eol, 'legacy-links').actions.length, 0);
      const shared = ['services:', '  web:', '    image: x', '    networks: [front, back]', '    links: [db]', '  db:', '    image: y', '    networks:', '      back:', 'networks:', '  front:', '  back:'];
      assert.equal(actionsFor(shared, eol, 'legacy-links').actions.length, 1);
      assert.equal(actionsFor(['services:', '  web:', '    image: x', '    network_mode: host', '    links: [db]', '  db:', '    image: y'], eol, 'legacy-links').actions.length, 0);
    });

    test('links to services on other networks: they join one of this service’s networks, in the form their networks are written', () => {
      const sections = ['networks:', '  front:', '  back:', '  other:'];
      // A mapping of networks gets one more key.
      const mapping = fixOnce(['services:', '  web:', '    image: x', '    networks: [front, back]', '    links: [db]', '  db:', '    image: y', '    networks:', '      other:', ...sections], eol, 'legacy-links');
      assert.equal(mapping.text, join(['services:', '  web:', '    image: x', '    networks: [front, back]', '    depends_on: [db]', '  db:', '    image: y', '    networks:', '      other:', '      front:', ...sections]));
      assert.equal(mapping.title, 'Put "db" on network "front" and replace "links" with "depends_on"');
      assert.deepEqual(summarize(diagnose(mapping.text)), []);
      // Block and flow lists get one more item; a service without networks keeps the default network it was on.
      const lists = fixOnce(
        ['services:', '  web:', '    image: x', '    depends_on: [db, cache, queue]', '    networks:', '      - back', '    links:', '      - db', '      - cache', '      - queue', '  db:', '    image: y', '    networks:', '      - other # the old one', '  cache:', '    image: z', '    networks: [other]', '  queue:', '    image: q', ...sections],
        eol,
        'legacy-links',
      );
      assert.equal(
        lists.text,
        join(['services:', '  web:', '    image: x', '    depends_on: [db, cache, queue]', '    networks:', '      - back', '  db:', '    image: y', '    networks:', '      - other # the old one', '      - back', '  cache:', '    image: z', '    networks: [other, back]', '  queue:', '    networks: [default, back]', '    image: q', ...sections]),
      );
      assert.equal(lists.title, 'Put "db", "cache", "queue" on network "back" and remove "links" ("depends_on" already orders them)');
      assert.deepEqual(summarize(diagnose(lists.text)).filter((line) => !line.includes('unused-declaration')), []);
      // With no networks anywhere everyone shares the default network; a service on its own networks joins it.
      const onItsOwn = ['services:', '  web:', '    image: x', '    links: [db]', '  db:', '    image: y', '    networks: [other]', 'networks:', '  other:'];
      const toDefault = fixOnce(onItsOwn, eol, 'legacy-links');
      assert.equal(toDefault.text, join(['services:', '  web:', '    image: x', '    depends_on: [db]', '  db:', '    image: y', '    networks: [other, default]', 'networks:', '  other:']));
      const { compose, diagnostic } = actionsFor(onItsOwn, eol, 'legacy-links');
      const korean = composeCodeActions(compose, diagnostic.range, { diagnostics: [diagnostic] }, { ...ctx, docsLanguage: 'ko' });
      assert.equal(korean[0].title, '"db"를 "default" 네트워크에 넣고 "links"를 "depends_on"으로 바꾸기');
    });

    test('convert environment from list form to mapping form and back', () => {
      const lines = ['services:', '  db:', '    image: mysql', '    environment:', '      - MYSQL_DATABASE=jjdb', '      - "GREETING=a: b"', '      - EMPTY', '    ports: ["3307:3306"]'];
      const compose = composeDocument(lines, eol);
      const at: Range = { start: { line: 4, character: 10 }, end: { line: 4, character: 10 } };
      const toMapping = composeCodeActions(compose, at, { diagnostics: [] }, ctx);
      assert.equal(toMapping.length, 1);
      assert.equal(toMapping[0].kind, CodeActionKind.RefactorRewrite);
      const mapped = apply(compose.text, toMapping[0]);
      assert.equal(mapped, join(['services:', '  db:', '    image: mysql', '    environment:', '      MYSQL_DATABASE: jjdb', '      GREETING: "a: b"', '      EMPTY:', '    ports: ["3307:3306"]']));
      const back = composeCodeActions(composeDocument(mapped.split(eol), eol), at, { diagnostics: [] }, ctx);
      assert.equal(apply(mapped, back[0]), join(['services:', '  db:', '    image: mysql', '    environment:', '      - MYSQL_DATABASE=jjdb', '      - "GREETING=a: b"', '      - EMPTY', '    ports: ["3307:3306"]']));
    });

    test('titles follow the reader’s language', () => {
      const compose = composeDocument(["version: '3'", 'services: {}'], eol);
      const diagnostics = composeDiagnostics(compose, ctx);
      const actions = composeCodeActions(compose, diagnostics[0].range, { diagnostics }, fakeContext({ docsLanguage: 'ko' }));
      assert.equal(actions[0].title, '쓰지 않는 "version" 지우기');
    });
  });
}
