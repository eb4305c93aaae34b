/**
 * The Dockerfile TextMate grammar, tokenised as VS Code does: the scopes a
 * theme colours for directives, flags, variables, heredocs, exec form and
 * continuations.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, readFixture, Token, tokenize } from './tokenize';

let grammar: IGrammar;

function scopesOf(tokens: readonly Token[], line: number, text: string): readonly string[] {
  const token = tokens.find((t) => t.line === line && t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${line}: ${JSON.stringify(tokens.filter((t) => t.line === line).map((t) => t.text))}`);
  return token.scopes;
}

function assertScope(tokens: readonly Token[], line: number, text: string, scope: string): void {
  const scopes = scopesOf(tokens, line, text);
  assert.ok(scopes.includes(scope), `${JSON.stringify(text)} on line ${line} has ${scopes.join(' ')}, expected ${scope}`);
}

function assertNoScope(tokens: readonly Token[], line: number, text: string, prefix: string): void {
  const scopes = scopesOf(tokens, line, text);
  assert.ok(!scopes.some((s) => s.startsWith(prefix)), `${JSON.stringify(text)} on line ${line} should not have ${prefix}: ${scopes.join(' ')}`);
}

before(async () => {
  grammar = await loadGrammar('source.dockerfile.dockside');
});

for (const eol of ['\n', '\r\n']) {
  describe(`Dockerfile grammar (${JSON.stringify(eol)} line endings)`, () => {
    let tokens: Token[];
    before(() => {
      tokens = tokenize(grammar, readFixture('features.Dockerfile').replace(/\r?\n/g, eol));
    });

    test('parser directives: name, operator and value', () => {
      assertScope(tokens, 0, 'syntax', 'keyword.other.directive.dockerfile');
      assertScope(tokens, 0, 'docker/dockerfile:1.7', 'string.unquoted.directive-value.dockerfile');
      assertScope(tokens, 1, 'check', 'keyword.other.directive.dockerfile');
    });

    test('instructions, the image, AS and the stage name', () => {
      assertScope(tokens, 3, 'FROM', 'keyword.other.instruction.dockerfile');
      assertScope(tokens, 3, 'node:', 'entity.name.type.image.dockerfile');
      assertScope(tokens, 3, 'AS', 'keyword.other.as.dockerfile');
      assertScope(tokens, 3, 'build', 'entity.name.type.stage.dockerfile');
    });

    test('flags, their values and --mount keys', () => {
      assertScope(tokens, 3, 'platform', 'variable.parameter.flag.dockerfile');
      assertScope(tokens, 3, 'BUILDPLATFORM', 'variable.other.dockerfile');
      assertScope(tokens, 5, 'mount', 'variable.parameter.flag.dockerfile');
      assertScope(tokens, 5, 'target', 'entity.other.attribute-name.flag-key.dockerfile');
      assertScope(tokens, 5, 'locked', 'string.unquoted.flag-value.dockerfile');
      assertScope(tokens, 24, 'from', 'variable.parameter.flag.dockerfile');
    });

    test('a comment inside a continuation stays inside the instruction, and the next line too', () => {
      assertScope(tokens, 5, '\\', 'constant.character.escape.continuation.dockerfile');
      assertScope(tokens, 6, '#', 'comment.line.number-sign.continuation.dockerfile');
      assertScope(tokens, 6, '#', 'meta.instruction.run.dockerfile');
      assertScope(tokens, 7, '    npm ci --omit=dev', 'meta.instruction.run.dockerfile');
      // A flag-looking word after the command is shell text, not a Dockerfile flag.
      assertNoScope(tokens, 7, '    npm ci --omit=dev', 'meta.flag');
    });

    test('variables: braced, bare, in double quotes, and not in single quotes', () => {
      assertScope(tokens, 3, 'NODE_VERSION', 'variable.other.dockerfile');
      assertScope(tokens, 9, 'GREETING', 'variable.other.definition.dockerfile');
      assertScope(tokens, 9, 'USER', 'variable.other.dockerfile');
      assertScope(tokens, 9, 'USER', 'string.quoted.double.dockerfile');
      assertNoScope(tokens, 9, 'no $EXPANSION here', 'variable');
    });

    test('a RUN heredoc is a shell script; other heredocs are data', () => {
      assertScope(tokens, 10, 'EOF', 'keyword.control.heredoc-token.dockerfile');
      assertScope(tokens, 11, 'set -eu', 'meta.embedded.block.shell');
      assertScope(tokens, 13, 'EOF', 'keyword.control.heredoc-token.dockerfile');
      assertNoScope(tokens, 14, 'COPY', 'meta.heredoc');
      assertScope(tokens, 15, '\tport=8080', 'string.unquoted.heredoc.dockerfile');
      assertScope(tokens, 16, 'CONFIG', 'keyword.control.heredoc-token.dockerfile');
      assertScope(tokens, 18, 'print("data, not shell")', 'string.unquoted.heredoc.dockerfile');
      assertNoScope(tokens, 18, 'print("data, not shell")', 'meta.embedded');
      assertScope(tokens, 19, 'PY', 'keyword.control.heredoc-token.dockerfile');
    });

    test('a RUN heredoc after flags is still a shell script, and the flags are still flags', () => {
      assertScope(tokens, 25, 'mount', 'variable.parameter.flag.dockerfile');
      assertScope(tokens, 25, 'target', 'entity.other.attribute-name.flag-key.dockerfile');
      assertScope(tokens, 26, 'apt-get update', 'meta.embedded.block.shell');
      assertScope(tokens, 27, 'EOF', 'keyword.control.heredoc-token.dockerfile');
    });

    test('exec form: array punctuation and JSON strings', () => {
      assertScope(tokens, 20, '[', 'punctuation.definition.array.begin.dockerfile');
      assertScope(tokens, 20, 'node', 'string.quoted.double.json.dockerfile');
      assertScope(tokens, 20, ',', 'punctuation.separator.array.dockerfile');
      assertScope(tokens, 22, 'curl', 'string.quoted.double.json.dockerfile');
    });

    test('EXPOSE ports and protocols, HEALTHCHECK CMD, ONBUILD in lower case', () => {
      assertScope(tokens, 21, '8080', 'constant.numeric.port.dockerfile');
      assertScope(tokens, 21, 'udp', 'constant.language.protocol.dockerfile');
      assertScope(tokens, 22, 'interval', 'variable.parameter.flag.dockerfile');
      assertScope(tokens, 22, 'CMD', 'keyword.other.healthcheck.dockerfile');
      assertScope(tokens, 23, 'onbuild', 'keyword.other.instruction.onbuild.dockerfile');
      assertScope(tokens, 23, 'run', 'keyword.other.instruction.dockerfile');
      assertScope(tokens, 23, 'HOME', 'variable.other.dockerfile');
    });
  });
}

describe('Dockerfile grammar: continuations', () => {
  test('blank and comment lines inside a continuation do not end the instruction', () => {
    const tokens = tokenize(grammar, readFixture('continuation.Dockerfile'));
    assertScope(tokens, 2, '', 'meta.instruction.run.dockerfile');
    assertScope(tokens, 3, '    curl ', 'meta.instruction.run.dockerfile');
    assertScope(tokens, 4, '#', 'comment.line.number-sign.continuation.dockerfile');
    assertScope(tokens, 5, '    git', 'meta.instruction.run.dockerfile');
    assertScope(tokens, 6, 'USER', 'meta.instruction.other.dockerfile');
    assertNoScope(tokens, 6, 'USER', 'meta.instruction.run');
  });

  test('a quoted string and an exec-form array may span continuation lines', () => {
    const tokens = tokenize(grammar, 'RUN echo "one \\\n two"\nCMD [ \\\n  "a", \\\n  "b" ]\nUSER x');
    assertScope(tokens, 1, ' two', 'string.quoted.double.dockerfile');
    assertScope(tokens, 4, 'b', 'string.quoted.double.json.dockerfile');
    assertScope(tokens, 4, ']', 'punctuation.definition.array.end.dockerfile');
    assertNoScope(tokens, 5, 'USER', 'meta.exec-form');
  });

  test('a line without a continuation ends the instruction, even after an unclosed quote', () => {
    const tokens = tokenize(grammar, "RUN echo it's\nUSER nobody");
    assertNoScope(tokens, 1, 'USER', 'string');
    assertScope(tokens, 1, 'USER', 'keyword.other.instruction.dockerfile');
  });

  test('an escape=` file continues lines with a backtick', () => {
    const tokens = tokenize(grammar, '# escape=`\nRUN dir `\n  C:\\temp\nUSER x');
    assertScope(tokens, 0, 'escape', 'keyword.other.directive.dockerfile');
    assertScope(tokens, 2, '  C:\\temp', 'meta.instruction.run.dockerfile');
    assertNoScope(tokens, 3, 'USER', 'meta.instruction.run');
  });
});
