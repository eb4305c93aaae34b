/** The .dockerignore TextMate grammar: comments, patterns, globs and `!` exceptions. */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, readFixture, Token, tokenize } from './tokenize';

let grammar: IGrammar;

function scopesOf(tokens: readonly Token[], line: number, text: string): readonly string[] {
  const token = tokens.find((t) => t.line === line && t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${line}`);
  return token.scopes;
}

before(async () => {
  grammar = await loadGrammar('source.dockerignore');
});

for (const eol of ['\n', '\r\n']) {
  describe(`.dockerignore grammar (${JSON.stringify(eol)} line endings)`, () => {
    let tokens: Token[];
    before(() => {
      tokens = tokenize(grammar, readFixture('sample.dockerignore').replace(/\r?\n/g, eol));
    });

    test('comments', () => {
      assert.ok(scopesOf(tokens, 0, '#').includes('comment.line.number-sign.dockerignore'));
      assert.ok(scopesOf(tokens, 0, ' build output').includes('comment.line.number-sign.dockerignore'));
    });

    test('plain patterns and glob operators', () => {
      assert.ok(scopesOf(tokens, 1, 'node_modules').includes('string.unquoted.pattern.dockerignore'));
      assert.ok(scopesOf(tokens, 2, '**').includes('keyword.operator.glob.double-star.dockerignore'));
      assert.ok(scopesOf(tokens, 2, '*').includes('keyword.operator.glob.dockerignore'));
      assert.ok(scopesOf(tokens, 4, '?').includes('keyword.operator.glob.dockerignore'));
      assert.ok(scopesOf(tokens, 4, 'a-c').includes('constant.other.character-class.dockerignore'));
    });

    test('`!` re-includes a path', () => {
      assert.ok(scopesOf(tokens, 3, '!').includes('keyword.operator.negation.dockerignore'));
      assert.ok(!scopesOf(tokens, 3, 'important.log').includes('keyword.operator.negation.dockerignore'));
    });
  });
}

test('a # after a pattern is part of the pattern, not a comment', () => {
  const tokens = tokenize(grammar, 'file#1.txt');
  assert.ok(tokens.every((t) => !t.scopes.some((s) => s.startsWith('comment'))));
});
