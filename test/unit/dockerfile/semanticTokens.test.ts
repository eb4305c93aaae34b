/** Semantic tokens: decoded back to (text, type, modifiers) and checked against the shared legend. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { semanticTokens } from '../../../server/src/service/dockerfile/semanticTokens';
import { semanticTokenModifiers, semanticTokenTypes } from '../../../server/src/service/mode';
import { eols, parse } from './features.support';

function decode(text: string, data: number[]): { line: number; text: string; type: string; modifiers: string[] }[] {
  const lines = text.split(/\r?\n/);
  const tokens = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    tokens.push({
      line,
      text: lines[line].slice(start, start + data[i + 2]),
      type: semanticTokenTypes[data[i + 3]],
      modifiers: semanticTokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit)),
    });
  }
  return tokens;
}

for (const [eolName, eol] of eols) {
  describe(`Dockerfile semantic tokens (${eolName})`, () => {
    const source = [
      '# syntax=docker/dockerfile:1',
      'ARG BASE=alpine',
      'FROM ${BASE}:3.20 AS build',
      '# a comment',
      'RUN --mount=type=cache,target=/var/cache \\',
      '    # inside',
      '    apk add curl',
      'COPY --from=build /a /b',
      'EXPOSE 8080/tcp',
      'CMD ["sh", "-c"]',
      'MAINTAINER me',
    ].join('\n');

    test('directives, keywords, flags, mount keys, variables, stages, ports, strings, comments', () => {
      const { ast, text } = parse(source, eol);
      const tokens = decode(text, semanticTokens(ast)).map((t) => `${t.line}:${t.text}:${t.type}${t.modifiers.length ? `.${t.modifiers.join('.')}` : ''}`);
      for (const expected of [
        '0:syntax:macro', '0:docker/dockerfile:1:string',
        '1:ARG:keyword', '1:BASE:variable.declaration.readonly',
        '2:FROM:keyword', '2:${BASE}:variable', '2::3.20:class', '2:AS:keyword', '2:build:class.declaration',
        '3:# a comment:comment',
        '4:--mount:parameter', '4:type:property', '4:cache:enumMember', '4:target:property',
        '5:# inside:comment',
        '7:--from:parameter', '7:build:class',
        '8:8080:number', '9:"sh":string', '10:MAINTAINER:keyword.deprecated',
      ]) assert.ok(tokens.includes(expected), `${expected} in ${tokens.join(' ')}`);
    });

    test('tokens are in order and never overlap', () => {
      const { ast, text } = parse(source, eol);
      const tokens = decode(text, semanticTokens(ast));
      const data = semanticTokens(ast);
      for (let i = 5; i < data.length; i += 5) assert.ok(data[i] > 0 || data[i + 1] >= data[i - 3], `token ${i / 5} overlaps the previous one`);
      assert.ok(tokens.length > 20);
    });

    test('a range request returns only the tokens of those lines', () => {
      const { ast, text } = parse(source, eol);
      const tokens = decode(text, semanticTokens(ast, { start: { line: 4, character: 0 }, end: { line: 6, character: 0 } }));
      assert.ok(tokens.length > 0);
      assert.ok(tokens.every((t) => t.line >= 4 && t.line <= 6), JSON.stringify(tokens));
    });

    test('heredoc bodies are left to the grammar; delimiters are labels', () => {
      const { ast, text } = parse('FROM a:1\nRUN <<EOF\necho $HOME\nEOF', eol);
      const tokens = decode(text, semanticTokens(ast));
      assert.ok(!tokens.some((t) => t.line === 2));
      assert.deepEqual(tokens.filter((t) => t.type === 'label').map((t) => t.line), [1, 3]);
    });
  });
}
