/** Document symbols: global ARGs, then stages with their instructions under them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols } from '../../../server/src/service/dockerfile/symbols';
import { context, eols, parse } from './features.support';

for (const [eolName, eol] of eols) {
  describe(`Dockerfile document symbols (${eolName})`, () => {
    test('stages with their instructions; unnamed stages by index', () => {
      const { ast } = parse('ARG V=1\nFROM maven:3.9 AS build\nWORKDIR /app\nRUN mvn \\\n  package\nFROM eclipse-temurin:21\nCOPY --from=build /a /b\nCMD ["java"]', eol);
      const symbols = documentSymbols(ast, context());
      assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [['ARG', SymbolKind.Variable], ['build', SymbolKind.Class], ['stage 1', SymbolKind.Class]]);
      assert.equal(symbols[1].detail, 'maven:3.9');
      assert.deepEqual(symbols[1].children!.map((c) => c.name), ['WORKDIR', 'RUN']);
      assert.equal(symbols[1].children![1].range.end.line, 4, 'a continued instruction spans its lines');
      assert.deepEqual(symbols[2].children!.map((c) => [c.name, c.detail]), [['COPY', '--from=build /a /b'], ['CMD', '["java"]']]);
    });

    test('an unnamed stage is named in the reader\'s language', () => {
      const { ast } = parse('FROM a:1\nRUN a', eol);
      assert.equal(documentSymbols(ast, context({ language: 'ko' }))[0].name, '스테이지 0');
    });

    test('every child lies within its stage', () => {
      const { ast } = parse('FROM a:1 AS one\nRUN a\n\n\nFROM b:1\nRUN b', eol);
      for (const stage of documentSymbols(ast, context())) {
        for (const child of stage.children ?? []) {
          assert.ok(child.range.start.line >= stage.range.start.line && child.range.end.line <= stage.range.end.line);
        }
      }
    });
  });
}
