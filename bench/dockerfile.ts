/**
 * Dockerfile language server speed and memory, side by side with
 * dockerfile-language-server-nodejs (the peer), through the same LSP harness,
 * in the same run, on the same files:
 *   - over ../shared/corpus/dockerfiles: p95 of diagnostics, completion and hover, and peak RSS after it;
 *   - on a generated 12,800-line Dockerfile: completion and hover p95, full diagnostics,
 *     re-diagnosis after a one-line didChange, full semantic tokens (and their growth with size);
 *   - cold start: spawn to the `initialize` result.
 * Dockside is asked for diagnostics by pull (`textDocument/diagnostic`, which also parses), the
 * peer (push only) is timed from the notification to its published diagnostics.
 * Prints figures and ratios; never passes or fails on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ClientCapabilities,
  CompletionRequest,
  DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  Position,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { serverEnvironment } from '../client/src/serverProcess';
import { LspTestClient, pushDiagnosticsCapabilities } from '../test/support/lspClient';
import { docksideCommand } from './support/docksideCommand';
import { generateDockerfile } from './support/generateDockerfile';

const root = join(__dirname, '..', '..');
// Bundled into out/bench, where the harness's own idea of the repository root no longer holds.
const docksideServer = join(root, 'dist', 'server.js');
const peerServer = join(root, 'node_modules', 'dockerfile-language-server-nodejs', 'lib', 'server.js');
const corpusDir = join(root, '..', 'shared', 'corpus', 'dockerfiles');
const bigLines = 12_800;
const semanticTokenSizes = [800, 3_200, 12_800];
/** The peer's semantic tokens grow faster than the file; beyond this size one request takes minutes. */
const peerSemanticTokensMaxLines = 3_200;

interface Target {
  readonly name: string;
  readonly command: readonly string[];
  readonly pull: boolean;
  readonly environment: (inherited: NodeJS.ProcessEnv) => NodeJS.ProcessEnv;
}

const pullCapabilities: ClientCapabilities = {
  ...pushDiagnosticsCapabilities,
  textDocument: { ...pushDiagnosticsCapabilities.textDocument, diagnostic: { dynamicRegistration: false } },
};

const targets: readonly Target[] = [
  // With the environment the extension starts it with, too.
  { name: 'dockside', command: docksideCommand(docksideServer), pull: true, environment: serverEnvironment },
  { name: 'peer', command: [peerServer, '--stdio'], pull: false, environment: (inherited) => inherited },
];

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

let documentCounter = 0;
const freshUri = (name: string) => `file:///bench/${++documentCounter}/${name}`;

async function start(target: Target): Promise<LspTestClient> {
  // The harness spawns the server with this process's environment.
  const inherited = process.env;
  process.env = target.environment(inherited);
  try {
    return await LspTestClient.start({ command: target.command, capabilities: target.pull ? pullCapabilities : pushDiagnosticsCapabilities, locale: 'en' });
  } finally {
    process.env = inherited;
  }
}

/** Opens a document and times until its diagnostics are known. */
async function openAndTimeDiagnostics(client: LspTestClient, target: Target, uri: string, text: string): Promise<number> {
  if (target.pull) {
    await client.open(uri, 'dockerfile', text);
    return timed(() => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }));
  }
  const published = client.nextDiagnostics(uri);
  return timed(async () => {
    await client.open(uri, 'dockerfile', text);
    await published;
  });
}

/** Edits one line and times until the new diagnostics are known. */
async function changeAndTimeDiagnostics(client: LspTestClient, target: Target, uri: string, line: number, text: string): Promise<number> {
  const change = [{ range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER >>> 12 } }, text }];
  if (target.pull) {
    await client.change(uri, change);
    return timed(() => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }));
  }
  const published = client.nextDiagnostics(uri);
  return timed(async () => {
    await client.change(uri, change);
    await published;
  });
}

async function close(client: LspTestClient, uri: string): Promise<void> {
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
}

async function timeRequests(client: LspTestClient, uri: string, positions: readonly Position[], method: 'completion' | 'hover'): Promise<number[]> {
  const times: number[] = [];
  for (const position of positions) {
    const params = { textDocument: { uri }, position };
    times.push(await timed(async () => {
      if (method === 'completion') await client.connection.sendRequest(CompletionRequest.type, params);
      else await client.connection.sendRequest(HoverRequest.type, params);
    }));
  }
  return times;
}

/** Up to `count` instruction lines, evenly spread: completion at the line end, hover on the keyword. */
function probePositions(text: string, count: number): { completion: Position[]; hover: Position[] } {
  const lines = text.split(/\r?\n/);
  const candidates = lines.flatMap((line, index) => (/^[A-Za-z]+\s/.test(line) && index > 0 ? [index] : []));
  const step = Math.max(1, Math.floor(candidates.length / count));
  const chosen = candidates.filter((_, i) => i % step === 0).slice(0, count);
  return {
    completion: chosen.flatMap((line) => [{ line, character: 0 }, { line, character: lines[line].length }]),
    hover: chosen.map((line) => ({ line, character: 1 })),
  };
}

/** Peak resident set size of a process (Linux), in MB. */
function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

interface Figures {
  /** The very first start (dockside: no code cache yet). */
  coldStartFirst: number;
  coldStartMedian: number;
  coldStartP95: number;
  corpusDiagnosticsP95: number;
  corpusCompletionP95: number;
  corpusHoverP95: number;
  peakRssMb: number;
  bigDiagnosticsP95: number;
  bigDiagnosticsMedian: number;
  /** Each open in order: the p95 of 20 is the second slowest, so it shows which one that was. */
  bigDiagnosticsEach: number[];
  bigChangeP95: number;
  bigChangeMedian: number;
  bigCompletionP95: number;
  bigHoverP95: number;
  semanticTokens: Map<number, number>;
}

async function measure(target: Target): Promise<Figures> {
  const coldStarts: number[] = [];
  for (let i = 0; i < 7; i++) {
    let client: LspTestClient | undefined;
    coldStarts.push(await timed(async () => {
      client = await start(target);
    }));
    await client?.stop();
  }

  const client = await start(target);
  const corpus = readdirSync(corpusDir).sort().map((file) => readFileSync(join(corpusDir, file), 'utf8'));
  const corpusDiagnostics: number[] = [];
  const corpusCompletion: number[] = [];
  const corpusHover: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const text of corpus) {
      const uri = freshUri('Dockerfile');
      corpusDiagnostics.push(await openAndTimeDiagnostics(client, target, uri, text));
      if (round === 0) {
        const probes = probePositions(text, 10);
        corpusCompletion.push(...(await timeRequests(client, uri, probes.completion, 'completion')));
        corpusHover.push(...(await timeRequests(client, uri, probes.hover, 'hover')));
      }
      await close(client, uri);
    }
  }
  const rss = peakRssMb(client.process.pid);

  const big = generateDockerfile(bigLines);
  const bigDiagnostics: number[] = [];
  for (let i = 0; i < 20; i++) {
    const uri = freshUri('Dockerfile');
    bigDiagnostics.push(await openAndTimeDiagnostics(client, target, uri, big));
    await close(client, uri);
  }
  const bigUri = freshUri('Dockerfile');
  await openAndTimeDiagnostics(client, target, bigUri, big);
  const bigChange: number[] = [];
  const exposeLine = big.split('\n').indexOf('EXPOSE 3000/tcp');
  for (let i = 0; i < 20; i++) bigChange.push(await changeAndTimeDiagnostics(client, target, bigUri, exposeLine, `EXPOSE ${4000 + i}/tcp`));
  const probes = probePositions(big, 25);
  const bigCompletion = await timeRequests(client, bigUri, probes.completion, 'completion');
  const bigHover = await timeRequests(client, bigUri, probes.hover, 'hover');
  await close(client, bigUri);

  const semanticTokens = new Map<number, number>();
  const supportsTokens = client.initializeResult.capabilities.semanticTokensProvider !== undefined;
  for (const lines of semanticTokenSizes) {
    if (!supportsTokens || (target.name === 'peer' && lines > peerSemanticTokensMaxLines)) continue;
    const uri = freshUri('Dockerfile');
    await openAndTimeDiagnostics(client, target, uri, generateDockerfile(lines));
    const runs: number[] = [];
    for (let i = 0; i < (target.name === 'peer' ? 1 : 5); i++) {
      runs.push(await timed(() => client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })));
    }
    semanticTokens.set(lines, percentile(runs, 95));
    await close(client, uri);
  }
  await client.stop();

  return {
    coldStartFirst: coldStarts[0],
    coldStartMedian: percentile(coldStarts, 50),
    coldStartP95: percentile(coldStarts, 95),
    corpusDiagnosticsP95: percentile(corpusDiagnostics, 95),
    corpusCompletionP95: percentile(corpusCompletion, 95),
    corpusHoverP95: percentile(corpusHover, 95),
    peakRssMb: rss,
    bigDiagnosticsP95: percentile(bigDiagnostics, 95),
    bigDiagnosticsMedian: percentile(bigDiagnostics, 50),
    bigDiagnosticsEach: bigDiagnostics,
    bigChangeP95: percentile(bigChange, 95),
    bigChangeMedian: percentile(bigChange, 50),
    bigCompletionP95: percentile(bigCompletion, 95),
    bigHoverP95: percentile(bigHover, 95),
    semanticTokens,
  };
}

function table(ours: Figures, peer: Figures): void {
  const rows: Array<[string, number, number, string, string]> = [
    ['cold start, first (dockside: before its code cache)', ours.coldStartFirst, peer.coldStartFirst, 'ms', ''],
    ['cold start, median (spawn → initialize)', ours.coldStartMedian, peer.coldStartMedian, 'ms', '≤ 100 ms'],
    ['cold start, p95', ours.coldStartP95, peer.coldStartP95, 'ms', ''],
    ['corpus: diagnostics p95', ours.corpusDiagnosticsP95, peer.corpusDiagnosticsP95, 'ms', '≤ 0.8× peer'],
    ['corpus: completion p95', ours.corpusCompletionP95, peer.corpusCompletionP95, 'ms', '≤ 0.8× peer'],
    ['corpus: hover p95', ours.corpusHoverP95, peer.corpusHoverP95, 'ms', '≤ 0.8× peer'],
    ['peak RSS after the corpus', ours.peakRssMb, peer.peakRssMb, 'MB', '≤ 70 MB'],
    [`${bigLines} lines: full diagnostics p95`, ours.bigDiagnosticsP95, peer.bigDiagnosticsP95, 'ms', '≤ 45 ms'],
    [`${bigLines} lines: full diagnostics median`, ours.bigDiagnosticsMedian, peer.bigDiagnosticsMedian, 'ms', ''],
    [`${bigLines} lines: re-diagnosis after a one-line edit p95`, ours.bigChangeP95, peer.bigChangeP95, 'ms', '≤ 20 ms'],
    [`${bigLines} lines: re-diagnosis median`, ours.bigChangeMedian, peer.bigChangeMedian, 'ms', ''],
    [`${bigLines} lines: completion p95`, ours.bigCompletionP95, peer.bigCompletionP95, 'ms', '≤ 5 ms'],
    [`${bigLines} lines: hover p95`, ours.bigHoverP95, peer.bigHoverP95, 'ms', '≤ 5 ms'],
    ...semanticTokenSizes.map((lines): [string, number, number, string, string] =>
      [`${lines} lines: full semantic tokens`, ours.semanticTokens.get(lines) ?? NaN, peer.semanticTokens.get(lines) ?? NaN, 'ms', lines === bigLines ? '≤ 30 ms' : '']),
  ];
  const format = (value: number, unit: string) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`);
  const header = ['metric', 'dockside', 'peer', 'dockside/peer', 'target'];
  const body = rows.map(([metric, a, b, unit, target]) => [metric, format(a, unit), format(b, unit), Number.isNaN(a / b) ? 'n/a' : `${(a / b).toFixed(2)}×`, target]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
  console.log(`\ndockside ${bigLines} lines, full diagnostics of each open in order (ms): ${ours.bigDiagnosticsEach.map((t) => t.toFixed(0)).join(' ')}`);
  const growth = ours.semanticTokens.get(bigLines)! / ours.semanticTokens.get(semanticTokenSizes[0])!;
  if (!Number.isNaN(growth)) console.log(`dockside semantic tokens: ${bigLines / semanticTokenSizes[0]}× the lines took ${growth.toFixed(1)}× the time`);
}

let finished = false;

async function main(): Promise<void> {
  // A server that dies leaves its requests unanswered and the event loop empty: say so instead of exiting quietly.
  process.on('beforeExit', () => {
    if (!finished) {
      console.error('a language server stopped answering before the benchmark finished');
      process.exitCode = 1;
    }
  });
  const [ours, peer] = [await measure(targets[0]), await measure(targets[1])];
  finished = true;
  table(ours, peer);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
