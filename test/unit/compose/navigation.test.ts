/** Compose navigation: definition, references, rename, symbols, folding, links and code lenses. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Location, SymbolKind, TextEdit } from 'vscode-languageserver';
import { ClientCommands } from '../../../server/src/lspExt';
import { composeCodeLenses } from '../../../server/src/service/compose/codeLens';
import { composeDefinition } from '../../../server/src/service/compose/definition';
import { composeFoldingRanges } from '../../../server/src/service/compose/folding';
import { composeDocumentLinks } from '../../../server/src/service/compose/links';
import { composeDocumentHighlights, composeReferences } from '../../../server/src/service/compose/references';
import { composePrepareRename, composeRename } from '../../../server/src/service/compose/rename';
import { composeDocumentSymbols } from '../../../server/src/service/compose/symbols';
import { composeDocument, composeUri, fakeContext, lineEndings, withCursor } from './support';

const app = () => [
    'services:',
    '  web:',
    '    build: ./web',
    '    depends_on: [db]',
    '    links: ["db:database"]',
    '    networks: [front]',
    '    env_file: .env',
    '  db:',
    '    image: postgres',
    '    volumes: ["data:/var/lib/postgresql/data"]',
    '    networks:',
    '      front:',
    '    secrets: [pw]',
    '  sidecar:',
    '    image: busybox',
    '    network_mode: "service:db"',
    'networks:',
    '  front:',
    'volumes:',
    '  data:',
    'secrets:',
    '  pw:',
    '    file: ./pw.txt',
];

/** Puts the cursor marker just inside the first `needle` on a line. */
function at(lines: string[], lineIndex: number, needle: string, into = 1): string[] {
  const copy = [...lines];
  const column = copy[lineIndex].indexOf(needle);
  assert.ok(column >= 0, `"${needle}" not on line ${lineIndex}`);
  copy[lineIndex] = copy[lineIndex].slice(0, column + into) + '|' + copy[lineIndex].slice(column + into);
  return copy;
}

function spans(locations: readonly { range: Location['range'] }[]): string[] {
  return locations.map(({ range }) => `${range.start.line}:${range.start.character}-${range.end.character}`);
}

for (const { name, eol } of lineEndings) {
  describe(`compose navigation (${name})`, () => {
    test('definition: service, network, volume and secret references go to their declarations', () => {
      const cases: [number, string, string][] = [
        [3, 'db', '7:2-4'],
        [4, 'db:', '7:2-4'],
        [15, 'db', '7:2-4'],
        [5, 'front', '17:2-7'],
        [11, 'front', '17:2-7'],
        [9, 'data', '19:2-6'],
        [12, 'pw', '21:2-4'],
      ];
      for (const [line, needle, expected] of cases) {
        const { compose, position } = withCursor(at(app(), line, needle), eol);
        const definition = composeDefinition(compose, position) as Location;
        assert.ok(definition, `no definition at line ${line}`);
        assert.deepEqual(spans([definition]), [expected], `from line ${line}`);
      }
    });

    test('definition: build goes to the Dockerfile, env_file and secret files to the file', () => {
      const build = withCursor(at(app(), 2, './web'), eol);
      assert.equal((composeDefinition(build.compose, build.position) as Location).uri, 'file:///work/project/web/Dockerfile');
      const envFile = withCursor(at(app(), 6, '.env'), eol);
      assert.equal((composeDefinition(envFile.compose, envFile.position) as Location).uri, 'file:///work/project/.env');
      const secretFile = withCursor(at(app(), 22, './pw'), eol);
      assert.equal((composeDefinition(secretFile.compose, secretFile.position) as Location).uri, 'file:///work/project/pw.txt');
      const custom = withCursor(['services:', '  api:', '    build:', '      context: ./api', '      dockerfile: Dockerfile.d|ev'], eol);
      assert.equal((composeDefinition(custom.compose, custom.position) as Location).uri, 'file:///work/project/api/Dockerfile.dev');
      const image = withCursor(['services:', '  api:', '    image: ngi|nx'], eol);
      assert.equal(composeDefinition(image.compose, image.position), null);
    });

    test('references and highlights of a service include depends_on, links and network_mode', () => {
      const { compose, position } = withCursor(at(app(), 7, 'db'), eol);
      assert.deepEqual(spans(composeReferences(compose, position, true)), ['7:2-4', '3:17-19', '4:13-15', '15:27-29']);
      assert.deepEqual(spans(composeReferences(compose, position, false)), ['3:17-19', '4:13-15', '15:27-29']);
      const highlights = composeDocumentHighlights(compose, position);
      assert.equal(highlights.length, 4);
      assert.equal(highlights[0].kind, 3);
    });

    test('rename a service everywhere, keeping link aliases and prefixes', () => {
      const { compose, position } = withCursor(at(app(), 3, 'db'), eol);
      assert.deepEqual(composePrepareRename(compose, position), { start: { line: 3, character: 17 }, end: { line: 3, character: 19 } });
      const edit = composeRename(compose, position, 'database');
      const edits = edit!.changes![composeUri] as TextEdit[];
      assert.equal(edits.length, 4);
      const lines = compose.document.getText().split(eol);
      for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line)) {
        const line = lines[e.range.start.line];
        lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
      }
      assert.equal(lines[4], '    links: ["database:database"]');
      assert.equal(lines[15], '    network_mode: "service:database"');
      assert.equal(lines[7], '  database:');
      assert.equal(composeRename(compose, position, 'not valid!'), null);
    });

    test('rename a network and a volume', () => {
      const network = withCursor(at(app(), 17, 'front'), eol);
      assert.equal((composeRename(network.compose, network.position, 'public')!.changes![composeUri] as TextEdit[]).length, 3);
      const volume = withCursor(at(app(), 9, 'data'), eol);
      assert.equal((composeRename(volume.compose, volume.position, 'pgdata')!.changes![composeUri] as TextEdit[]).length, 2);
      const nothing = withCursor(at(app(), 8, 'postgres'), eol);
      assert.equal(composePrepareRename(nothing.compose, nothing.position), null);
    });

    test('document symbols: sections with their entries, services showing image or build', () => {
      const symbols = composeDocumentSymbols(composeDocument(app(), eol));
      assert.deepEqual(symbols.map((s) => s.name), ['services', 'networks', 'volumes', 'secrets']);
      const services = symbols[0].children!;
      assert.deepEqual(services.map((s) => [s.name, s.detail, s.kind]), [
        ['web', 'build: ./web', SymbolKind.Class],
        ['db', 'postgres', SymbolKind.Class],
        ['sidecar', 'busybox', SymbolKind.Class],
      ]);
      assert.deepEqual(services[1].range.start, { line: 7, character: 2 });
      assert.equal(services[1].range.end.line, 12);
    });

    test('folding: services, nested blocks and comment runs', () => {
      const ranges = composeFoldingRanges(composeDocument(['# a', '# b', 'services:', '  web:', '    image: x', '    ports:', '      - "80:80"', '      - "443:443"'], eol));
      const pairs = ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? `:${r.kind}` : ''}`);
      assert.deepEqual(pairs.sort(), ['0-1:comment', '2-7', '3-7', '5-7']);
    });

    test('document links only to files that exist', () => {
      const ctx = fakeContext({ files: { 'file:///work/project/web/Dockerfile': 'FROM x', 'file:///work/project/pw.txt': 's' } });
      const links = composeDocumentLinks(composeDocument(app(), eol), ctx);
      assert.deepEqual(links.map((l) => [l.target, l.range.start.line]), [
        ['file:///work/project/web/Dockerfile', 2],
        ['https://hub.docker.com/_/postgres', 8],
        ['https://hub.docker.com/_/busybox', 14],
        ['file:///work/project/pw.txt', 22],
      ]);
    });

    test('images on Docker Hub link to their Hub page', () => {
      const lines = ['services:', '  a:', '    image: mysql:8.4', '  b:', '    image: devwikirepo/leafy-backend:1.0.0', '  c:', '    image: ghcr.io/org/app:1', '  d:', '    image: localhost:5000/app', '  e:', '    image: "docker.io/library/redis@sha256:abc"', '  f:', '    image: ${IMAGE}'];
      const links = composeDocumentLinks(composeDocument(lines, eol), fakeContext());
      assert.deepEqual(links.map((l) => [l.range.start.line, l.target]), [
        [2, 'https://hub.docker.com/_/mysql'],
        [4, 'https://hub.docker.com/r/devwikirepo/leafy-backend'],
        [10, 'https://hub.docker.com/_/redis'],
      ]);
    });

    test('names beginning with x- under services and the other sections are names: navigation and lenses find them', () => {
      const lines = ['services:', '  x-app:', '    image: x', '    networks: [x-net]', '  web:', '    image: x', '    depends_on: [x-app]', 'networks:', '  x-net:'];
      const toService = withCursor(at(lines, 6, 'x-app'), eol);
      assert.deepEqual(spans([composeDefinition(toService.compose, toService.position) as Location]), ['1:2-7']);
      const toNetwork = withCursor(at(lines, 3, 'x-net'), eol);
      assert.deepEqual(spans([composeDefinition(toNetwork.compose, toNetwork.position) as Location]), ['8:2-7']);
      assert.deepEqual(composeCodeLenses(composeDocument(lines, eol), fakeContext()).map((lens) => lens.command!.arguments![1]), ['x-app', 'x-app', 'web', 'web']);
    });

    test('code lenses run a service and view its logs, in the reader’s language', () => {
      const lenses = composeCodeLenses(composeDocument(app(), eol), fakeContext());
      assert.equal(lenses.length, 6);
      assert.deepEqual(lenses[0].command, { title: '▶ Run service', command: ClientCommands.composeRunService, arguments: [composeUri, 'web'] });
      assert.deepEqual(lenses[1].command!.command, ClientCommands.composeServiceLogs);
      assert.deepEqual(lenses[2].range.start, { line: 7, character: 2 });
      const korean = composeCodeLenses(composeDocument(app(), eol), fakeContext({ docsLanguage: 'ko' }));
      assert.equal(korean[0].command!.title, '▶ 서비스 실행');
    });
  });
}
