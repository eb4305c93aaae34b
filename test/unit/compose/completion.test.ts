/** Compose completion: keys at the cursor with snippets of the right shape, values, and names. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CompletionItem, CompletionList, InsertTextFormat, MarkupContent, TextEdit } from 'vscode-languageserver';
import { composeCompletion } from '../../../server/src/service/compose/completion';
import { fakeContext, FakeWorld, image, lineEndings, withCursor } from './support';

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
      const items = await complete(['|'], eol);
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
}
