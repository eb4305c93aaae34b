/**
 * The bundled server over stdio, driven by a real LSP client: the whole
 * life of an editor session on a Dockerfile.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import {
  CompletionList,
  CompletionRequest,
  DiagnosticSeverity,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  Hover,
  HoverRequest,
  MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { docksideServer, LspTestClient, pushDiagnosticsCapabilities } from '../support/lspClient';

// The notes' own Node Dockerfile, slip included (EXPOSEE).
const notesDockerfile = [
  'FROM node:20-alpine',
  'WORKDIR /app',
  'COPY package.json .',
  'RUN npm install',
  'COPY . .',
  'EXPOSEE 3000',
  'CMD ["node", "server.js"]',
  '',
].join('\n');

const uri = 'file:///work/project/Dockerfile';

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('language server over stdio (push diagnostics)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ locale: 'en' });
  });
  after(async () => {
    await client?.stop();
  });

  test('advertises the features an editor needs', () => {
    const capabilities = client.initializeResult.capabilities;
    assert.ok(capabilities.completionProvider, 'completion');
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(client.initializeResult.serverInfo?.name, 'dockside-language-server');
  });

  test('publishes the misspelled instruction from the notes as an error', async () => {
    const diagnostics = await client.openAndDiagnose(uri, 'dockerfile', notesDockerfile);
    const onExposee = diagnostics.filter((d) => d.range.start.line === 5);
    assert.ok(
      onExposee.some((d) => d.severity === DiagnosticSeverity.Error && /EXPOSE\b/.test(String(d.message))),
      `expected an error suggesting EXPOSE, got ${JSON.stringify(onExposee)}`,
    );
    assert.ok(diagnostics.every((d) => d.source === 'dockside' && d.code !== undefined), 'every diagnostic has a source and code');
  });

  test('completes instructions on an empty line after FROM', async () => {
    const result = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 7, character: 0 },
    })) as CompletionList | null;
    const labels = (result?.items ?? []).map((item) => item.label);
    for (const instruction of ['RUN', 'COPY', 'WORKDIR', 'HEALTHCHECK']) assert.ok(labels.includes(instruction), `${instruction} in ${labels}`);
    assert.ok(!labels.includes('EXPOSEE'));
  });

  test('explains an instruction on hover, in English for an English editor', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    const text = hoverText(hover);
    assert.match(text, /WORKDIR/);
    assert.match(text, /directory/i);
  });

  test('re-diagnoses after an incremental edit fixes the slip', async () => {
    const published = client.nextDiagnostics(uri);
    const version = await client.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 7 } }, text: 'EXPOSE' }]);
    const params = await published;
    assert.equal(params.version, version);
    assert.ok(!params.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error), JSON.stringify(params.diagnostics));
  });

  test('answers requests for documents it does not know with empty results, and keeps serving', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: 'file:///never/opened' },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
    const again = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.match(hoverText(again), /FROM/);
  });
});

describe('language server over stdio (pull diagnostics, Korean editor)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({
      locale: 'ko',
      capabilities: {
        ...pushDiagnosticsCapabilities,
        textDocument: { ...pushDiagnosticsCapabilities.textDocument, diagnostic: { dynamicRegistration: false } },
      },
    });
  });
  after(async () => {
    await client?.stop();
  });

  test('answers textDocument/diagnostic when the client pulls', async () => {
    assert.ok(client.initializeResult.capabilities.diagnosticProvider, 'diagnosticProvider advertised');
    await client.open(uri, 'dockerfile', notesDockerfile);
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    assert.ok(report.kind === 'full' && report.items.some((d) => d.range.start.line === 5 && d.severity === DiagnosticSeverity.Error));
  });

  test('hover speaks Korean when the editor does', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 1 } });
    assert.match(hoverText(hover), /[가-힣]/, 'Korean text in the hover');
  });

  test('honours the docs language setting over the editor language', async () => {
    const english = await LspTestClient.start({ locale: 'ko', configuration: { dockside: { docs: { language: 'en' } } } });
    try {
      await english.open(uri, 'dockerfile', notesDockerfile);
      // Settings are read after `initialized`; the first diagnostics mark that they have been applied.
      await english.nextDiagnostics(uri);
      const hover = await english.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 1 } });
      assert.doesNotMatch(hoverText(hover), /[가-힣]/);
    } finally {
      await english.stop();
    }
  });
});

describe('dockside-language-server binary', () => {
  test('runs on its own with --stdio and exits cleanly after shutdown/exit', async () => {
    // Spawned as the package.json `bin` would be: the script itself, through its shebang.
    const client = await LspTestClient.start();
    assert.equal(await client.stop(), 0);
  });

  test('is executable through its shebang', async () => {
    const child = spawn(docksideServer, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // An `exit` without `shutdown` is a protocol violation: the server must exit with code 1.
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'exit' });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    assert.equal(await exited, 1);
  });
});
