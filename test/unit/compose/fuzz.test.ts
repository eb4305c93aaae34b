/**
 * Seeded fuzzing: 5,000 mutations of real Compose files (the shared corpus,
 * the samples, the notes' example). Every feature must answer without
 * throwing, each mutation within a second.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ComposeDocument, parseCompose } from '../../../server/src/compose/model';
import { composeMode } from '../../../server/src/service/compose/mode';
import { fakeContext, image } from './support';
import { seededRandom } from '../../support/seededRandom';
import { notesMysqlCompose } from '../../support/notesExamples';

const repoRoot = join(__dirname, '../../../..');
const corpusDir = join(repoRoot, '..', 'shared', 'corpus', 'compose');
const mutations = 5_000;

function seeds(): string[] {
  const corpus = readdirSync(corpusDir).filter((file) => /\.ya?ml$/.test(file)).map((file) => readFileSync(join(corpusDir, file), 'utf8'));
  const samples = ['mysql', 'three-tier'].map((sample) => readFileSync(join(repoRoot, 'samples', sample, 'compose.yaml'), 'utf8'));
  return [...corpus, ...samples, notesMysqlCompose.join('\n')];
}

const fragments = [':', ': ', '-', '- ', ' ', '  ', '\n', '\r\n', '\t', '"', "'", '[', ']', '{', '}', ',', '#', '$', '${', '}', '$$', '&a', '*a', '<<: *a', '|', '>', '!!str', '?', '%', '@', '`', '\\', '0', '65536', 'ports:', '- "8080:80"', 'depends_on: [x]', 'networks:', 'volumes:', 'external: true', '\u00a0', '한글', '\ufeff'];

function mutate(text: string, next: () => number): string {
  const pick = (n: number) => Math.floor(next() * n);
  const lines = text.split('\n');
  switch (pick(6)) {
    case 0: {
      const at = pick(text.length + 1);
      return text.slice(0, at) + fragments[pick(fragments.length)] + text.slice(at);
    }
    case 1: {
      const at = pick(text.length + 1);
      return text.slice(0, at) + text.slice(at + 1 + pick(20));
    }
    case 2: {
      const line = pick(lines.length);
      lines.splice(line, 0, lines[pick(lines.length)]);
      return lines.join('\n');
    }
    case 3: {
      const line = pick(lines.length);
      lines[line] = (pick(2) ? '  ' : '') + lines[line].replace(/^ {1,3}/, '');
      return lines.join('\n');
    }
    case 4: {
      const a = pick(lines.length);
      const b = pick(lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    default:
      return text.slice(0, pick(text.length + 1));
  }
}

describe('compose fuzzing', () => {
  test(`${mutations} seeded mutations: no feature throws, none takes a second`, async () => {
    const next = seededRandom(20261123);
    const originals = seeds();
    const ctx = fakeContext({ images: [image('node:20-alpine')], files: { 'file:///fuzz/.env': 'A=1\nB=2' } });
    let text = originals[0];
    let slowest = 0;
    /** The incremental parse of the mutation checked before, whose chunks the next one reuses. */
    let incremental: ComposeDocument | undefined;
    for (let i = 0; i < mutations; i++) {
      // Mostly stack mutations; now and then start again from a clean file.
      text = mutate(i % 20 === 0 ? originals[i % originals.length] : text, next);
      const started = performance.now();
      try {
        const compose = parseCompose(TextDocument.create('file:///fuzz/compose.yaml', 'dockercompose', i, text));
        const diagnostics = composeMode.diagnostics!(compose, ctx);
        const offset = Math.floor(next() * (text.length + 1));
        const position = compose.document.positionAt(offset);
        await composeMode.completion!(compose, position, ctx);
        await composeMode.hover!(compose, position, ctx);
        composeMode.explain!(compose, position, ctx);
        composeMode.definition!(compose, position);
        composeMode.references!(compose, position, true);
        composeMode.documentHighlights!(compose, position);
        if (composeMode.prepareRename!(compose, position)) composeMode.rename!(compose, position, 'renamed');
        composeMode.codeActions!(compose, { start: position, end: position }, { diagnostics }, ctx);
        composeMode.documentSymbols!(compose, ctx);
        composeMode.foldingRanges!(compose);
        composeMode.documentLinks!(compose, ctx);
        composeMode.codeLenses!(compose, ctx);
        if (i % 5 === 0) {
          // The incremental parse, reusing chunks of the mutation checked before, must agree with the plain one.
          incremental = parseCompose(TextDocument.create('file:///fuzz/incremental.yaml', 'dockercompose', i, text), incremental, 0);
          const plain = composeMode.diagnostics!(parseCompose(TextDocument.create('file:///fuzz/incremental.yaml', 'dockercompose', i, text), undefined, Infinity), ctx);
          assert.deepEqual(composeMode.diagnostics!(incremental, ctx), plain, `incremental parse disagrees at mutation ${i}:\n${text}`);
        }
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        assert.fail(`mutation ${i} threw ${String((error as Error).stack)}\n--- text ---\n${text}`);
      }
      slowest = Math.max(slowest, performance.now() - started);
    }
    // A hang guard, not a speed goal (that is `npm run bench`'s): a loaded CI machine must not fail it.
    assert.ok(slowest < 15_000, `slowest mutation took ${slowest.toFixed(0)} ms`);
  });
});
