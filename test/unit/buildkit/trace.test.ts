/**
 * BuildKit's build trace: decoding `moby.buildkit.trace` messages (a stream recorded from a real
 * Docker Engine 20.10, and messages encoded here byte by byte from BuildKit's documented field
 * numbers), and the buildx-style log and current step made from them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { locateFailedStep } from '../../../client/src/buildkit/failureLocation';
import { BuildProgress } from '../../../client/src/buildkit/progress';
import { decodeTrace, type TraceMessage } from '../../../client/src/buildkit/trace';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { buildInfo } from '../../../server/src/service/dockerfile/buildInfo';

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'buildkit');

/** The recorded build's trace messages, decoded, and its other messages. */
function recorded(): { traces: TraceMessage[]; others: Record<string, unknown>[] } {
  const lines = readFileSync(join(fixtures, 'failed-multistage.jsonl'), 'utf8').split('\n').filter(Boolean);
  const messages = lines.map((line) => JSON.parse(line) as { id?: string; aux?: string });
  return {
    traces: messages.filter((message) => message.id === 'moby.buildkit.trace').map((message) => decodeTrace(message.aux!)),
    others: messages.filter((message) => message.id !== 'moby.buildkit.trace'),
  };
}

// ---- A protobuf writer, so that the test states BuildKit's field numbers itself -------------------

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
const field = (number: number, wireType: number) => varint(number * 8 + wireType);
const int = (number: number, value: number) => [...field(number, 0), ...varint(value)];
const bytes = (number: number, content: number[] | string) => {
  const data = typeof content === 'string' ? [...Buffer.from(content)] : content;
  return [...field(number, 2), ...varint(data.length), ...data];
};
const timestamp = (number: number, seconds: number, nanos: number) => bytes(number, [...int(1, seconds), ...int(2, nanos)]);
const base64 = (data: number[]) => Buffer.from(data).toString('base64');

describe('decoding moby.buildkit.trace', () => {
  test('a message encoded from the documented field numbers: vertex, status, log and warning', () => {
    const vertex = [
      ...bytes(1, 'sha256:aaa'),
      ...bytes(2, 'sha256:input'),
      ...bytes(3, '[build 2/3] RUN make'),
      ...int(4, 1),
      ...timestamp(5, 1_700_000_000, 250_000_000),
      ...timestamp(6, 1_700_000_002, 0),
      ...bytes(7, 'it broke'),
    ];
    const status = [...bytes(1, 'sha256:layer'), ...bytes(2, 'sha256:aaa'), ...bytes(3, 'downloading'), ...int(4, 1500), ...int(5, 3000), ...timestamp(7, 1_700_000_001, 0)];
    const log = [...bytes(1, 'sha256:aaa'), ...timestamp(2, 1_700_000_001, 500_000_000), ...int(3, 2), ...bytes(4, 'compiling…\n')];
    const range = bytes(7, [...bytes(1, [...int(1, 4), ...int(2, 0)]), ...bytes(2, [...int(1, 5), ...int(2, 0)])]);
    const warning = [...bytes(1, 'sha256:aaa'), ...int(2, 1), ...bytes(3, 'JSONArgsRecommended'), ...bytes(4, 'use JSON'), ...bytes(5, 'https://docs.docker.com/x'), ...range];
    const message = decodeTrace(base64([...bytes(1, vertex), ...bytes(2, status), ...bytes(3, log), ...bytes(4, warning)]));
    assert.deepEqual(message.vertexes, [
      { digest: 'sha256:aaa', name: '[build 2/3] RUN make', cached: true, started: 1_700_000_000_250, completed: 1_700_000_002_000, error: 'it broke' },
    ]);
    assert.deepEqual(message.statuses, [
      { id: 'sha256:layer', vertex: 'sha256:aaa', name: 'downloading', current: 1500, total: 3000, timestamp: undefined, started: 1_700_000_001_000, completed: undefined },
    ]);
    assert.equal(message.logs.length, 1);
    assert.equal(message.logs[0].stream, 2);
    assert.equal(message.logs[0].timestamp, 1_700_000_001_500);
    assert.equal(Buffer.from(message.logs[0].data).toString(), 'compiling…\n');
    assert.deepEqual(message.warnings, [
      { vertex: 'sha256:aaa', level: 1, short: 'JSONArgsRecommended', detail: ['use JSON'], url: 'https://docs.docker.com/x', lines: [{ start: 3, end: 4 }] },
    ]);
  });

  test('fields BuildKit adds later are skipped, and an empty message is empty', () => {
    const unknown = [...int(15, 7), ...bytes(16, 'future')];
    const message = decodeTrace(base64([...bytes(1, [...bytes(3, 'step'), ...unknown]), ...unknown]));
    assert.equal(message.vertexes[0].name, 'step');
    assert.deepEqual(decodeTrace(''), { vertexes: [], statuses: [], logs: [], warnings: [] });
  });

  test('a stream recorded from Docker Engine 20.10 decodes: every step, its output, and the failure', () => {
    const { traces, others } = recorded();
    const names = new Set(traces.flatMap((message) => message.vertexes.map((vertex) => vertex.name)));
    assert.deepEqual([...names].filter((name) => name.startsWith('[')), [
      '[internal] load remote build context',
      '[internal] load metadata for docker.io/dockside-test/busybox:latest',
      '[base 2/4] WORKDIR /work',
      '[base 3/4] COPY hello.txt ./',
      '[base 4/4] RUN cat hello.txt && echo to-stderr >&2',
      '[test 1/1] RUN --mount=type=cache,target=/cache echo "exiting with 3" &&     exit 3',
      '[base 1/4] FROM docker.io/dockside-test/busybox:latest',
    ]);
    const output = traces.flatMap((message) => message.logs.map((log) => Buffer.from(log.data).toString())).join('');
    assert.equal(output, 'hello\nto-stderr\nexiting with 3\n');
    assert.match(String(others.at(-1)?.error), /exit code: 3/);
  });
});

describe('the build log and the current step', () => {
  test('the recorded build reads as `buildx --progress=plain`: steps as they start, output, CACHED, DONE, ERROR', () => {
    const progress = new BuildProgress();
    const log = recorded().traces.map((message) => progress.write(message)).join('');
    const lines = log.split('\n').filter((line) => line !== '');
    assert.deepEqual(
      lines.map((line) => line.replace(/DONE \d+\.\ds/, 'DONE t').replace(/^(#\d+) \d+\.\d{3} /, '$1 t ')),
      [
        '#1 [internal] load remote build context',
        '#1 DONE t',
        '#2 copy /context /',
        '#2 DONE t',
        '#3 [internal] load metadata for docker.io/dockside-test/busybox:latest',
        '#3 DONE t',
        '#4 [base 1/4] FROM docker.io/dockside-test/busybox:latest',
        '#4 DONE t',
        '#5 [base 2/4] WORKDIR /work',
        '#5 CACHED',
        '#6 [base 3/4] COPY hello.txt ./',
        '#6 DONE t',
        '#7 [base 4/4] RUN cat hello.txt && echo to-stderr >&2',
        '#7 t hello',
        '#7 t to-stderr',
        '#7 DONE t',
        '#8 [test 1/1] RUN --mount=type=cache,target=/cache echo "exiting with 3" &&     exit 3',
        '#8 t exiting with 3',
        '#8 ERROR: executor failed running [/bin/sh -c echo "exiting with $CODE" &&     exit $CODE]: exit code: 3',
      ],
    );
    assert.deepEqual(progress.failure, {
      name: '[test 1/1] RUN --mount=type=cache,target=/cache echo "exiting with 3" &&     exit 3',
      error: 'executor failed running [/bin/sh -c echo "exiting with $CODE" &&     exit $CODE]: exit code: 3',
    });
  });

  test('the failed step of the recorded build is the RUN on lines 8–9 of its Dockerfile', () => {
    const dockerfile = readFileSync(join(fixtures, 'failed-multistage.Dockerfile'), 'utf8');
    const progress = new BuildProgress();
    for (const message of recorded().traces) progress.write(message);
    const info = buildInfo(parseDockerfile(dockerfile, 'file:///Dockerfile', 1));
    assert.deepEqual(locateFailedStep(progress.failure!.name, info), { startLine: 7, endLine: 8 });
  });

  test('the current step is the latest one running, with the bytes it is moving; none once all finished', () => {
    const progress = new BuildProgress();
    const at = (seconds: number) => 1_700_000_000_000 + seconds * 1000;
    progress.write({ vertexes: [{ digest: 'a', name: '[1/3] FROM docker.io/library/alpine', cached: false, started: at(0) }], statuses: [], logs: [], warnings: [] });
    assert.equal(progress.currentStep(), '[1/3] FROM docker.io/library/alpine');
    progress.write({
      vertexes: [],
      statuses: [
        { id: 'layer1', vertex: 'a', name: 'sha256:1', current: 1_000_000, total: 4_000_000 },
        { id: 'layer2', vertex: 'a', name: 'sha256:2', current: 500_000, total: 1_000_000 },
      ],
      logs: [],
      warnings: [],
    });
    assert.equal(progress.currentStep(), '[1/3] FROM docker.io/library/alpine (1.5 MB / 5 MB)');
    const log = progress.write({ vertexes: [{ digest: 'b', name: '[2/3] RUN make', cached: false, started: at(1) }], statuses: [], logs: [], warnings: [] });
    assert.equal(log, '\n#2 [2/3] RUN make\n');
    assert.equal(progress.currentStep(), '[2/3] RUN make');
    progress.write({ vertexes: [{ digest: 'b', name: '[2/3] RUN make', cached: false, started: at(1), completed: at(2) }], statuses: [], logs: [], warnings: [] });
    assert.equal(progress.currentStep(), '[1/3] FROM docker.io/library/alpine (1.5 MB / 5 MB)');
    progress.write({ vertexes: [{ digest: 'a', name: '[1/3] FROM docker.io/library/alpine', cached: false, started: at(0), completed: at(3) }], statuses: [], logs: [], warnings: [] });
    assert.equal(progress.currentStep(), undefined);
  });

  test('output split across messages is joined into lines; a last line without a break is written when the step ends', () => {
    const progress = new BuildProgress();
    const log = (text: string) => ({ vertexes: [], statuses: [], logs: [{ vertex: 'a', stream: 1, timestamp: 1500, data: Buffer.from(text) }], warnings: [] });
    let out = progress.write({ vertexes: [{ digest: 'a', name: '[1/1] RUN x', cached: false, started: 1000 }], statuses: [], logs: [], warnings: [] });
    out += progress.write(log('hel'));
    out += progress.write(log('lo\r\nwor'));
    out += progress.write(log('ld'));
    out += progress.write({ vertexes: [{ digest: 'a', name: '[1/1] RUN x', cached: false, started: 1000, completed: 3000 }], statuses: [], logs: [], warnings: [] });
    assert.equal(out, '\n#1 [1/1] RUN x\n#1 0.500 hello\n#1 2.000 world\n#1 DONE 2.0s\n');
  });

  test('a warning is written with its line, detail and link, and kept', () => {
    const progress = new BuildProgress();
    const out = progress.write({
      vertexes: [],
      statuses: [],
      logs: [],
      warnings: [{ vertex: 'a', level: 1, short: 'FromAsCasing: mixed case', detail: ['use AS'], url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/', lines: [{ start: 0, end: 0 }] }],
    });
    assert.equal(out, 'WARNING: FromAsCasing: mixed case (line 1)\n  use AS\n  More info: https://docs.docker.com/go/dockerfile/rule/from-as-casing/\n');
    assert.equal(progress.warnings.length, 1);
  });
});
