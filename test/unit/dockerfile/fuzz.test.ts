/**
 * A seeded fuzz of the Dockerfile parser, diagnostics and quick fixes over
 * mutations of the corpus: none may throw, and none may hang. The time bound
 * is a hang detector (a generous one), not a speed goal; `npm run bench` measures speed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { instructionAt, offsetAt, positionAt } from '../../../server/src/dockerfile/positions';
import { dockerfileCodeActions } from '../../../server/src/service/dockerfile/codeActions';
import { dockerfileDiagnostics } from '../../../server/src/service/dockerfile/diagnostics';
import { contextWith } from './diagnostics.support';
import { seededRandom } from '../../support/seededRandom';

const corpusDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'corpus', 'dockerfiles');
const iterations = 5_000;
/**
 * A hang guard, not a speed goal (speed is `npm run bench`'s): an endless loop or a quadratic
 * blow-up on the 1 MB line takes minutes, while a cold, JIT-less first mutation on a loaded
 * two-core CI machine took 1,076 ms once, which a 1 s bound turned into a failure.
 */
const hangBoundMs = 15_000;

const random = seededRandom(0xd0c51de);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];

/** Characters that matter to the parser, plus Unicode that is easy to mishandle. */
const nasty = ['\\', '`', '$', '{', '}', '"', "'", '[', ']', '<<', '<<-', '--', '=', '#', '\n', '\r', '\r\n', ' ', '\t', ',', ':', '/', '${', '<<EOF', '\nEOF\n', '# escape=`\n', '\uFEFF', '\uD800', '\uDC00', '😀', '한글', '\u202E', '\u0000', '\u2028'];

function randomUnicode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCodePoint(int(0x10ffff) % 0xd800);
  return out;
}

const mutations: Array<(text: string) => string> = [
  // byte flips
  (text) => {
    const chars = [...text];
    for (let i = 0, n = 1 + int(20); i < n && chars.length > 0; i++) chars[int(chars.length)] = pick(nasty);
    return chars.join('');
  },
  // truncation
  (text) => text.slice(0, int(text.length + 1)),
  // shuffled lines
  (text) => {
    const lines = text.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  },
  // random Unicode spliced in
  (text) => {
    const at = int(text.length + 1);
    return text.slice(0, at) + randomUnicode(1 + int(50)) + text.slice(at);
  },
  // parser-significant tokens spliced in
  (text) => {
    let out = text;
    for (let i = 0, n = 1 + int(10); i < n; i++) {
      const at = int(out.length + 1);
      out = out.slice(0, at) + pick(nasty) + out.slice(at);
    }
    return out;
  },
  // lines duplicated and dropped
  (text) => text.split('\n').flatMap((line) => (random() < 0.1 ? [] : random() < 0.1 ? [line, line] : [line])).join('\n'),
];

/** Rare and heavy: a 1 MB line and 10,000 continuation lines. */
const heavyMutations: Array<(text: string) => string> = [
  (text) => `${text}\nRUN ${'echo $A ${B:-c} "q" \'s\' '.repeat(40_000).slice(0, 1_000_000)}\n`,
  (text) => `${text}\nRUN apt-get install \\\n${'  pkg \\\n'.repeat(10_000)}  last\n`,
  (text) => `FROM alpine\nENV ${'X=${'.repeat(50_000)}\nLABEL ${'a="b" '.repeat(100_000)}\n${text}`,
];

test(`${iterations} mutated corpus files: parse, diagnostics and quick fixes never throw or hang`, (t) => {
  const corpus = readdirSync(corpusDir).sort().map((file) => readFileSync(join(corpusDir, file), 'utf8'));
  assert.ok(corpus.length > 0, 'the corpus is there');
  const ctx = contextWith({ 'file:///project/.dockerignore': '*.md\n!README.md\n**/node_modules\n[a-' });
  let slowest = 0;
  for (let i = 0; i < iterations; i++) {
    const base = pick(corpus);
    const mutate = i % 500 === 0 ? heavyMutations[(i / 500) % heavyMutations.length] : pick(mutations);
    const text = mutate(random() < 0.3 ? base.replace(/\n/g, '\r\n') : base);
    const started = performance.now();
    try {
      const ast = parseDockerfile(text, 'file:///project/Dockerfile', i);
      const diagnostics = dockerfileDiagnostics(ast, ctx);
      const whole = { start: { line: 0, character: 0 }, end: positionAt(ast, text.length) };
      dockerfileCodeActions(ast, whole, { diagnostics });
      const position = positionAt(ast, int(text.length + 1));
      instructionAt(ast, position);
      assert.ok(offsetAt(ast, position) <= text.length);
    } catch (error) {
      assert.fail(`mutation ${i} threw ${String((error as Error).stack)}\n--- input (first 2000 chars) ---\n${text.slice(0, 2000)}`);
    }
    const elapsed = performance.now() - started;
    slowest = Math.max(slowest, elapsed);
    assert.ok(elapsed < hangBoundMs, `mutation ${i} took ${elapsed.toFixed(0)} ms`);
  }
  t.diagnostic(`slowest mutation: ${slowest.toFixed(0)} ms`);
});
