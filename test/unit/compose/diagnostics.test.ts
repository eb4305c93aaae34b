/** Compose diagnostics: each rule fires on what `docker compose` rejects, and stays quiet on valid files. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCompose } from '../../../server/src/compose/model';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import { composeDocument, fakeContext, FakeWorld, lineEndings, summarize } from './support';
import { notesMysqlCompose } from '../../support/notesExamples';

const repoRoot = join(__dirname, '../../../..');
const corpusDir = join(repoRoot, '..', 'shared', 'corpus', 'compose');

function diagnose(lines: readonly string[], eol: string, world: FakeWorld = {}): Diagnostic[] {
  return composeDiagnostics(composeDocument(lines, eol), fakeContext(world));
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

function only(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

for (const { name, eol } of lineEndings) {
  describe(`compose diagnostics (${name})`, () => {
    test('the notes’ MySQL file: obsolete version, enviroment typo, space after =, plain-text password', () => {
      const diagnostics = diagnose(notesMysqlCompose, eol);
      assert.deepEqual(summarize(diagnostics), [
        'obsolete-version@0:0',
        'unknown-key@8:8',
        'plain-text-secret@9:14',
        'env-space-around-equals@10:14',
      ]);
      const typo = only(diagnostics, 'unknown-key')[0];
      assert.equal(typo.severity, DiagnosticSeverity.Error);
      assert.match(String(typo.message), /"enviroment".*Did you mean "environment"\?/);
      assert.deepEqual(typo.data, { replacement: 'environment' });
      assert.equal(only(diagnostics, 'obsolete-version')[0].severity, DiagnosticSeverity.Warning);
      assert.match(String(only(diagnostics, 'env-space-around-equals')[0].message), /MYSQL_DATABASE=jjdb/);
      assert.match(String(only(diagnostics, 'plain-text-secret')[0].message), /MYSQL_ROOT_PASSWORD.*secrets/);
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.source, 'dockside');
        assert.match(diagnostic.codeDescription!.href, /^https:\/\/docs\.docker\.com\/reference\/compose-file\//);
      }
    });

    test('the issue’s four: restart: sometimes, unknown depends_on, undeclared network, port 70000', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  web:',
          '    image: nginx',
          '    restart: sometimes',
          '    depends_on: [dbb]',
          '    networks: [front]',
          '    ports:',
          '      - "70000:80"',
          '  db:',
          '    image: postgres',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), ['invalid-value@3:13', 'unknown-service@4:17', 'undeclared-network@5:15', 'invalid-port@7:8']);
      assert.ok(diagnostics.every((d) => d.severity === DiagnosticSeverity.Error));
      assert.match(String(diagnostics[0].message), /"sometimes".*"no", "always", "on-failure", "unless-stopped"/);
      assert.match(String(diagnostics[1].message), /Did you mean "db"\?/);
      assert.match(String(diagnostics[2].message), /Network "front".*top-level "networks:"/);
      assert.match(String(diagnostics[3].message), /70000.*1 to 65535/);
    });

    test('a valid file, with the forms that look wrong but are not, has no diagnostics', () => {
      const diagnostics = diagnose(
        [
          'name: shop',
          'x-common: &common',
          '  restart: on-failure:3',
          'services:',
          '  web:',
          '    <<: *common',
          '    build:',
          '      context: .',
          '      dockerfile: Dockerfile',
          '    command: sh -c "echo $$HOME ${GREETING:-hi} $USER"',
          '    ports: ["8080:80", "127.0.0.1:9229:9229", "53:53/udp", "53:53/tcp", 3000, "9000-9001:9000-9001"]',
          '    networks:',
          '      default:',
          '      back:',
          '        aliases: [api]',
          '    depends_on:',
          '      db: { condition: service_healthy }',
          '    environment:',
          '      DB_PASSWORD_FILE: /run/secrets/db',
          '      API_TOKEN: ${API_TOKEN}',
          '    secrets: [db]',
          '    pull_policy: every_12h',
          '    deploy:',
          '      replicas: 2',
          '      resources: { limits: { memory: 512m, cpus: "0.5" } }',
          '    healthcheck:',
          '      test: curl -f http://localhost || exit 1',
          '      interval: 1m30s',
          '  db:',
          '    image: postgres:16',
          '    volumes: [dbdata:/var/lib/postgresql/data, ./init:/docker-entrypoint-initdb.d:ro]',
          '    network_mode: "service:web"',
          '    healthcheck:',
          '      test: ["CMD-SHELL", "pg_isready"]',
          'networks:',
          '  back:',
          'volumes:',
          '  dbdata:',
          'secrets:',
          '  db:',
          '    file: ./db.txt',
        ],
        eol,
        { folders: ['file:///work/project'] },
      );
      assert.deepEqual(summarize(diagnostics), []);
    });

    test('a broad valid file (anchors, long syntaxes, deploy, develop, ipam, hooks) has no diagnostics', () => {
      const lines = readFileSync(join(repoRoot, 'test', 'unit', 'compose', 'fixtures', 'broad.compose.yaml'), 'utf8').split(/\r?\n/);
      assert.deepEqual(summarize(diagnose(lines, eol, { folders: ['file:///work/project'] })), []);
    });

    test('an old version number: obsolete, and refused unquoted (compose-go validates `version` as a string before it drops it)', () => {
      assert.deepEqual(summarize(diagnose(['version: "3.8"', 'services:', '  web:', '    image: x'], eol)), ['obsolete-version@0:0']);
      assert.deepEqual(summarize(diagnose(['version: 3.8', 'services:', '  web:', '    image: x'], eol)), ['obsolete-version@0:0', 'wrong-type@0:9']);
    });

    test('wrong types name what was expected', () => {
      const diagnostics = diagnose(
        ['services:', '  web:', '    image: nginx', '    ports: "80:80"', '    privileged: maybe', '    user: 1000', '    environment:', '      - A=1'],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), ['wrong-type@3:11', 'wrong-type@4:16', 'wrong-type@5:10']);
      assert.match(String(diagnostics[0].message), /"ports" must be a list/);
      assert.match(String(diagnostics[1].message), /true or false/);
      assert.deepEqual(summarize(diagnose(['services:', '  web:', '    image: x', '    privileged: yes', '    tty: "false"'], eol)), []);
    });

    test('an empty scalar value is reported on its key', () => {
      const diagnostics = diagnose(['services:', '  web:', '    image:', '    restart:'], eol);
      assert.deepEqual(summarize(diagnostics), ['wrong-type@2:4', 'wrong-type@3:4']);
    });

    test('durations and sizes', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  web:',
          '    image: nginx',
          '    stop_grace_period: 10',
          '    mem_limit: lots',
          '    shm_size: 64mb',
          '    healthcheck:',
          '      interval: 5 s',
          '      timeout: 500ms',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), ['invalid-duration@3:23', 'invalid-size@4:15', 'invalid-duration@7:16']);
      assert.match(String(diagnostics[0].message), /"10s"/);
    });

    test('invalid service names and unknown top-level keys', () => {
      const diagnostics = diagnose(['servces:', '  web:', '    image: nginx', 'services:', '  "my web":', '    image: nginx'], eol);
      assert.deepEqual(summarize(diagnostics), ['unknown-key@0:0', 'invalid-name@4:2']);
      assert.match(String(diagnostics[0].message), /Did you mean "services"/);
    });

    test('ports: syntax, protocol, ranges and duplicates on the same host IP and protocol', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  a:',
          '    image: nginx',
          '    ports:',
          '      - "8080:80"',
          '      - "8080:81"',
          '      - "8080:80/udp"',
          '      - "127.0.0.1:8080:80"',
          '      - "80:80/tcpx"',
          '      - "9000-9002:80-81"',
          '      - target: 0',
          '  b:',
          '    image: nginx',
          '    ports:',
          '      - published: 8080',
          '        target: 80',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), [
        'duplicate-host-port@5:8',
        'invalid-port@8:8',
        'invalid-port@9:8',
        'invalid-port@10:16',
        'duplicate-host-port@14:8',
      ]);
      assert.match(String(diagnostics[0].message), /8080\/tcp.*earlier in this service/);
      assert.match(String(diagnostics[4].message), /service "a"/);
    });

    test('undeclared volumes, secrets and configs; bind paths are not volumes', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  web:',
          '    image: nginx',
          '    volumes:',
          '      - data:/data',
          '      - ./site:/usr/share/nginx/html',
          '      - /var/run/docker.sock:/var/run/docker.sock',
          '      - type: volume',
          '        source: cache',
          '        target: /cache',
          '      - /anonymous',
          '    secrets: [token]',
          '    configs:',
          '      - source: nginx_conf',
          '        target: /etc/nginx/nginx.conf',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), ['undeclared-volume@4:8', 'undeclared-volume@8:16', 'undeclared-secret@11:14', 'undeclared-config@13:16']);
      assert.deepEqual(diagnostics[0].data, { replacement: undefined, declare: { section: 'volumes', name: 'data' } });
    });

    test('depends_on cycles, links, extends and network_mode service references', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  a:',
          '    image: x',
          '    depends_on: [b]',
          '  b:',
          '    image: x',
          '    depends_on:',
          '      a:',
          '        condition: service_started',
          '    links: [c:alias]',
          '  c:',
          '    extends: ghost',
          '    network_mode: service:nobody',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), ['depends-on-cycle@7:6', 'legacy-links@9:4', 'unknown-service@11:13', 'unknown-service@12:26']);
      assert.match(String(diagnostics[0].message), /a → b → a/);
      assert.equal(diagnostics[1].severity, DiagnosticSeverity.Warning);
    });

    test('consistency rules beyond the schema', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  nothing:',
          '    restart: always',
          '  web:',
          '    image: x',
          '    network_mode: host',
          '    networks: [default]',
          '    healthcheck:',
          '      test: ["curl", "-f", "http://localhost"]',
          '    volumes: ["./a:/data", "./b:/data/"]',
          '    scale: 2',
          '    container_name: web',
          '    deploy:',
          '      replicas: 3',
          '    build:',
          '      dockerfile: Dockerfile',
          '      dockerfile_inline: FROM alpine',
          'configs:',
          '  conf:',
          '    file: ./a.conf',
          '    content: x',
          'secrets:',
          '  s:',
          '    file: ./s.txt',
          '    environment: S',
          'volumes:',
          '  ext:',
          '    external: true',
          '    driver: local',
        ],
        eol,
      ).filter((d) => d.code !== 'unused-declaration');
      assert.deepEqual(summarize(diagnostics), [
        'missing-image@1:2',
        'network-mode-with-networks@6:14',
        'invalid-healthcheck-test@8:13',
        'duplicate-mount-target@9:27',
        'scale-replicas-mismatch@10:11',
        'container-name-with-replicas@11:4',
        'dockerfile-conflict@15:6',
        'conflicting-sources@20:4',
        'conflicting-sources@24:4',
        'external-with-other-keys@28:4',
      ]);
    });

    test('interpolation: a lone $ must be $$; ${…} must be closed and well-formed', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  web:',
          '    image: "nginx:${TAG:-latest}"',
          '    command: echo costs $ 5 and $$ and ${HOME} and ${1BAD} and ${UNCLOSED',
          '    environment:',
          '      PRICE: "$"',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), [
        'invalid-interpolation@3:24',
        'invalid-interpolation@3:51',
        'invalid-interpolation@3:63',
        'invalid-interpolation@5:14',
      ]);
      assert.deepEqual(diagnostics[0].data, { replacement: '$$' });
      assert.match(String(diagnostics[0].message), /"\$\$"/);
    });

    test('missing build context and env_file paths, resolved beside the compose file', () => {
      const lines = [
        'services:',
        '  web:',
        '    build: ./web',
        '    env_file: [.env, { path: ./optional.env, required: false }]',
        '  api:',
        '    build:',
        '      context: https://github.com/docker/example.git',
        '  worker:',
        '    build: { context: ./worker }',
        '    env_file: worker.env',
      ];
      const diagnostics = diagnose(lines, eol, { folders: ['file:///work/project/worker'], files: { 'file:///work/project/worker.env': 'A=1' } });
      assert.deepEqual(summarize(diagnostics), ['missing-build-context@2:11', 'missing-env-file@3:15']);
      assert.ok(diagnostics.every((d) => d.severity === DiagnosticSeverity.Warning));
    });

    test('service_healthy on a service without a healthcheck is a warning', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  web:',
          '    image: x',
          '    depends_on:',
          '      db: { condition: service_healthy }',
          '      cache: { condition: service_healthy }',
          '      queue: { condition: service_started }',
          '  db:',
          '    image: postgres',
          '  cache:',
          '    image: redis',
          '    healthcheck:',
          '      test: ["CMD", "redis-cli", "ping"]',
          '  queue:',
          '    image: rabbitmq',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), ['healthy-without-healthcheck@4:23']);
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Warning);
    });

    test('unused declarations are faded hints; a secret needs a mapping; container names are unique', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  web:',
          '    image: x',
          '    container_name: app',
          '    networks: [front]',
          '    secrets: [token, key]',
          '  worker:',
          '    image: x',
          '    container_name: app',
          'networks:',
          '  front:',
          '  spare:',
          '  default:',
          '    name: shared',
          'volumes:',
          '  leftover:',
          'secrets:',
          '  token:',
          '  key:',
          '    external: true',
        ],
        eol,
      );
      // compose-go: "secrets.token must be a mapping" (an empty secret says nothing, not even where its value comes from).
      assert.deepEqual(summarize(diagnostics), ['duplicate-container-name@8:20', 'unused-declaration@11:2', 'unused-declaration@15:2', 'wrong-type@17:2']);
      assert.equal(diagnostics[1].severity, DiagnosticSeverity.Hint);
      assert.deepEqual(diagnostics[1].tags, [1]);
      assert.equal(diagnostics[3].severity, DiagnosticSeverity.Error);
      assert.match(String(diagnostics[0].message), /Service "web" already uses the container name "app"/);
    });

    test('plain-text secrets: only literal values of secret-looking names', () => {
      const diagnostics = diagnose(
        [
          'services:',
          '  db:',
          '    image: postgres',
          '    environment:',
          '      POSTGRES_PASSWORD: hunter2',
          '      POSTGRES_PASSWORD_FILE: /run/secrets/pg',
          '      GITHUB_TOKEN: ${GITHUB_TOKEN}',
          '      POSTGRES_USER: admin',
          '      JWT_SECRET:',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics), ['plain-text-secret@4:25']);
    });

    test('override files, overlays beside a base file and includes may rely on names declared elsewhere; required: false does not excuse a missing service', () => {
      const partial = ['services:', '  web:', '    depends_on: [db]', '    networks: [front]'];
      const override = composeDiagnostics(composeDocument(partial, eol, 'file:///work/project/compose.override.yaml'), fakeContext());
      assert.deepEqual(summarize(override), []);
      assert.deepEqual(summarize(diagnose(['include: [./db.yaml]', 'services:', '  web:', '    image: x', '    depends_on: [db]', '    networks: [front]'], eol)), []);
      const overlay = composeDiagnostics(composeDocument(partial, eol, 'file:///work/project/docker-compose.prod.yml'), fakeContext({ files: { 'file:///work/project/docker-compose.yml': '' } }));
      assert.deepEqual(summarize(overlay), []);
      const alone = composeDiagnostics(composeDocument(partial, eol, 'file:///work/project/docker-compose.prod.yml'), fakeContext());
      assert.deepEqual(summarize(alone), ['missing-image@1:2', 'unknown-service@2:17', 'undeclared-network@3:15']);
      // compose-go: "depends on undefined service" unless the service exists and a profile disables it.
      const optional = diagnose(['services:', '  web:', '    image: x', '    depends_on:', '      metrics:', '        condition: service_started', '        required: false'], eol);
      assert.deepEqual(summarize(optional), ['unknown-service@4:6']);
    });

    test('YAML syntax errors carry their position and do not stop the other checks', () => {
      const diagnostics = diagnose(['services:', '  web:', '    image: "nginx', '  db:', '    image: postgres'], eol);
      assert.ok(codes(diagnostics).includes('yaml-syntax'));
      const syntax = only(diagnostics, 'yaml-syntax')[0];
      assert.equal(syntax.severity, DiagnosticSeverity.Error);
      assert.ok(syntax.range.start.line >= 2, `at line ${syntax.range.start.line}`);
    });

    test('duplicate keys are YAML errors', () => {
      const diagnostics = diagnose(['services:', '  web:', '    image: a', '    image: b'], eol);
      assert.deepEqual(summarize(diagnostics), ['yaml-syntax@3:4']);
    });
  });
}

describe('compose diagnostics on real files', () => {
  const corpus = readdirSync(corpusDir).filter((file) => /\.ya?ml$/.test(file));

  test('the corpus exists', () => {
    assert.ok(corpus.length >= 3);
  });

  for (const file of corpus) {
    test(`no Error diagnostic on corpus file ${file}`, () => {
      const text = readFileSync(join(corpusDir, file), 'utf8');
      const compose = parseCompose(TextDocument.create(`file:///corpus/${file}`, 'dockercompose', 1, text));
      const errors = composeDiagnostics(compose, fakeContext()).filter((d) => d.severity === DiagnosticSeverity.Error);
      assert.deepEqual(errors.map((d) => `${d.range.start.line}: ${String(d.message)}`), []);
    });
  }

  for (const sample of ['mysql', 'three-tier']) {
    test(`the project’s own sample ${sample}/compose.yaml has no Error diagnostic`, () => {
      const text = readFileSync(join(repoRoot, 'samples', sample, 'compose.yaml'), 'utf8');
      const compose = parseCompose(TextDocument.create(`file:///samples/${sample}/compose.yaml`, 'dockercompose', 1, text));
      const errors = composeDiagnostics(compose, fakeContext()).filter((d) => d.severity === DiagnosticSeverity.Error);
      assert.deepEqual(errors.map((d) => String(d.message)), []);
    });
  }
});
