/**
 * Compose language service speed, side by side with yaml-language-server
 * configured with the Compose Specification schema (the peer), on a
 * generated 500-service compose file:
 *   - diagnostics: open → first published diagnostics, and edit → diagnostics;
 *   - completion and hover: p50/p95 over many positions;
 *   - in-process figures of the pure features (no transport).
 * Prints figures; never passes or fails on them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DocumentDiagnosticRequest, HoverRequest, Position } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCompose } from '../server/src/compose/model';
import { composeCompletion } from '../server/src/service/compose/completion';
import { composeDiagnostics } from '../server/src/service/compose/diagnostics';
import { composeHover } from '../server/src/service/compose/hover';
import type { ServiceContext } from '../server/src/service/mode';
import { defaultSettings } from '../server/src/service/settings';
import { LspTestClient, pushDiagnosticsCapabilities } from '../test/support/lspClient';

const root = join(__dirname, '..', '..');
const schemaUri = pathToFileURL(join(root, '..', 'shared', 'schemas', 'compose-spec.json')).toString();
const services = 500;

function generate(): { text: string; completionAt: Position[]; hoverAt: Position[] } {
  const lines = ['name: bench', 'services:'];
  const completionAt: Position[] = [];
  const hoverAt: Position[] = [];
  for (let i = 0; i < services; i++) {
    lines.push(`  svc${i}:`);
    hoverAt.push({ line: lines.length, character: 6 });
    lines.push(`    image: "example/app:${i}"`);
    completionAt.push({ line: lines.length, character: 13 });
    lines.push(`    restart: unless-stopped`);
    lines.push(`    ports:`, `      - "${10000 + i}:80"`);
    hoverAt.push({ line: lines.length - 1, character: 10 });
    lines.push(`    environment:`, `      LOG_LEVEL: info`, `      INDEX: "${i}"`);
    lines.push(`    networks: [back]`);
    lines.push(`    volumes:`, `      - data${i % 10}:/data`);
    if (i > 0) lines.push(`    depends_on:`, `      svc${i - 1}:`, `        condition: service_started`);
    lines.push(`    healthcheck:`, `      test: ["CMD", "true"]`, `      interval: 10s`);
    completionAt.push({ line: lines.length - 1, character: 6 });
  }
  lines.push('networks:', '  back:', 'volumes:');
  for (let i = 0; i < 10; i++) lines.push(`  data${i}:`);
  return { text: lines.join('\n') + '\n', completionAt, hoverAt };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function timeRequests(client: LspTestClient, uri: string, positions: Position[], method: 'completion' | 'hover'): Promise<number[]> {
  const times: number[] = [];
  for (const position of positions) {
    const started = performance.now();
    if (method === 'completion') await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    else await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    times.push(performance.now() - started);
  }
  return times;
}

async function measureServer(name: string, client: LspTestClient, uri: string, languageId: string, text: string, positions: ReturnType<typeof generate>) {
  const openStarted = performance.now();
  const first = client.nextDiagnostics(uri);
  await client.open(uri, languageId, text);
  const published = await first;
  const openTime = performance.now() - openStarted;
  const editTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const next = client.nextDiagnostics(uri);
    const started = performance.now();
    await client.change(uri, [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } }, text: `bench${i}` }]);
    await next;
    editTimes.push(performance.now() - started);
  }
  const completion = await timeRequests(client, uri, positions.completionAt.slice(0, 200), 'completion');
  const hover = await timeRequests(client, uri, positions.hoverAt.slice(0, 200), 'hover');
  console.log(
    `${name.padEnd(22)} open→diagnostics ${ms(openTime)} (${published.diagnostics.length} diagnostics)  edit→diagnostics median ${ms(percentile(editTimes, 50))}` +
      `  completion p50 ${ms(percentile(completion, 50))} p95 ${ms(percentile(completion, 95))}  hover p50 ${ms(percentile(hover, 50))} p95 ${ms(percentile(hover, 95))}`,
  );
  return { diagnostics: percentile(editTimes, 50), completion: percentile(completion, 95), hover: percentile(hover, 95) };
}

/** Pull diagnostics have no debounce: edit → textDocument/diagnostic is the server's own time. */
async function measurePull(text: string): Promise<void> {
  const client = await LspTestClient.start({
    command: [join(root, 'dist/server.js'), '--stdio'],
    locale: 'en',
    capabilities: { ...pushDiagnosticsCapabilities, textDocument: { ...pushDiagnosticsCapabilities.textDocument, diagnostic: { dynamicRegistration: false } } },
  });
  const uri = 'file:///bench/pull/compose.yaml';
  await client.open(uri, 'dockercompose', text);
  await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await client.change(uri, [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } }, text: `pull${i}` }]);
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    times.push(performance.now() - started);
  }
  await client.stop();
  console.log(`dockside (pull)        edit→textDocument/diagnostic median ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))}`);
}

async function inProcess(generated: ReturnType<typeof generate>): Promise<void> {
  const ctx: ServiceContext = {
    settings: defaultSettings,
    docsLanguage: 'en',
    workspace: { readFile: () => undefined, exists: () => true },
    engine: { localImages: () => Promise.resolve([]) },
  };
  const coldStarted = performance.now();
  composeDiagnostics(parseCompose(TextDocument.create('file:///bench/cold.yaml', 'dockercompose', 1, generated.text)), ctx);
  const cold = performance.now() - coldStarted;
  // Typing: each version changes one service's image, as an edit would (after the file was opened once).
  parseCompose(TextDocument.create('file:///bench/compose.yaml', 'dockercompose', 0, generated.text));
  const diagnostics: number[] = [];
  for (let i = 0; i < 20; i++) {
    const text = generated.text.replace(`example/app:${i * 7}"`, `example/app:${i * 7}-edited"`);
    const started = performance.now();
    const compose = parseCompose(TextDocument.create('file:///bench/compose.yaml', 'dockercompose', i + 1, text));
    composeDiagnostics(compose, ctx);
    diagnostics.push(performance.now() - started);
  }
  const compose = parseCompose(TextDocument.create('file:///bench/compose.yaml', 'dockercompose', 1, generated.text));
  composeDiagnostics(compose, ctx);
  const completion: number[] = [];
  for (const position of generated.completionAt) {
    const started = performance.now();
    await composeCompletion(compose, position, ctx);
    completion.push(performance.now() - started);
  }
  const hover: number[] = [];
  for (const position of generated.hoverAt) {
    const started = performance.now();
    composeHover(compose, position, ctx);
    hover.push(performance.now() - started);
  }
  console.log(
    `in-process             first parse+diagnostics ${ms(cold)}  after an edit: parse+diagnostics median ${ms(percentile(diagnostics, 50))} p95 ${ms(percentile(diagnostics, 95))}  completion p95 ${ms(percentile(completion, 95))}  hover p95 ${ms(percentile(hover, 95))}`,
  );
}

async function main(): Promise<void> {
  const generated = generate();
  console.log(`generated compose file: ${services} services, ${generated.text.split('\n').length} lines`);
  await inProcess(generated);

  const dockside = await LspTestClient.start({ command: [join(root, 'dist/server.js'), '--stdio'], locale: 'en' });
  const ours = await measureServer('dockside', dockside, 'file:///bench/compose.yaml', 'dockercompose', generated.text, generated);
  await dockside.stop();
  await measurePull(generated.text);

  const yamlSettings = { schemas: { [schemaUri]: '*compose*.yaml' }, validate: true, hover: true, completion: true, schemaStore: { enable: false } };
  const peer = await LspTestClient.start({
    command: [join(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
    configuration: { yaml: yamlSettings, '[yaml]': {}, editor: {}, files: {}, http: {} },
  });
  await peer.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
  const theirs = await measureServer('yaml-language-server', peer, 'file:///bench/compose.yaml', 'yaml', generated.text, generated);
  await peer.stop();

  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`dockside / peer: diagnostics ${ratio(ours.diagnostics, theirs.diagnostics)}, completion p95 ${ratio(ours.completion, theirs.completion)}, hover p95 ${ratio(ours.hover, theirs.hover)}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
