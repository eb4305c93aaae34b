/** Go to definition for stage names, ARG/ENV variables and heredoc delimiters. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Location } from 'vscode-languageserver';
import { definition } from '../../../server/src/service/dockerfile/definition';
import { dockerfileUri, eols, parse, textAt } from './features.support';

for (const [eolName, eol] of eols) {
  const definitionOf = (source: string) => {
    const parsed = parse(source, eol);
    const result = definition(parsed.ast, parsed.cursor) as Location | null;
    return result && { uri: result.uri, line: result.range.start.line, text: textAt(parsed.text, result.range) };
  };

  describe(`Dockerfile definition (${eolName})`, () => {
    test('COPY --from, FROM <stage> and --mount from= go to the AS name', () => {
      const stages = 'FROM golang:1.23 AS builder\nRUN go build\n';
      assert.deepEqual(definitionOf(`${stages}FROM alpine:3.20\nCOPY --from=buil|der /out /app`), { uri: dockerfileUri, line: 0, text: 'builder' });
      assert.deepEqual(definitionOf(`${stages}FROM buil|der AS test`)?.line, 0);
      assert.deepEqual(definitionOf(`${stages}FROM alpine:3.20\nRUN --mount=type=bind,from=bu|ilder,target=/b ls`)?.text, 'builder');
    });

    test('stage names match case-insensitively, as Docker compares them', () => {
      assert.equal(definitionOf('FROM a:1 AS Build\nFROM b:1\nCOPY --from=bui|ld /a /b')?.line, 0);
    });

    test('a variable goes to the latest ARG/ENV before it', () => {
      const source = 'FROM a:1\nARG V=1\nRUN echo $V\nENV V=2\nRUN echo ${|V}';
      assert.deepEqual(definitionOf(source), { uri: dockerfileUri, line: 3, text: 'V' });
      assert.equal(definitionOf('ARG BASE=alpine\nFROM $BA|SE')?.line, 0);
    });

    test('a heredoc terminator goes to its <<EOF marker', () => {
      const result = definitionOf('FROM a:1\nRUN <<EOF\necho hi\nEO|F');
      assert.deepEqual(result, { uri: dockerfileUri, line: 1, text: 'EOF' });
    });

    test('nothing for plain words, images and undefined variables', () => {
      assert.equal(definitionOf('FROM alp|ine:3.20'), null);
      assert.equal(definitionOf('FROM a:1\nRUN echo $NO|PE'), null);
      assert.equal(definitionOf('FROM a:1\nRUN ec|ho'), null);
    });
  });
}
