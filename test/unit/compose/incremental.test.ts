/**
 * Incremental parsing gives what a plain parse gives: same values, same
 * node ranges, same diagnostics — across a series of edits where most
 * chunks are reused from the previous version with shifted ranges (and the
 * diagnostics and references of unchanged services are replayed at their
 * new place). Each version is parsed from the one before it and diagnosed
 * with the document's memory, as DocumentCache hands them over.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isPair, isScalar, isSeq, Node } from 'yaml';
import { ComposeDocument, parseCompose } from '../../../server/src/compose/model';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import type { DiagnosticsMemory } from '../../../server/src/service/mode';
import { fakeContext } from './support';

const repoRoot = join(__dirname, '../../../..');
const corpusDir = join(repoRoot, '..', 'shared', 'corpus', 'compose');
const ctx = fakeContext({ folders: ['file:///inc'] });

function generated(services: number): string {
  const lines = ['# generated', 'name: inc', 'services:'];
  for (let i = 0; i < services; i++) {
    lines.push(`  svc${i}:`, `    image: "app:${i}"`, `    ports: ["${20000 + i}:80"]`, `    networks: [back${i % 17 === 8 ? ', lost' : ''}]`);
    if (i > 0) lines.push('    depends_on:', `      - svc${i - 1}`);
    // Findings inside a service, which are replayed while the service is unchanged.
    if (i % 7 === 3) lines.push('    enviroment:', '      PRICE: "5 $ each"');
    if (i % 11 === 5) lines.push('    restart: sometimes', '    healthcheck:', '      test: ["true"]', '      interval: 10');
    if (i % 13 === 6) lines.push(`    links: [svc${i - 1}]`, '    environment:', '      - MODE= debug');
  }
  lines.push('networks:', '  back:', '');
  return lines.join('\n');
}

function ranges(compose: ComposeDocument): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    } else if (isMap(node) || isSeq(node)) {
      node.items.forEach(visit);
    } else if (isScalar(node)) {
      found.push(`${String(node.value)}@${(node as Node).range?.join(',')}`);
    }
  };
  visit(compose.yaml.contents);
  return found;
}

/** A document being edited: each version parsed incrementally from the one before, and diagnosed with the document's memory. */
class EditedDocument {
  private version = 0;
  private last: ComposeDocument | undefined;
  private readonly memory: DiagnosticsMemory = { lastRun: undefined };

  constructor(private readonly uri: string) {}

  parse(text: string): ComposeDocument {
    this.last = parseCompose(TextDocument.create(this.uri, 'dockercompose', ++this.version, text), this.last, 0);
    return this.last;
  }

  diagnose(text: string) {
    return composeDiagnostics(this.parse(text), ctx, this.memory);
  }

  /** The next version parses and diagnoses as a plain parse of it does. */
  assertSameAsPlain(text: string, message?: string): void {
    const incremental = this.parse(text);
    const plain = parseCompose(TextDocument.create(`${this.uri}.plain`, 'dockercompose', this.version, text), undefined, Infinity);
    assert.deepEqual(incremental.yaml.toJS(), plain.yaml.toJS(), message);
    assert.deepEqual(ranges(incremental), ranges(plain), message);
    assert.deepEqual(composeDiagnostics(incremental, ctx, this.memory), composeDiagnostics(plain, ctx), message);
    assert.deepEqual(incremental.symbols().references, plain.symbols().references, message);
  }
}

/** The service pairs under `services:` (the second top-level key of the generated file). */
function services(node: ComposeDocument): unknown[] {
  return (node.yaml.contents as unknown as { items: { value: { items: unknown[] } }[] }).items[1].value.items;
}

/** Edits typical of typing: insert, delete, retype a line, add and remove a service. */
function edit(text: string, step: number): string {
  const lines = text.split('\n');
  const line = (step * 7919) % lines.length;
  switch (step % 5) {
    case 0:
      lines.splice(line, 0, '    restart: always');
      break;
    case 1:
      lines.splice(line, 1);
      break;
    case 2:
      lines[line] = lines[line].replace(/\d/, '9');
      break;
    case 3:
      lines.splice(line, 0, `  added${step}:`, '    image: added');
      break;
    default:
      lines[line] = `${lines[line]} # note`;
  }
  return lines.join('\n');
}

describe('incremental compose parsing', () => {
  test('corpus files parse the same both ways', () => {
    for (const file of readdirSync(corpusDir).filter((name) => /\.ya?ml$/.test(name))) {
      new EditedDocument(`file:///inc/${file}`).assertSameAsPlain(readFileSync(join(corpusDir, file), 'utf8'));
    }
  });

  test('a series of 200 edits to a large file stays identical to plain parsing', () => {
    let text = generated(60);
    const document = new EditedDocument('file:///inc/compose.yaml');
    const codes = new Set(document.diagnose(text).map((d) => d.code));
    const expected = ['undeclared-network', 'unknown-key', 'invalid-interpolation', 'invalid-value', 'invalid-healthcheck-test', 'invalid-duration', 'legacy-links', 'env-space-around-equals'];
    assert.deepEqual(expected.filter((code) => !codes.has(code)), [], 'the generated services carry findings of every kind');
    for (let step = 0; step < 200; step++) {
      text = edit(text, step);
      document.assertSameAsPlain(text);
    }
  });

  test('edits above services: (a comment, name:) move every service once, however often they repeat', () => {
    let text = generated(60);
    const document = new EditedDocument('file:///inc/top.yaml');
    document.diagnose(text);
    for (let step = 0; step < 6; step++) {
      text = step % 2 === 0 ? `# edit ${step}\n${text}` : text.replace('name: inc', `name: inc${step}`);
      document.assertSameAsPlain(text);
    }
  });

  test('a service broken while typing: the same errors and values as the plain parse, whatever the break', () => {
    const breaks: ((line: string) => string)[] = [
      (line) => line.replace(/:(\s|$)/, '$1'), // a key without its colon
      (line) => line.replace(/"/, ''), // an unclosed quote
      (line) => line.replace(/\[/, ''), // an unbalanced ]
      (line) => line.replace(/\]/, ''), // an unclosed [
      (line) => ` ${line}`, // one space too many
      (line) => `${line.trimStart()}`, // indentation lost
      (line) => `${line} {`, // an unclosed {
      (line) => line.replace(/:.*/, ': |'), // a block scalar starting
    ];
    const text = generated(60);
    const lines = text.split('\n');
    const document = new EditedDocument('file:///inc/broken.yaml');
    document.diagnose(text);
    for (let step = 0; step < 80; step++) {
      const line = 4 + ((step * 7919) % (lines.length - 6));
      const broken = [...lines];
      broken[line] = breaks[step % breaks.length](broken[line]);
      document.assertSameAsPlain(broken.join('\n'));
      // Typing on: the next version is valid again.
      document.assertSameAsPlain(text);
    }
  });

  test('a broken service re-parses only that service when its error cannot reach the next one', () => {
    const document = new EditedDocument('file:///inc/broken-reuse.yaml');
    const before = document.parse(generated(50));
    const unchanged = services(before)[10];
    const broken = generated(50).replace('    image: "app:3"', '    image "app:3"');
    const after = document.parse(broken);
    assert.ok(after.yaml.errors.length > 0);
    assert.equal(services(after)[10], unchanged, 'the pair of an unchanged service is the same object');
  });

  test('seeded fuzzing: 600 broken versions of the corpus files parse and diagnose as the plain parse does', () => {
    const seeds = readdirSync(corpusDir).filter((name) => /\.ya?ml$/.test(name)).map((name) => readFileSync(join(corpusDir, name), 'utf8'));
    let state = 20261123;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['"', "'", '[', ']', '{', '}', ':', ' ', '\n', '- ', '#', '|', '$', '\n  x:', '\n    y: 1', ','];
    for (let round = 0; round < 30; round++) {
      let text = seeds[Math.floor(random() * seeds.length)];
      const document = new EditedDocument(`file:///inc/fuzz${round}.yaml`);
      for (let step = 0; step < 20; step++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.6 ? text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
        const incremental = document.parse(text);
        const plain = parseCompose(TextDocument.create(`file:///inc/fuzz${round}.plain.yaml`, 'dockercompose', step + 1, text), undefined, Infinity);
        assert.deepEqual(composeDiagnostics(incremental, ctx), composeDiagnostics(plain, ctx), text);
        assert.deepEqual(incremental.symbols().references, plain.symbols().references, text);
      }
    }
  });

  test('duplicate service names across chunks are still YAML errors', () => {
    const text = ['services:', '  web:', '    image: a', '  web:', '    image: b', ''].join('\n');
    const incremental = new EditedDocument('file:///inc/dup.yaml').parse(text);
    assert.deepEqual(incremental.yaml.errors.map((e) => e.code), ['DUPLICATE_KEY']);
  });

  test('reuses unchanged chunks: an edit to one service re-parses only that service', () => {
    const document = new EditedDocument('file:///inc/reuse.yaml');
    const before = document.parse(generated(50));
    const [unchanged, edited] = [services(before)[10], services(before)[3]];
    const after = document.parse(generated(50).replace('"app:3"', '"app:33"'));
    assert.equal(services(after)[10], unchanged, 'the pair of an unchanged service is the same object');
    assert.notEqual(services(after)[3], edited);
  });

  test('reuses nothing it is not handed: without the previous parse (a reopened document, another file of the same text), every service is parsed anew', () => {
    const uri = 'file:///inc/fresh.yaml';
    const before = parseCompose(TextDocument.create(uri, 'dockercompose', 1, generated(50)), undefined, 0);
    const after = parseCompose(TextDocument.create(uri, 'dockercompose', 2, generated(50)), undefined, 0);
    assert.notEqual(services(after)[10], services(before)[10]);
  });

  test('an unchanged service\'s findings are replayed from the document\'s memory, and only from it', () => {
    // svc3 has the misspelt `enviroment:`; the edit is to svc4.
    const edited = generated(50).replace('"app:4"', '"app:44"');
    const document = new EditedDocument('file:///inc/replay.yaml');
    const first = document.diagnose(generated(50)).find((d) => d.code === 'unknown-key')!;
    const replayed = document.diagnose(edited).find((d) => d.code === 'unknown-key')!;
    assert.equal(replayed.message, first.message);
    assert.notEqual(replayed, first, 'a copy at the new place');
    assert.equal(replayed.data, first.data, 'made from the kept finding, not found again');
    const previous = parseCompose(TextDocument.create('file:///inc/replay2.yaml', 'dockercompose', 1, generated(50)), undefined, 0);
    const found = composeDiagnostics(previous, ctx).find((d) => d.code === 'unknown-key')!;
    const again = composeDiagnostics(parseCompose(TextDocument.create('file:///inc/replay2.yaml', 'dockercompose', 2, edited), previous, 0), ctx).find((d) => d.code === 'unknown-key')!;
    assert.notEqual(again.data, found.data, 'without the memory, found again');
  });
});
