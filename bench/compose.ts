/**
 * Compose language service speed, side by side with yaml-language-server
 * configured with the Compose Specification schema (the peer), on a
 * generated 500-service compose file:
 *   - diagnostics: open → first published diagnostics (median over 5 freshly started servers, as
 *     the first document runs each server's code cold), and edit → diagnostics,
 *     each server's own debounce taken out (pull diagnostics as a cross-check),
 *     also for edits that break the YAML for a moment;
 *   - completion and hover: p50/p95 over many positions;
 *   - in-process figures of the pure features (no transport), and how long an alias bomb takes to be flagged.
 * Prints figures; never passes or fails on them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DocumentDiagnosticRequest, HoverRequest, Position } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverExecArgv } from '../client/src/serverProcess';
import { yamlParseOptions } from '../server/src/compose/incremental';
import { parseCompose } from '../server/src/compose/model';
import { composeCompletion } from '../server/src/service/compose/completion';
import { composeDiagnostics } from '../server/src/service/compose/diagnostics';
import { composeHover } from '../server/src/service/compose/hover';
import { noNotes } from '../server/src/notes/index';
import type { DiagnosticsMemory, ServiceContext } from '../server/src/service/mode';
import { defaultSettings } from '../server/src/service/settings';
import { LspTestClient, pushDiagnosticsCapabilities } from '../test/support/lspClient';
import { docksideCommand } from './support/docksideCommand';

const root = join(__dirname, '..', '..');
const schemaUri = pathToFileURL(join(root, '..', 'shared', 'schemas', 'compose-go', 'compose-spec.json')).toString();
const services = 500;
const docksideServerCommand = docksideCommand(join(root, 'dist/server.js'));

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

/** A completion list or hover with something in it. */
function hasContent(result: unknown): boolean {
  if (Array.isArray(result)) return result.length > 0;
  if (typeof result !== 'object' || result === null) return false;
  return 'items' in result ? Array.isArray(result.items) && result.items.length > 0 : true;
}

async function timeRequests(client: LspTestClient, uri: string, positions: Position[], method: 'completion' | 'hover'): Promise<{ times: number[]; answered: number }> {
  const times: number[] = [];
  let answered = 0;
  for (const position of positions) {
    const started = performance.now();
    const result: unknown =
      method === 'completion'
        ? await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })
        : await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    times.push(performance.now() - started);
    // An empty answer is cheap; count the useful ones so a fast server that answers nothing stands out.
    if (hasContent(result)) answered++;
  }
  return { times, answered };
}

/**
 * Both servers wait for a pause in typing before they validate an edit
 * (and yaml-language-server on open too). The wait is a constant of each
 * server, read here from its source so the figures follow it.
 */
function debounceOf(file: string, pattern: RegExp): number {
  const match = pattern.exec(readFileSync(join(root, file), 'utf8'));
  if (!match) throw new Error(`cannot find the diagnostics debounce in ${file}`);
  return Number(match[1]);
}

interface Debounce {
  readonly open: number;
  readonly edit: number;
}

interface ServerFigures {
  readonly open: number;
  readonly openDiagnostics: number;
  readonly edit: number[];
  readonly broken: number[];
  readonly brokenDiagnostics: number;
  readonly completion: number[];
  readonly hover: number[];
  readonly completionAnswered: number;
  readonly hoverAnswered: number;
}

const edits = 10;

/** Edits change one service's image in the middle of the file, as typing would; every edit leaves the file valid. */
function editAt(generatedText: string, round: number): { range: { start: Position; end: Position }; text: string } {
  const service = 50 * round + 25;
  const marker = `example/app:${service}"`;
  const offset = generatedText.indexOf(marker) + marker.length - 1;
  const line = generatedText.slice(0, offset).split('\n').length - 1;
  const character = offset - generatedText.lastIndexOf('\n', offset - 1) - 1;
  return { range: { start: { line, character }, end: { line, character } }, text: '-edited' };
}

/** The line of service `service`'s `restart:` key, whose colon a breaking edit takes out (and puts back). */
function restartColon(generatedText: string, round: number): Position {
  const header = `  svc${50 * round + 30}:\n`;
  const offset = generatedText.indexOf('    restart:', generatedText.indexOf(header));
  return { line: generatedText.slice(0, offset).split('\n').length - 1, character: '    restart'.length };
}

/** Opens the file and times until its first diagnostics are published, the server's own wait taken out. */
async function timeOpen(client: LspTestClient, uri: string, languageId: string, text: string, debounce: number) {
  const started = performance.now();
  const first = client.nextDiagnostics(uri);
  await client.open(uri, languageId, text);
  const published = await first;
  return { published, open: performance.now() - started - debounce };
}

async function measureServer(client: LspTestClient, uri: string, languageId: string, text: string, generated: ReturnType<typeof generate>, debounce: Debounce): Promise<ServerFigures> {
  const { published, open } = await timeOpen(client, uri, languageId, text, debounce.open);
  const edit: number[] = [];
  for (let i = 0; i < edits; i++) {
    const next = client.nextDiagnostics(uri);
    const started = performance.now();
    await client.change(uri, [editAt(text, i)]);
    await next;
    edit.push(performance.now() - started - debounce.edit);
  }
  // Typing passes through broken YAML: a key loses its colon, then gets it back (only the break is timed).
  const broken: number[] = [];
  let brokenDiagnostics = 0;
  for (let i = 0; i < edits; i++) {
    const colon = restartColon(text, i);
    const afterColon = { line: colon.line, character: colon.character + 1 };
    let next = client.nextDiagnostics(uri);
    const started = performance.now();
    await client.change(uri, [{ range: { start: colon, end: afterColon }, text: '' }]);
    brokenDiagnostics = (await next).diagnostics.length;
    broken.push(performance.now() - started - debounce.edit);
    next = client.nextDiagnostics(uri);
    await client.change(uri, [{ range: { start: colon, end: colon }, text: ':' }]);
    await next;
  }
  const completion = await timeRequests(client, uri, generated.completionAt.slice(0, 200), 'completion');
  const hover = await timeRequests(client, uri, generated.hoverAt.slice(0, 200), 'hover');
  return {
    open,
    openDiagnostics: published.diagnostics.length,
    edit,
    broken,
    brokenDiagnostics,
    completion: completion.times,
    hover: hover.times,
    completionAnswered: completion.answered,
    hoverAnswered: hover.answered,
  };
}

/**
 * The first document a server opens runs its code cold, so "open → diagnostics" is one sample per
 * server process: these are more, each on a freshly started server (the first comes from measureServer).
 */
async function opensOnFreshServers(start: () => Promise<LspTestClient>, languageId: string, text: string, debounce: number): Promise<number[]> {
  const opens: number[] = [];
  for (let i = 0; i < freshServerOpens; i++) {
    const client = await start();
    opens.push((await timeOpen(client, 'file:///bench/compose.yaml', languageId, text, debounce)).open);
    await client.stop();
  }
  return opens;
}

const freshServerOpens = 4;

/** Pull diagnostics have no debounce: edit → textDocument/diagnostic is the server's own time. */
async function measurePull(text: string): Promise<number[]> {
  const client = await LspTestClient.start({
    command: docksideServerCommand,
    locale: 'en',
    capabilities: { ...pushDiagnosticsCapabilities, textDocument: { ...pushDiagnosticsCapabilities.textDocument, diagnostic: { dynamicRegistration: false } } },
  });
  const uri = 'file:///bench/pull/compose.yaml';
  await client.open(uri, 'dockercompose', text);
  await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const started = performance.now();
    await client.change(uri, [editAt(text, i)]);
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    times.push(performance.now() - started);
  }
  await client.stop();
  return times;
}

async function inProcess(generated: ReturnType<typeof generate>): Promise<void> {
  const ctx: ServiceContext = {
    settings: defaultSettings,
    docsLanguage: 'en',
    workspace: { readFile: () => undefined, exists: () => true },
    engine: { localImages: () => Promise.resolve([]) },
    notes: noNotes,
  };
  const coldStarted = performance.now();
  composeDiagnostics(parseCompose(TextDocument.create('file:///bench/cold.yaml', 'dockercompose', 1, generated.text)), ctx);
  const cold = performance.now() - coldStarted;
  // Typing: each version changes one service's image, as an edit would (after the file was opened once),
  // and is parsed and diagnosed with what the version before left, as the server's DocumentCache hands it over.
  const memory: DiagnosticsMemory = { lastRun: undefined };
  let previous = parseCompose(TextDocument.create('file:///bench/compose.yaml', 'dockercompose', 0, generated.text));
  composeDiagnostics(previous, ctx, memory);
  const diagnostics: number[] = [];
  for (let i = 0; i < 20; i++) {
    const text = generated.text.replace(`example/app:${i * 7}"`, `example/app:${i * 7}-edited"`);
    const started = performance.now();
    previous = parseCompose(TextDocument.create('file:///bench/compose.yaml', 'dockercompose', i + 1, text), previous);
    composeDiagnostics(previous, ctx, memory);
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
  aliasBomb(ctx);
}

/**
 * An alias bomb (nine aliases of nine aliases, nine levels: 9^9 copies) must be flagged as fast as
 * an ordinary file of its size is read, never expanded.
 */
function aliasBomb(ctx: ServiceContext): void {
  const levels = 'abcdefghi';
  const lines = [...levels].map((name, level) => `x-${name}: &${name} [${Array(9).fill(level === 0 ? '"lol"' : `*${levels[level - 1]}`).join(', ')}]`);
  const text = [...lines, 'services:', '  web:', '    image: x', ''].join('\n');
  const times: number[] = [];
  let flagged = false;
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const diagnostics = composeDiagnostics(parseCompose(TextDocument.create('file:///bench/bomb.yaml', 'dockercompose', i, text)), ctx);
    times.push(performance.now() - started);
    flagged = diagnostics.some((d) => d.code === 'excessive-aliasing');
  }
  console.log(`alias bomb (9^9 copies)  parse+diagnostics median ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))}, ${flagged ? 'flagged "excessive aliasing"' : 'NOT flagged'}`);
}

/**
 * The floor under "diagnostics after open": the `yaml` package alone (the server's own bundle of it)
 * parsing the file once in a fresh Node process, the way a server meets its first compose file.
 */
function yamlParseInFreshProcess(text: string): number[] {
  const script = `const { parseDocument } = require(${JSON.stringify(join(root, 'dist/yaml.js'))});
const text = require('node:fs').readFileSync(0, 'utf8');
const started = performance.now();
parseDocument(text, ${JSON.stringify(yamlParseOptions)});
process.stdout.write(String(performance.now() - started));`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    times.push(Number(execFileSync(process.execPath, [...serverExecArgv, '-e', script], { input: text, encoding: 'utf8' })));
  }
  return times;
}

async function main(): Promise<void> {
  const generated = generate();
  console.log(`generated compose file: ${services} services, ${generated.text.split('\n').length} lines`);
  await inProcess(generated);
  console.log(`yaml alone, parseDocument of the whole file in a fresh process: median ${ms(percentile(yamlParseInFreshProcess(generated.text), 50))} (of 5)`);

  const ourDebounce = debounceOf('server/src/server.ts', /pushDiagnosticsDelayMs = (\d+)/);
  const peerDebounce = debounceOf('node_modules/yaml-language-server/out/server/src/yamlSettings.js', /validationDelayMs = (\d+)/);

  const startDockside = () => LspTestClient.start({ command: docksideServerCommand, locale: 'en' });
  const dockside = await startDockside();
  // A newly opened document is diagnosed at once; edits wait for the debounce.
  const ours = await measureServer(dockside, 'file:///bench/compose.yaml', 'dockercompose', generated.text, generated, { open: 0, edit: ourDebounce });
  await dockside.stop();
  const pull = await measurePull(generated.text);

  const yamlSettings = { schemas: { [schemaUri]: '*compose*.yaml' }, validate: true, hover: true, completion: true, schemaStore: { enable: false } };
  const startPeer = async () => {
    const client = await LspTestClient.start({
      command: [join(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
      configuration: { yaml: yamlSettings, '[yaml]': {}, editor: {}, files: {}, http: {} },
    });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
    return client;
  };
  const peer = await startPeer();
  // yaml-language-server debounces every validation, the one on open included.
  const theirs = await measureServer(peer, 'file:///bench/compose.yaml', 'yaml', generated.text, generated, { open: peerDebounce, edit: peerDebounce });
  await peer.stop();
  const ourOpens = [ours.open, ...(await opensOnFreshServers(startDockside, 'dockercompose', generated.text, 0))];
  const theirOpens = [theirs.open, ...(await opensOnFreshServers(startPeer, 'yaml', generated.text, peerDebounce))];

  const p50 = (values: number[]) => percentile(values, 50);
  const p95 = (values: number[]) => percentile(values, 95);
  const rows: [string, number, number | undefined][] = [
    [`diagnostics after open, median of ${ourOpens.length} servers`, p50(ourOpens), p50(theirOpens)],
    [`diagnostics after an edit, median of ${edits}`, p50(ours.edit), p50(theirs.edit)],
    [`diagnostics after an edit, p95 of ${edits}`, p95(ours.edit), p95(theirs.edit)],
    [`… after an edit that breaks the YAML, median`, p50(ours.broken), p50(theirs.broken)],
    [`… after an edit that breaks the YAML, p95`, p95(ours.broken), p95(theirs.broken)],
    [`pull diagnostics after an edit, median of ${edits}`, p50(pull), undefined],
    [`pull diagnostics after an edit, p95 of ${edits}`, p95(pull), undefined],
    ['completion p50', p50(ours.completion), p50(theirs.completion)],
    ['completion p95', p95(ours.completion), p95(theirs.completion)],
    ['hover p50', p50(ours.hover), p50(theirs.hover)],
    ['hover p95', p95(ours.hover), p95(theirs.hover)],
  ];
  console.log('');
  console.log('Over LSP (stdio), one generated file, both servers in this run. Diagnostics: from sending didOpen/didChange to the');
  console.log(`published diagnostics, minus each server's own wait for a pause in typing (dockside: none on open, ${ourDebounce} ms after an edit;`);
  console.log(`yaml-language-server: ${peerDebounce} ms on both), so the figures are the servers' work. Pull: edit then textDocument/diagnostic`);
  console.log('(dockside only; the peer has no pull diagnostics). Completion and hover: request → response, 200 positions each.');
  console.log('');
  console.log(`${'measure'.padEnd(44)}${'dockside'.padStart(12)}${'yaml-ls'.padStart(12)}${'ratio'.padStart(9)}`);
  for (const [name, mine, peers] of rows) {
    const ratio = peers === undefined ? '' : `${(mine / peers).toFixed(2)}×`;
    console.log(`${name.padEnd(44)}${ms(mine).padStart(12)}${(peers === undefined ? '—' : ms(peers)).padStart(12)}${ratio.padStart(9)}`);
  }
  console.log(
    `answers with content: completion ${ours.completionAnswered}/200 vs ${theirs.completionAnswered}/200, hover ${ours.hoverAnswered}/200 vs ${theirs.hoverAnswered}/200; ` +
      `diagnostics on open: ${ours.openDiagnostics} vs ${theirs.openDiagnostics}, while broken: ${ours.brokenDiagnostics} vs ${theirs.brokenDiagnostics}`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
