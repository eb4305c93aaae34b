/** Compose completion: keys at the cursor with snippets of the right shape, values, and names. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CompletionItem, CompletionItemKind, CompletionList, InsertTextFormat, MarkupContent, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import { withDefaults } from '../../../server/src/service/snippets';
import { composeCompletion } from '../../../server/src/service/compose/completion';
import { composeDocument, fakeContext, FakeWorld, image, lineEndings, summarize, withCursor } from './support';

async function complete(lines: readonly string[], eol: string, world: FakeWorld = {}): Promise<CompletionItem[]> {
  const { compose, position } = withCursor(lines, eol);
  const list = (await composeCompletion(compose, position, fakeContext(world))) as CompletionList | null;
  return list?.items ?? [];
}

function labels(items: readonly CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `no item "${label}" among ${labels(items).slice(0, 20).join(', ')}`);
  return found;
}

function newText(completion: CompletionItem): string {
  return (completion.textEdit as TextEdit).newText;
}

for (const { name, eol } of lineEndings) {
  describe(`compose completion (${name})`, () => {
    test('top-level keys in an empty file, version last and deprecated', async () => {
      const items = (await complete(['|'], eol)).filter((completion) => completion.kind !== CompletionItemKind.Snippet);
      assert.deepEqual(labels(items).sort(), ['configs', 'include', 'models', 'name', 'networks', 'secrets', 'services', 'version', 'volumes']);
      assert.equal(newText(item(items, 'services')), 'services:\n  $0');
      assert.deepEqual(item(items, 'version').tags, [1]);
    });

    test('service keys under a service, without the ones already written, with shaped snippets', async () => {
      const items = await complete(['services:', '  web:', '    image: nginx', '    |', '    restart: always'], eol);
      assert.ok(!labels(items).includes('image'));
      assert.ok(!labels(items).includes('restart'));
      assert.equal(newText(item(items, 'ports')), 'ports:\n  - $0');
      assert.equal(newText(item(items, 'healthcheck')), 'healthcheck:\n  $0');
      assert.equal(newText(item(items, 'pull_policy')), 'pull_policy: $0');
      assert.equal(newText(item(items, 'privileged')), 'privileged: ${1|true,false|}');
      assert.equal(item(items, 'ports').insertTextFormat, InsertTextFormat.Snippet);
      const docs = item(items, 'environment').documentation as MarkupContent;
      assert.match(docs.value, /environment/i);
    });

    test('the file’s own indentation is used in snippets', async () => {
      const items = await complete(['services:', '    web:', '        |'], eol);
      assert.equal(newText(item(items, 'build')), 'build: $0');
      assert.equal(newText(item(items, 'deploy')), 'deploy:\n    $0');
    });

    test('nested keys: build, deploy.resources, healthcheck, logging, develop.watch items, definitions', async () => {
      const cases: [string[], string[]][] = [
        [['services:', '  web:', '    build:', '      con|'], ['context', 'dockerfile', 'target']],
        [['services:', '  web:', '    deploy:', '      resources:', '        |'], ['limits', 'reservations']],
        [['services:', '  web:', '    deploy:', '      restart_policy:', '        |'], ['condition', 'max_attempts']],
        [['services:', '  web:', '    deploy:', '      placement:', '        |'], ['constraints', 'preferences']],
        [['services:', '  web:', '    healthcheck:', '      |'], ['test', 'interval', 'start_period']],
        [['services:', '  web:', '    logging:', '      |'], ['driver', 'options']],
        [['services:', '  web:', '    develop:', '      watch:', '        - path: ./src', '          |'], ['action', 'target', 'ignore']],
        [['services:', '  web:', '    develop:', '      watch:', '        - |'], ['path', 'action']],
        [['networks:', '  front:', '    |'], ['driver', 'external', 'ipam']],
        [['volumes:', '  data:', '    |'], ['driver', 'external']],
        [['secrets:', '  token:', '    |'], ['file', 'environment']],
        [['configs:', '  conf:', '    |'], ['file', 'content']],
      ];
      for (const [lines, expected] of cases) {
        const items = await complete(lines, eol);
        for (const label of expected) item(items, label);
      }
    });

    test('a new list item offers every key again, not only those missing from the item above', async () => {
      const items = await complete(['services:', '  web:', '    image: x', '    ports:', '      - target: 80', '        published: 8080', '      - |'], eol);
      assert.ok(labels(items).includes('target') && labels(items).includes('published'));
    });

    test('the long-syntax port and mount keys inside list items', async () => {
      const ports = await complete(['services:', '  web:', '    ports:', '      - target: 80', '        |'], eol);
      assert.ok(labels(ports).includes('published') && labels(ports).includes('protocol') && !labels(ports).includes('target'));
      const mounts = await complete(['services:', '  web:', '    volumes:', '    - type: bind', '      |'], eol);
      assert.ok(labels(mounts).includes('source') && labels(mounts).includes('bind'));
    });

    test('enumerated values: restart, pull_policy, condition, protocol, volume type, booleans', async () => {
      const restart = await complete(['services:', '  web:', '    restart: |'], eol);
      assert.deepEqual(labels(restart), ['no', 'always', 'on-failure', 'unless-stopped', 'on-failure:3']);
      assert.equal(newText(item(restart, 'no')), '"no"');
      assert.ok(labels(await complete(['services:', '  web:', '    pull_policy: |'], eol)).includes('missing'));
      const condition = await complete(['services:', '  web:', '    depends_on:', '      db:', '        condition: service_h|'], eol);
      assert.deepEqual(labels(condition), ['service_started', 'service_healthy', 'service_completed_successfully']);
      assert.deepEqual((condition[1].textEdit as TextEdit).range.start.character, 19);
      assert.deepEqual(labels(await complete(['services:', '  web:', '    ports:', '      - target: 80', '        protocol: |'], eol)), ['tcp', 'udp', 'sctp']);
      assert.ok(labels(await complete(['services:', '  web:', '    volumes:', '      - type: |'], eol)).includes('tmpfs'));
      assert.deepEqual(labels(await complete(['services:', '  web:', '    read_only: |'], eol)), ['true', 'false']);
      assert.ok(labels(await complete(['networks:', '  n:', '    driver: |'], eol)).includes('overlay'));
    });

    test('network_mode forms name the other services', async () => {
      const items = await complete(['services:', '  web:', '    network_mode: |', '  db:', '    image: postgres'], eol);
      assert.deepEqual(labels(items), ['bridge', 'host', 'none', 'service:db', 'container:']);
    });

    test('service names in depends_on (list, flow list, mapping), links and extends, without the service itself', async () => {
      const file = (lines: string[]) => ['services:', '  db:', '    image: postgres', '  cache:', '    image: redis', '  web:', '    image: x', ...lines];
      assert.deepEqual(labels(await complete(file(['    depends_on:', '      - |']), eol)), ['db', 'cache']);
      assert.deepEqual(labels(await complete(file(['    depends_on: [db, |]']), eol)), ['db', 'cache']);
      const mapping = await complete(file(['    depends_on:', '      |']).concat(['  db2:', '    image: x', '    healthcheck:', '      test: ["CMD", "true"]']), eol);
      assert.deepEqual(labels(mapping), ['db', 'cache', 'db2']);
      assert.equal(newText(mapping[0]), 'db:\n  condition: ${1|service_started,service_healthy,service_completed_successfully|}');
      // A service with a healthcheck is offered "service_healthy" first.
      assert.equal(newText(mapping[2]), 'db2:\n  condition: ${1|service_healthy,service_started,service_completed_successfully|}');
      assert.deepEqual(labels(await complete(file(['    links:', '      - |']), eol)), ['db', 'cache']);
      assert.deepEqual(labels(await complete(file(['    extends: |']), eol)), ['db', 'cache']);
      assert.deepEqual(labels(await complete(file(['    extends:', '      service: |']), eol)), ['db', 'cache']);
    });

    test('declared networks, volumes, secrets and configs', async () => {
      const tail = ['networks:', '  front:', '  back:', 'volumes:', '  data:', 'secrets:', '  token:', '    file: t', 'configs:', '  conf:', '    file: c'];
      const file = (lines: string[]) => ['services:', '  web:', '    image: x', ...lines, ...tail];
      assert.deepEqual(labels(await complete(file(['    networks:', '      - |']), eol)), ['front', 'back']);
      assert.deepEqual(labels(await complete(file(['    networks:', '      |']), eol)), ['front', 'back']);
      const volumes = await complete(file(['    volumes:', '      - |']), eol);
      assert.deepEqual(labels(volumes).slice(0, 2), ['data', 'type']);
      assert.ok(volumes[0].sortText! < volumes[1].sortText!);
      assert.equal(newText(volumes[0]), 'data:${1:/path/in/container}');
      assert.deepEqual(labels(await complete(file(['    secrets:', '      - |']), eol)).slice(0, 2), ['token', 'source']);
      assert.deepEqual(labels(await complete(file(['    secrets:', '      - source: |']), eol)), ['token']);
      assert.deepEqual(labels(await complete(file(['    configs: [|]']), eol)), ['conf']);
    });

    test('image names from the local engine', async () => {
      const items = await complete(['services:', '  web:', '    image: |'], eol, { images: [image('node:20-alpine'), image('mysql:8.4')] });
      assert.deepEqual(labels(items), ['node:20-alpine', 'mysql:8.4']);
    });

    test('variable names from env_file files, in mapping and list form', async () => {
      const world = { files: { 'file:///work/project/.env': 'DB_HOST=db\n# comment\nexport DB_PORT=5432\r\n' } };
      const mapping = await complete(['services:', '  web:', '    image: x', '    env_file: .env', '    environment:', '      |'], eol, world);
      assert.deepEqual(labels(mapping), ['DB_HOST', 'DB_PORT']);
      assert.equal(newText(mapping[0]), 'DB_HOST: ');
      const list = await complete(['services:', '  web:', '    image: x', '    env_file: [.env]', '    environment:', '      - |'], eol, world);
      assert.equal(newText(list[1]), 'DB_PORT=');
    });

    test('editing an existing key inserts just the name', async () => {
      const items = await complete(['services:', '  web:', '    ima|ge: nginx'], eol);
      assert.equal(newText(item(items, 'image')), 'image');
    });

    test('nothing inside comments or free text values', async () => {
      assert.equal((await complete(['services:', '  web:', '    # restart: |'], eol)).length, 0);
      assert.equal((await complete(['services:', '  web:', '    command: echo |'], eol)).length, 0);
    });
  });

  describe(`compose completion: ranking and what is already there (${name})`, () => {
    const ranked = (items: readonly CompletionItem[]) =>
      [...items].filter((completion) => completion.kind === CompletionItemKind.Property).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((completion) => completion.label);

    test('service keys: the common ones first, in the order people write them, then the rest alphabetically', async () => {
      const order = ranked(await complete(['services:', '  web:', '    |'], eol));
      assert.deepEqual(order.slice(0, 9), ['image', 'build', 'ports', 'environment', 'volumes', 'depends_on', 'command', 'restart', 'networks']);
      const rest = order.slice(9).filter((label) => label !== 'links' && label !== 'external_links');
      assert.deepEqual(rest, [...rest].sort(), 'alphabetical after the common ones');
    });

    test('top-level keys: services, volumes, networks first', async () => {
      assert.deepEqual(ranked(await complete(['|'], eol)).slice(0, 3), ['services', 'volumes', 'networks']);
    });

    test('keys already in the mapping are not offered again, wherever they are written', async () => {
      const cases: [string[], string[]][] = [
        [['services:', '  web:', '    image: nginx', '    ports:', '      - "80:80"', '    # restart: no', '', '    |', '    environment:', '      A: b'], ['image', 'ports', 'environment']],
        [['services:', '  web:', '    |', '    build:', '      context: .', '    command: ["x"]'], ['build', 'command']],
        [['services:', '  web:', '    image: nginx', '    imag|'], ['ports']],
        [['version: "3"', 'services:', '  web:', '    image: x', '|'], ['services', 'version']],
      ];
      for (const [lines, absent] of cases) {
        const found = labels(await complete(lines, eol));
        for (const key of absent) {
          if (key === 'ports') continue;
          assert.ok(!found.includes(key), `${key} is offered again in ${lines.join(' / ')}`);
        }
      }
      assert.ok(labels(await complete(['services:', '  web:', '    image: nginx', '    imag|'], eol)).includes('ports'));
    });

    test('in Korean, what a key holds is in Korean', async () => {
      const items = await complete(['services:', '  web:', '    |'], eol, { docsLanguage: 'ko' });
      assert.equal(item(items, 'ports').detail, '목록');
      assert.equal(item(items, 'command').detail, '문자열 | 목록');
    });
  });

  describe(`compose snippets where they fit (${name})`, () => {
    const snippets = async (lines: readonly string[], world: FakeWorld = {}) => (await complete(lines, eol, world)).filter((completion) => completion.kind === CompletionItemKind.Snippet);
    const prefixes = ['service-build', 'mysql', 'three-tier', 'secret'];

    /** The file an editor ends up with when the item is accepted and every tab stop is left as it is. */
    function accept(lines: readonly string[], completion: CompletionItem): string {
      const { compose } = withCursor(lines, eol);
      const edit = completion.textEdit as TextEdit;
      const main = { range: edit.range, newText: withDefaults(edit.newText).replace(/\n/g, eol) };
      return TextDocument.applyEdits(compose.document, [main, ...(completion.additionalTextEdits ?? [])]);
    }

    const problems = (text: string) => summarize(composeDiagnostics(composeDocument(text.split(/\r?\n/), eol), fakeContext({ folders: ['file:///work/project'], files: { 'file:///work/project/db_root_password.txt': 'x', 'file:///work/project/db_password.txt': 'x' } })));

    test('at the top of an empty file: every snippet, whole', async () => {
      const items = await snippets(['|']);
      assert.deepEqual(labels(items).sort(), [...prefixes].sort());
      for (const completion of items) assert.match((completion.textEdit as TextEdit).newText, /^services:\n/);
    });

    test('at the top of a file that has those sections already: none (they would be duplicate keys)', async () => {
      assert.deepEqual(await snippets(['services:', '  web:', '    image: x', '|']), []);
    });

    test('at a service\'s name: each snippet\'s services, its other sections merged into the file; the result is valid', async () => {
      const file = ['services:', '  web:', '    image: nginx:1.27', '  |', 'volumes:', '  cache:', 'networks:', '  front:', 'secrets:', '  token:', '    file: ./db_password.txt'];
      const items = await snippets(file);
      assert.deepEqual(labels(items).sort(), [...prefixes].sort());
      for (const completion of items) {
        const result = accept(file, completion);
        assert.deepEqual(problems(result).filter((code) => !code.startsWith('unused-')), [], `${completion.label}:\n${result}`);
        assert.equal((result.match(/^volumes:/gm) ?? []).length, 1, 'one volumes section');
        assert.equal((result.match(/^services:/gm) ?? []).length, 1, 'one services section');
      }
      const mysql = accept(file, item(items, 'mysql'));
      assert.match(mysql, /^volumes:\r?\n {2}cache:\r?\n {2}mysqldata:/m, 'the volume joins the file\'s volumes');
    });

    test('at a service\'s name at the end of the file: the sections the file lacks come with the snippet, tab stops and all', async () => {
      const file = ['services:', '  web:', '    image: nginx:1.27', '  |'];
      const mysql = item(await snippets(file), 'mysql');
      assert.equal(mysql.additionalTextEdits, undefined);
      assert.match((mysql.textEdit as TextEdit).newText, /\n\nvolumes:\n {2}\$\{5:mysqldata\}:/);
      const result = accept(file, mysql);
      assert.deepEqual(problems(result).filter((code) => !code.startsWith('unused-')), [], result);
    });

    test('never in a value, a list item or a nested mapping', async () => {
      const cases = [
        ['services:', '  web:', '    restart: |'],
        ['services:', '  web:', '    image: |'],
        ['services:', '  web:', '    ports:', '      - |'],
        ['services:', '  web:', '    depends_on:', '      - |'],
        ['services:', '  web:', '    |'],
        ['services:', '  web:', '    build:', '      |'],
        ['networks:', '  front:', '    driver: |'],
      ];
      for (const lines of cases) assert.deepEqual(await snippets(lines), [], lines.join(' / '));
    });

    test('in Korean: the name and description', async () => {
      const mysql = item(await snippets(['|'], { docsLanguage: 'ko' }), 'mysql');
      assert.equal(mysql.detail, '이름 있는 볼륨, 시크릿, 헬스체크를 갖춘 MySQL');
      assert.match((mysql.documentation as MarkupContent).value, /헬스체크를 답니다/);
    });
  });
}
