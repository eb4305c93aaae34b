/**
 * Dockside judges a Compose file as compose-go (the library `docker compose`
 * loads files with) does: every file it refuses gets an Error on the line
 * that is wrong, every file it accepts gets none. One test per difference
 * issue 16 found, each written from compose-go's coded or documented
 * behaviour (its loader, validation, consistency checks and schema); the
 * quoted messages are compose-go's.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import { composeDocument, fakeContext, lineEndings, summarize } from './support';

function diagnose(lines: readonly string[], eol: string, uri?: string): Diagnostic[] {
  return composeDiagnostics(composeDocument(lines, eol, uri), fakeContext({ folders: ['file:///work/project'] }));
}

/** The Errors, as `code@line:character`: what compose-go's verdict is compared with. */
function errors(lines: readonly string[], eol: string, uri?: string): string[] {
  return summarize(diagnose(lines, eol, uri).filter((d) => d.severity === DiagnosticSeverity.Error));
}

const service = (...body: string[]) => ['services:', '  web:', '    image: x', ...body.map((line) => `    ${line}`)];

for (const { name, eol } of lineEndings) {
  describe(`files compose-go refuses get an Error (${name})`, () => {
    test('device reservations: capabilities is required, count is a number or "all", count excludes device_ids', () => {
      const reservation = (...lines: string[]) => service('deploy:', '  resources:', '    reservations:', '      devices:', ...lines.map((line) => `        ${line}`));
      assert.deepEqual(errors(reservation('- driver: nvidia', '  count: 2'), eol), ['missing-key@7:14']);
      assert.deepEqual(errors(reservation('- capabilities: [gpu]', '  count: some_string'), eol), ['invalid-device-request@8:21']);
      assert.deepEqual(errors(reservation('- capabilities: [gpu]', '  count: 2', '  device_ids: ["my-device-id"]'), eol), ['invalid-device-request@9:26']);
      const accepted = reservation('- capabilities: [gpu]', '  count: all', '- capabilities: [gpu]', '  count: "1"', '- driver: nvidia', '  capabilities: [gpu]');
      assert.deepEqual(errors([...accepted, '    gpus:', '      - driver: nvidia', '      - driver: 3dfx', '        device_ids: ["voodoo2"]'], eol), []);
      const messages = diagnose(reservation('- capabilities: [gpu]', '  count: some_string'), eol).map((d) => d.message);
      assert.match(String(messages[0]), /only other value allowed is "all"/);
    });

    test('develop.watch: an entry needs an action; sync actions need a target, rebuild and restart do not', () => {
      const watch = (...lines: string[]) => service('develop:', '  watch:', ...lines.map((line) => `    ${line}`));
      assert.deepEqual(errors(watch('- path: ./webapp/html', '  target: /var/www'), eol), ['missing-key@5:10']);
      assert.deepEqual(errors(watch('- path: ./src', '  action: sync', '- path: ./src', '  action: rebuild', '- path: ./conf', '  action: restart'), eol), ['watch-target-required@6:18']);
      assert.deepEqual(errors(watch('- path: ./src', '  action: sync+restart', '  target: /app'), eol), []);
    });

    test('scale and deploy.replicas must be 0 or more', () => {
      assert.deepEqual(errors(service('scale: -1'), eol), ['invalid-value@3:11']);
      assert.deepEqual(errors(service('deploy:', '  replicas: -2'), eol), ['invalid-value@4:16']);
      assert.deepEqual(errors(service('scale: 0'), eol), []);
    });

    test('one container path mounted twice, by tmpfs and a volume: "target already mounted"', () => {
      assert.deepEqual(errors(service('tmpfs: /x', 'volumes:', '  - ./x:/x'), eol), ['duplicate-mount-target@5:8']);
      assert.deepEqual(errors(service('tmpfs:', '  - /run:size=64m', 'volumes:', '  - type: tmpfs', '    target: /run/'), eol), ['duplicate-mount-target@6:8']);
      assert.match(String(diagnose(service('tmpfs: /x', 'volumes:', '  - ./x:/x'), eol)[0].message), /target already mounted/);
    });

    test('depends_on an undefined service, even with required: false ("depends on undefined service")', () => {
      const lines = service('depends_on:', '  metrics:', '    condition: service_started', '    required: false');
      assert.deepEqual(errors(lines, eol), ['unknown-service@4:6']);
    });

    test('null where a mapping or list is required: build.ssh, environment, healthcheck, ports ("must be a mapping")', () => {
      assert.deepEqual(errors(['services:', '  test:', '    build:', '      context: .', '      ssh:'], eol), ['wrong-type@4:6']);
      assert.deepEqual(errors(service('environment:', 'healthcheck:', 'ports:'), eol), ['wrong-type@3:4', 'wrong-type@4:4', 'wrong-type@5:4']);
      // Where the schema allows null, nothing is wrong.
      assert.deepEqual(errors(service('deploy:', 'develop:', 'command:', 'networks:', '  default:'), eol), []);
    });

    test('tmpfs size below 0, and not a whole number', () => {
      const tmpfs = (size: string) => service('volumes:', '  - type: tmpfs', '    target: /app', '    tmpfs:', `      size: ${size}`);
      assert.deepEqual(errors(tmpfs('-1'), eol), ['invalid-value@7:16']);
      assert.deepEqual(errors(tmpfs('0.0001'), eol), ['wrong-type@7:16']);
      assert.deepEqual(errors(tmpfs('0'), eol), []);
      assert.deepEqual(errors(tmpfs('1kb'), eol), []);
    });

    test('a bind mount without source ("field Source must not be empty"), and a mount without target', () => {
      assert.deepEqual(errors(service('volumes:', '  - type: bind', '    target: /app'), eol), ['invalid-mount@4:8']);
      assert.deepEqual(errors(service('volumes:', '  - type: volume', '    source: data'), eol), ['invalid-mount@4:8', 'undeclared-volume@5:16']);
      assert.deepEqual(errors(service('volumes:', '  - type: bind', '    source: z:\\', '    target: c:\\data'), eol), []);
    });

    test('keys that are not strings: at the top level, under services, environment, anywhere ("non-string key")', () => {
      const lines = ['123:', '  foo:', '    image: busybox', 'services:', '  foo:', '    image: busybox', '  123:', '    image: busybox', '  env:', '    image: busybox', '    environment:', '      1: FOO', '      true: yes'];
      assert.deepEqual(errors(lines, eol), ['non-string-key@0:0', 'non-string-key@6:2', 'non-string-key@11:6', 'non-string-key@12:6']);
      assert.match(String(diagnose(lines, eol)[2].message), /services\.env\.environment/);
      assert.deepEqual(errors(['services:', '  "123":', '    image: busybox', '    environment:', '      "1": FOO'], eol), []);
    });

    test('host_ip that is not an IP address ("invalid ip address")', () => {
      const lines = service('ports:', '  - host_ip: notavalidip', '    target: 1234', '  - host_ip: 192.168.3.4', '    target: 1235', '  - host_ip: "::1"', '    target: 1236');
      assert.deepEqual(errors(lines, eol), ['invalid-port@4:17']);
    });

    test('name with a different external.name, on volumes, networks and secrets ("name and external.name conflict")', () => {
      const section = (key: string) => [`${key}:`, '  it:', '    name: user_specified_name', '    external:', '      name: external_name'];
      for (const key of ['volumes', 'networks', 'secrets']) assert.deepEqual(errors(section(key), eol), ['external-name-conflict@4:12'], key);
      // The same name twice is only the deprecation.
      assert.deepEqual(errors(['volumes:', '  v:', '    name: same', '    external:', '      name: same'], eol), []);
    });

    test('a secret or config with none of file, environment, content: an Error, unless external or given a driver', () => {
      const lines = [...service('secrets: [a, b, c]', 'configs: [d]'), 'secrets:', '  a:', '    labels: [x=y]', '  b:', '    driver: secret-bucket', '  c:', '    external: true', 'configs:', '  d:', '    name: test'];
      assert.deepEqual(errors(lines, eol), ['missing-source@6:2', 'missing-source@13:2']);
    });

    test('environment "DEBUG = true": the name has a trailing space ("declared with a trailing space"); a leading space in a value is only a warning', () => {
      const diagnostics = diagnose(service('environment:', '  - DEBUG = true', '  - OK= spaced'), eol);
      assert.deepEqual(summarize(diagnostics), ['env-name-space@4:8', 'env-space-around-equals@5:8']);
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
      assert.match(String(diagnostics[0].message), /name "DEBUG" is followed by a space/);
      assert.deepEqual(diagnostics[0].data, { replacement: 'DEBUG=true' });
      assert.equal(diagnostics[1].severity, DiagnosticSeverity.Warning);
    });

    test('an empty file, or one of comments only ("empty compose file"); an empty override file is fine', () => {
      assert.deepEqual(errors([''], eol), ['empty-file@0:0']);
      assert.deepEqual(errors(['# nothing here', '# at all'], eol), ['empty-file@0:0']);
      assert.deepEqual(errors([''], eol, 'file:///work/project/compose.override.yaml'), []);
    });

    test('an alias inside the anchor it names ("cycle detected in alias chain")', () => {
      assert.deepEqual(errors(['x-a: &a', '  b: *a', 'services:', '  web:', '    image: x'], eol), ['alias-cycle@1:5']);
    });

    test('an alias that names no anchor before it', () => {
      assert.deepEqual(errors(['services:', '  web: *defaults'], eol), ['unresolved-alias@1:7']);
    });

    test('an alias bomb is flagged ("excessive aliasing"), without copying it', { timeout: 10_000 }, () => {
      const lines = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      const levels = 'abcdefghij';
      for (let i = 1; i < levels.length; i++) lines.push(`x-${levels[i]}: &${levels[i]} [${Array(9).fill(`*${levels[i - 1]}`).join(',')}]`);
      lines.push('services:', '  web:', '    image: x');
      const found = errors(lines, eol);
      assert.deepEqual(found, ['excessive-aliasing@6:9']);
      // compose-go's own example of a wide but bounded use of aliases (3^10 references) is accepted.
      const bounded = ['x-a: &a {k: v}'];
      for (let i = 1; i < 11; i++) bounded.push(`x-${levels[i] ?? 'k'}${i}: &l${i} [${Array(3).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
      assert.deepEqual(errors([...bounded, 'services:', '  svc:', '    image: alpine'], eol), []);
    });

    test('"<<:" of a scalar merges nothing compose-go can use', () => {
      assert.deepEqual(errors(['x-tag: &tag latest', 'services:', '  web:', '    <<: *tag', '    image: x'], eol), ['invalid-merge@3:8']);
    });
  });

  describe(`files compose-go accepts get no Error (${name})`, () => {
    test('newer spec keys: services.*.pre_start hooks and build.no_cache_filter (no "Did you mean restart?" cascade)', () => {
      const lines = service('pre_start:', '  - command: ./migrate.sh', '  - image: busybox', '    command: ["true"]', '    per_replica: true', 'build:', '  context: .', '  no_cache_filter: [deps]');
      assert.deepEqual(summarize(diagnose(lines, eol)), []);
    });

    test('several YAML documents are layers: a later one adds to a service the first defines, a trailing "---" is empty', () => {
      const lines = ['services:', '  app:', '    extends:', '      file: abcdef.yaml', '      service: base', '---', 'services:', '  app:', '    environment:', '      HELLO: WORLD'];
      assert.deepEqual(summarize(diagnose(lines, eol)), []);
      assert.deepEqual(summarize(diagnose(['services:', '  app:', '    image: nginx', '---', ''], eol)), []);
      assert.deepEqual(summarize(diagnose(['name: multi', 'services:', '  test:', '    image: nginx:latest', '---', 'services:', '  test:', '    image: nginx:override'], eol)), []);
      // Each layer is still checked where it is written.
      assert.deepEqual(errors(['services:', '  app:', '    image: x', '---', 'services:', '  app:', '    restart: sometimes'], eol), ['invalid-value@6:13']);
    });

    test('"<<: *alias" of a list of mappings merges them in order: the service has an image', () => {
      assert.deepEqual(summarize(diagnose(['x-list: &list', '  - image: foo', '  - restart: always', 'services:', '  web:', '    <<: *list'], eol)), []);
      // What is merged in is checked, where it is written.
      assert.deepEqual(errors(['x-list: &list', '  - image: foo', '  - restart: sometimes', 'services:', '  web:', '    <<: *list'], eol), ['invalid-value@2:13']);
    });

    test('names beginning with x- are real service, volume, network, config and secret names', () => {
      const lines = [
        'services:', '  x-foo:', '    image: busybox', '    volumes: ["x-volume:/dev/null"]', '    configs: [x-config]', '    secrets: [x-secret]', '    networks: [x-network]',
        '  test:', '    image: test', '    depends_on: [x-foo]',
        'volumes:', '  x-volume:', 'secrets:', '  x-secret:', '    external: true', 'networks:', '  x-network:', 'configs:', '  x-config:', '    external: true',
      ];
      assert.deepEqual(summarize(diagnose(lines, eol)), []);
      // An x- service is a service: it needs something to run.
      assert.deepEqual(errors(['services:', '  x-defaults:', '    restart: always'], eol), ['missing-image@1:2']);
    });

    test('extension keys (x-…) inside healthcheck, develop, depends_on entries and definitions', () => {
      const lines = [
        'x-project: project', 'services:', '  another:', '    image: busybox', '    depends_on:', '      foo:', '        condition: service_started', '        x-depends-on: depends',
        '  foo:', '    image: busybox', '    x-foo: bar', '    healthcheck:', '      x-healthcheck: health', '    develop:', '      x-dev: dev',
        'configs:', '  x-config-name:', '    external: true', '    x-config-ext: config',
      ];
      assert.deepEqual(errors(lines, eol), []);
    });

    test('!reset takes a key away and !override replaces a value: neither tag is a YAML error, and a reset value is not checked', () => {
      const lines = ['services:', '  foo:', '    extends:', '      service: bar', '    volumes: !reset []', '    image: !reset null', '    ports: !reset', '  bar:', '    image: alpine', '    configs: !override', '      - source: credentials', 'configs:', '  credentials:', '    content: dummy'];
      assert.deepEqual(summarize(diagnose(lines, eol)), []);
    });

    test('value formats compose-go accepts: cpu_rt_period as a number, pull_policy every_2d, provider options with lists, template_driver on external configs and secrets', () => {
      const lines = [
        ...service('cpu_rt_period: 1000000', 'cpu_rt_runtime: 400ms', 'pull_policy: every_2d', 'secrets: [secret]', 'configs: [config]'),
        '  provided:', '    provider:', '      type: foo', '      options:', '        bar: zot', '        list: [a, b]',
        'configs:', '  config:', '    name: config', '    external: true', '    template_driver: config-driver',
        'secrets:', '  secret:', '    name: secret', '    external: true', '    template_driver: secret-driver',
      ];
      assert.deepEqual(summarize(diagnose(lines, eol)), []);
      // compose-go's pattern for pull_policy still refuses what matches none of its words.
      assert.deepEqual(errors(service('pull_policy: sometimes'), eol), ['invalid-value@3:17']);
    });
  });

  describe(`compose-go's consistency checks (${name})`, () => {
    test('container_name with more than one replica is refused', () => {
      const diagnostics = diagnose(service('container_name: web', 'scale: 2'), eol);
      assert.deepEqual(summarize(diagnostics), ['container-name-with-replicas@3:4']);
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
    });

    test('a service-level limit that differs from deploy.resources ("can\'t set distinct values"), an unset one counting as 0', () => {
      assert.deepEqual(errors(service('mem_limit: 256M', 'deploy:', '  resources:', '    limits:', '      memory: 512M'), eol), ['conflicting-resources@3:15']);
      assert.deepEqual(errors(service('mem_limit: 512m', 'deploy:', '  resources:', '    limits:', '      cpus: "1"'), eol), ['conflicting-resources@3:15']);
      assert.deepEqual(errors(service('cpus: 1', 'deploy:', '  resources:', '    limits:', '      cpus: "1.0"'), eol), []);
      assert.deepEqual(errors(service('mem_limit: 1g', 'deploy:', '  resources:', '    limits:', '      memory: 1024m'), eol), []);
    });

    test('services that extend each other in a loop ("Circular reference"), reported on each', () => {
      const lines = ['services:', '  a:', '    image: x', '    extends: b', '  b:', '    extends:', '      service: a', '  c:', '    extends: a'];
      assert.deepEqual(errors(lines, eol), ['extends-cycle@3:13', 'extends-cycle@6:15']);
      assert.deepEqual(errors(['services:', '  a:', '    image: x', '  b:', '    extends: a'], eol), []);
    });

    test('build.platforms must include the service platform', () => {
      const lines = ['services:', '  web:', '    platform: linux/arm64', '    build:', '      context: .', '      platforms: [linux/amd64]'];
      assert.deepEqual(errors(lines, eol), ['platform-not-built@2:14']);
    });

    test('external with other keys is refused on volumes only', () => {
      assert.deepEqual(errors(['volumes:', '  v:', '    external: true', '    driver: foobar'], eol), ['external-with-other-keys@3:4']);
      assert.deepEqual(errors(['networks:', '  n:', '    external: true', '    driver: overlay'], eol), []);
    });

    test('non-mappings where services, networks and volumes are mappings', () => {
      assert.deepEqual(errors(['services:', '  - foo:', '      image: busybox'], eol), ['wrong-type@1:2']);
      assert.deepEqual(errors(['services:', '  foo: busybox'], eol), ['wrong-type@1:7']);
      assert.deepEqual(errors(['networks:', '  default: bridge'], eol), ['wrong-type@1:11']);
      assert.deepEqual(errors(['name: 123'], eol), ['wrong-type@0:6']);
    });
  });
}
