/** Folding: stages, multi-line instructions, heredocs and comment blocks. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FoldingRangeKind } from 'vscode-languageserver';
import { foldingRanges } from '../../../server/src/service/dockerfile/folding';
import { eols, parse } from './features.support';

for (const [eolName, eol] of eols) {
  describe(`Dockerfile folding (${eolName})`, () => {
    const source = [
      '# syntax=docker/dockerfile:1', // 0
      '# check=error=true', // 1
      'FROM alpine:3.20 AS base', // 2
      '# install the tools', // 3
      '# we need', // 4
      'RUN apk add \\', // 5
      '    curl \\', // 6
      '    git', // 7
      'COPY <<EOF /etc/motd', // 8
      'hello', // 9
      'EOF', // 10
      '', // 11
      'FROM base', // 12
      'RUN echo', // 13
    ].join('\n');

    test('stage, continuation, heredoc, comment block and directives', () => {
      const ranges = foldingRanges(parse(source, eol).ast).map((r) => [r.startLine, r.endLine, r.kind]);
      assert.deepEqual(
        ranges.sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1])),
        [
          [0, 1, FoldingRangeKind.Imports],
          [2, 10, FoldingRangeKind.Region],
          [3, 4, FoldingRangeKind.Comment],
          [5, 7, undefined],
          [8, 10, undefined],
          [12, 13, FoldingRangeKind.Region],
        ],
      );
    });

    test('a one-line file folds nothing', () => {
      assert.deepEqual(foldingRanges(parse('FROM a:1', eol).ast), []);
    });
  });
}
