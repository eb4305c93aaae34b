/**
 * BuildKit build progress benchmark (printed figures, no verdict):
 *   - decoding 10,000 `moby.buildkit.trace` messages (a build of 500 steps: each starts, prints,
 *     moves bytes and completes), alone and with the build log and current step made from them;
 *   - the same messages through the path a build takes (the engine's JSON lines in 64 kB chunks,
 *     parsed by docker-modem's followProgress): how far the log falls behind the stream, i.e. how
 *     long after a chunk arrives its last message has been written out;
 *   - the messages recorded from Docker Engine 20.10 (test/fixtures/buildkit).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import Docker from 'dockerode';
import { BuildProgress } from '../client/src/buildkit/progress';
import { messageType } from '../client/src/buildkit/protocol';
import { decodeTrace } from '../client/src/buildkit/trace';

const messageCount = 10_000;
const steps = 500;
const rounds = 5;

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const timestamp = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });

/** 10,000 base64 StatusResponses, as the engine sends them: per step a start, 16 updates (logs and byte counts), a completion. */
function syntheticTrace(): string[] {
  const type = messageType('StatusResponse');
  const encode = (message: object) => Buffer.from(type.encode(type.fromObject(message)).finish()).toString('base64');
  const messages: string[] = [];
  const perStep = messageCount / steps;
  let clock = 1_700_000_000_000;
  for (let step = 1; messages.length < messageCount; step++) {
    const digest = `sha256:${step.toString(16).padStart(64, '0')}`;
    const name = `[build ${step}/${steps}] RUN npm run build -- --step ${step} && echo done`;
    const started = clock;
    messages.push(encode({ vertexes: [{ digest, name, started: timestamp(started) }] }));
    for (let update = 0; update < perStep - 2 && messages.length < messageCount; update++) {
      clock += 7;
      messages.push(
        update % 2 === 0
          ? encode({ logs: [{ vertex: digest, timestamp: timestamp(clock), stream: 1, msg: Buffer.from(`> compiling module ${update} of step ${step}: src/components/Widget${update}.tsx\n`) }] })
          : encode({ statuses: [{ ID: `sha256:layer${step}`, vertex: digest, name: 'extracting', current: update * 100_000, total: perStep * 100_000, timestamp: timestamp(clock), started: timestamp(started) }] }),
      );
    }
    if (messages.length < messageCount) messages.push(encode({ vertexes: [{ digest, name, started: timestamp(started), completed: timestamp(++clock) }] }));
  }
  return messages;
}

function report(label: string, totalMs: number, count: number, extra = ''): void {
  console.log(`${label}: ${totalMs.toFixed(1)} ms for ${count.toLocaleString('en')} messages (${((totalMs * 1000) / count).toFixed(1)} µs each, ${Math.round(count / (totalMs / 1000)).toLocaleString('en')}/s)${extra}`);
}

function decodeOnly(messages: readonly string[]): number {
  const started = performance.now();
  for (const aux of messages) decodeTrace(aux);
  return performance.now() - started;
}

function decodeAndLog(messages: readonly string[]): { ms: number; logBytes: number; perMessage: number[] } {
  const progress = new BuildProgress();
  const perMessage: number[] = [];
  let logBytes = 0;
  const started = performance.now();
  for (const aux of messages) {
    const before = performance.now();
    logBytes += progress.write(decodeTrace(aux)).length;
    progress.currentStep();
    perMessage.push(performance.now() - before);
  }
  return { ms: performance.now() - started, logBytes, perMessage };
}

/** The engine's JSON lines in 64 kB chunks through followProgress: for each chunk, how long until its messages are in the log. */
async function throughTheStream(messages: readonly string[]): Promise<{ ms: number; lags: number[] }> {
  const body = Buffer.from(messages.map((aux) => `${JSON.stringify({ id: 'moby.buildkit.trace', aux })}\r\n`).join(''));
  const modem = new Docker().modem;
  const stream = new PassThrough();
  const progress = new BuildProgress();
  const lags: number[] = [];
  const chunkSize = 64 * 1024;
  const written: number[] = [];
  let parsedBytes = 0;
  let nextChunk = 0;
  const started = performance.now();
  const done = new Promise<void>((resolve, reject) => {
    modem.followProgress(
      stream,
      (error: Error | null) => (error ? reject(error) : resolve()),
      (event: { aux: string }) => {
        progress.write(decodeTrace(event.aux));
        progress.currentStep();
        parsedBytes += JSON.stringify({ id: 'moby.buildkit.trace', aux: event.aux }).length + 2;
        // A chunk is caught up once every message that ended inside it is written out.
        while (nextChunk < written.length && parsedBytes >= Math.min(body.length, (nextChunk + 1) * chunkSize)) {
          lags.push(performance.now() - written[nextChunk]);
          nextChunk += 1;
        }
      },
    );
  });
  for (let at = 0; at < body.length; at += chunkSize) {
    written.push(performance.now());
    stream.write(body.subarray(at, at + chunkSize));
    // As a socket would: the next chunk arrives in a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  }
  stream.end();
  await done;
  return { ms: performance.now() - started, lags };
}

async function main(): Promise<void> {
  const messages = syntheticTrace();
  const sizes = messages.map((aux) => Buffer.from(aux, 'base64').length);
  console.log(`trace: ${messages.length.toLocaleString('en')} messages, ${steps} steps, ${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} kB of protobuf`);

  // Warm-up, then the median of several rounds.
  decodeOnly(messages);
  decodeAndLog(messages);
  const decodeRuns: number[] = [];
  const logRuns: { ms: number; logBytes: number; perMessage: number[] }[] = [];
  for (let round = 0; round < rounds; round++) {
    decodeRuns.push(decodeOnly(messages));
    logRuns.push(decodeAndLog(messages));
  }
  report('decode', percentile(decodeRuns, 0.5), messages.length, ` [median of ${rounds}]`);
  const medianLog = [...logRuns].sort((a, b) => a.ms - b.ms)[Math.floor(rounds / 2)];
  report('decode + log + current step', medianLog.ms, messages.length, ` [median of ${rounds}]; per message p50 ${(percentile(medianLog.perMessage, 0.5) * 1000).toFixed(1)} µs, p99 ${(percentile(medianLog.perMessage, 0.99) * 1000).toFixed(1)} µs, max ${Math.max(...medianLog.perMessage).toFixed(2)} ms; log ${(medianLog.logBytes / 1024).toFixed(0)} kB`);

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const retained = new BuildProgress();
  for (const aux of messages) retained.write(decodeTrace(aux));
  global.gc?.();
  console.log(`memory kept by the progress of a ${steps}-step build: ${((process.memoryUsage().heapUsed - heapBefore) / 1024).toFixed(0)} kB`);

  const streamRuns: { ms: number; lags: number[] }[] = [];
  for (let round = 0; round < rounds; round++) streamRuns.push(await throughTheStream(messages));
  const lags = streamRuns.flatMap((run) => run.lags);
  report('through followProgress in 64 kB chunks', percentile(streamRuns.map((run) => run.ms), 0.5), messages.length, ` [median of ${rounds}]`);
  console.log(`log behind the stream, per chunk: p50 ${percentile(lags, 0.5).toFixed(2)} ms, p95 ${percentile(lags, 0.95).toFixed(2)} ms, max ${Math.max(...lags).toFixed(2)} ms (n=${lags.length})`);

  const recorded = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'buildkit', 'failed-multistage.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id?: string; aux?: string })
    .filter((message) => message.id === 'moby.buildkit.trace')
    .map((message) => message.aux!);
  const recordedStarted = performance.now();
  for (let round = 0; round < 1000; round++) {
    const progress = new BuildProgress();
    for (const aux of recorded) progress.write(decodeTrace(aux));
  }
  report('recorded Docker Engine 20.10 build, ×1000', performance.now() - recordedStarted, recorded.length * 1000);
}

void main();
