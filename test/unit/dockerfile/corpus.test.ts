/**
 * Real Dockerfiles that build in the wild (../shared/corpus/dockerfiles):
 * Dockside must not report an error on any of them.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { dockerfileDiagnostics } from '../../../server/src/service/dockerfile/diagnostics';
import { contextWith } from './diagnostics.support';

const corpus = join(resolve(__dirname, '../../../..'), '..', 'shared', 'corpus', 'dockerfiles');

describe('Dockerfile corpus', () => {
  const files = readdirSync(corpus).sort();

  test('holds Dockerfiles to check', () => {
    assert.ok(files.length >= 10, `only ${files.length} files in ${corpus}`);
  });

  for (const file of files) {
    test(`${file} has no Error diagnostic`, () => {
      const text = readFileSync(join(corpus, file), 'utf8');
      const ast = parseDockerfile(text, `file:///corpus/${file}`, 1);
      assert.ok(ast.stages.length > 0, 'parses at least one stage');
      const errors = dockerfileDiagnostics(ast, contextWith()).filter((d) => d.severity === DiagnosticSeverity.Error);
      assert.deepEqual(errors.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
    });
  }
});
