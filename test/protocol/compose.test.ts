/**
 * The bundled server over stdio serving a Compose file: diagnostics with the
 * notes' slips, completion (with local images asked of the client), hover,
 * the quick fix, code lenses, a per-rule severity setting, and an alias bomb.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  CodeLensRequest,
  CompletionList,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  HoverRequest,
  Location,
  MarkupContent,
  RenameRequest,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LocalImagesRequest } from '../../server/src/lspExt';
import { LspTestClient } from '../support/lspClient';
import { notesMysqlCompose } from '../support/notesExamples';

// The notes' MySQL compose file, slips included.
const notesCompose = [...notesMysqlCompose, ''].join('\n');

const uri = 'file:///work/project/docker-compose.yml';

describe('compose over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({
      locale: 'en',
      configuration: { dockside: { compose: { rules: { 'obsolete-version': 'off', 'legacy-links': 'error' } } } },
      requestHandlers: {
        [LocalImagesRequest.type.method]: () => [{ tags: ['mysql:8.4'], id: 'sha256:1', size: 1, created: '2026-01-01T00:00:00Z' }],
      },
    });
  });
  after(async () => {
    await client?.stop();
  });

  test('publishes the notes’ slips; the rule setting turns version off', async () => {
    await client.open(uri, 'dockercompose', notesCompose);
    // Settings arrive after `initialized`; wait for diagnostics that reflect them.
    let diagnostics = await client.nextDiagnostics(uri).then((params) => params.diagnostics);
    for (let republished = 0; republished < 2 && diagnostics.some((d) => d.code === 'obsolete-version'); republished++) {
      diagnostics = (await client.nextDiagnostics(uri)).diagnostics;
    }
    const codes = diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`);
    assert.deepEqual(codes, ['unknown-key@8', 'plain-text-secret@9', 'env-space-around-equals@10']);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.match(String(diagnostics[0].message), /Did you mean "environment"/);
    assert.ok(diagnostics.every((d) => d.source === 'dockside' && d.codeDescription?.href.startsWith('https://docs.docker.com/')));
  });

  test('the quick fix for the typo comes back with the diagnostic’s data', async () => {
    const diagnostics = client.latestDiagnostics.get(uri)!.diagnostics.filter((d) => d.code === 'unknown-key');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    const fix = actions.find((action) => action.title === 'Change to "environment"');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual((fix.edit!.changes![uri] as TextEdit[])[0].newText, 'environment');
  });

  test('completes image names from the client’s local images', async () => {
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 15 } })) as CompletionList;
    assert.ok(list.items.some((item) => item.label === 'mysql:8.4'), JSON.stringify(list.items.map((i) => i.label)));
  });

  test('explains the port mapping on hover', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 12, character: 12 } });
    assert.match((hover!.contents as MarkupContent).value, /host 3307 → container 3306/);
  });

  test('code lenses carry the client command ids', async () => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.deepEqual(lenses?.map((lens) => lens.command?.command), ['dockside.compose.runService', 'dockside.compose.serviceLogs']);
  });

  test('navigation: symbols, definition and rename across the file', async () => {
    const other = 'file:///work/project/compose.yaml';
    await client.open(other, 'dockercompose', ['services:', '  web:', '    image: nginx', '    links: [db]', '    depends_on: [db]', '  db:', '    image: mysql', ''].join('\r\n'));
    const published = await client.nextDiagnostics(other);
    assert.ok(published.diagnostics.some((d) => d.code === 'legacy-links' && d.severity === DiagnosticSeverity.Error), 'legacy-links raised to error by the setting');
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: other } });
    assert.equal((symbols as { name: string; children?: { name: string }[] }[])[0].children?.map((c) => c.name).join(), 'web,db');
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: other }, position: { line: 4, character: 18 } })) as Location;
    assert.deepEqual(definition.range.start, { line: 5, character: 2 });
    const rename = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: other }, position: { line: 5, character: 3 }, newName: 'database' });
    assert.equal((rename!.changes![other] as TextEdit[]).length, 3);
  });

  test('an alias bomb is flagged ("excessive aliasing") and the server goes on answering', async () => {
    const bomb = 'file:///work/project/bomb/compose.yaml';
    const levels = 'abcdefghi';
    const lines = [...levels].map((name, level) => `x-${name}: &${name} [${Array(9).fill(level === 0 ? '"lol"' : `*${levels[level - 1]}`).join(', ')}]`);
    await client.open(bomb, 'dockercompose', [...lines, 'services:', '  web:', '    image: nginx', ''].join('\n'));
    const published = await client.diagnosticsUntil(bomb, (params) => params.diagnostics.length > 0);
    assert.deepEqual(published.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`), ['excessive-aliasing@6']);
    assert.equal(published.diagnostics[0].severity, DiagnosticSeverity.Error);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: bomb }, position: { line: 11, character: 6 } });
    assert.match((hover!.contents as MarkupContent).value, /image/i);
  });
});
