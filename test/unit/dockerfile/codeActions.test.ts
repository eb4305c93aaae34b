/**
 * Dockerfile quick fixes: each applied to its document must produce the
 * expected text, under both `\n` and `\r\n`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CodeAction, CodeActionKind, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dockerfileCodeActions } from '../../../server/src/service/dockerfile/codeActions';
import { diagnose, dockerfileUri } from './diagnostics.support';

function actionsFor(source: string, eol: string, code: string, files: Record<string, string> = {}): { actions: CodeAction[]; text: string; diagnostic: Diagnostic } {
  const { ast, diagnostics } = diagnose(source, eol, files);
  const diagnostic = diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `expected a ${code} diagnostic, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  const actions = dockerfileCodeActions(ast, diagnostic.range, { diagnostics: [diagnostic] });
  return { actions, text: ast.text, diagnostic };
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(dockerfileUri, 'dockerfile', 1, text), [...edits]);
}

for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  /** Applies the action titled like `title` for the first `code` diagnostic and returns the new text (lines joined with \n). */
  const fix = (source: string, code: string, title: RegExp) => {
    const { actions, text, diagnostic } = actionsFor(source, eol, code);
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action, `no action matching ${title} in ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(action.kind, CodeActionKind.QuickFix);
    assert.deepEqual(action.diagnostics, [diagnostic]);
    return apply(text, action.edit?.changes?.[dockerfileUri] ?? []).split(eol).join('\n');
  };

  describe(`Dockerfile quick fixes (${eolName})`, () => {
    test('corrects a mistyped instruction, keeping its case', () => {
      assert.equal(fix('FROM node:20\nEXPOSEE 3000', 'unknown-instruction', /Change to EXPOSE/), 'FROM node:20\nEXPOSE 3000');
      assert.equal(fix('from node:20\nexposee 3000', 'unknown-instruction', /Change to expose/), 'from node:20\nexpose 3000');
    });

    test('fixes the casing of an instruction and of AS', () => {
      assert.equal(fix('FROM alpine:3\nrun echo\nRUN echo', 'ConsistentInstructionCasing', /Change to RUN/), 'FROM alpine:3\nRUN echo\nRUN echo');
      assert.equal(fix('FROM alpine:3 as build', 'FromAsCasing', /Change to AS/), 'FROM alpine:3 AS build');
      assert.equal(fix('FROM alpine:3 AS Build', 'StageNameCasing', /build/), 'FROM alpine:3 AS build');
    });

    test('converts shell form to JSON form', () => {
      assert.equal(fix('FROM node:20\nCMD node server.js', 'JSONArgsRecommended', /JSON/), 'FROM node:20\nCMD ["node", "server.js"]');
      assert.equal(fix('FROM node:20\nCMD npm start && echo "done"', 'JSONArgsRecommended', /JSON/),
        'FROM node:20\nCMD ["/bin/sh", "-c", "npm start && echo \\"done\\""]');
    });

    test('merges consecutive RUNs into one', () => {
      assert.equal(fix('FROM alpine:3\nRUN apk add curl\nRUN echo \\\n  done', 'consecutive-run', /Merge/),
        'FROM alpine:3\nRUN apk add curl && \\\n    echo \\\n  done');
    });

    test('replaces MAINTAINER with a LABEL and legacy ENV with key=value', () => {
      assert.equal(fix('FROM alpine:3\nMAINTAINER Jane <jane@example.com>', 'MaintainerDeprecated', /LABEL/),
        'FROM alpine:3\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"');
      assert.equal(fix('FROM alpine:3\nENV NODE_ENV developer', 'LegacyKeyValueFormat', /NODE_ENV=developer/), 'FROM alpine:3\nENV NODE_ENV=developer');
      assert.equal(fix('FROM alpine:3\nENV GREETING hello world', 'LegacyKeyValueFormat', /GREETING/), 'FROM alpine:3\nENV GREETING="hello world"');
    });

    test('closes up the spaces around = in LABEL and ENV, as the notes wrote them', () => {
      assert.equal(fix('FROM alpine:3\nLABEL KEY이름 = value', 'spaces-around-equals', /KEY이름=value/), 'FROM alpine:3\nLABEL KEY이름=value');
      assert.equal(fix('FROM alpine:3\nLABEL description = a small image', 'spaces-around-equals', /description/), 'FROM alpine:3\nLABEL description="a small image"');
      assert.equal(fix('FROM alpine:3\nENV A=1 B= two', 'spaces-around-equals', /Remove the space/), 'FROM alpine:3\nENV A=1 B=two');
    });

    test('removes an empty continuation line', () => {
      assert.equal(fix('FROM alpine:3\nRUN echo a \\\n\n  b', 'NoEmptyContinuation', /Remove/), 'FROM alpine:3\nRUN echo a \\\n  b');
    });

    test('adds --no-install-recommends, -y and the apt lists cleanup', () => {
      assert.equal(fix('FROM ubuntu:22.04\nRUN apt-get update && apt-get install curl', 'apt-get-install-options', /no-install-recommends/),
        'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*');
    });

    test('changes ADD to COPY, and removes a redundant --platform', () => {
      assert.equal(fix('FROM alpine:3\nADD app /app', 'prefer-copy', /COPY/), 'FROM alpine:3\nCOPY app /app');
      assert.equal(fix('FROM --platform=$TARGETPLATFORM alpine:3', 'RedundantTargetPlatform', /Remove/), 'FROM alpine:3');
    });

    test('creates a .dockerignore beside the Dockerfile', () => {
      const { actions } = actionsFor('FROM node:20\nCOPY . .', eol, 'missing-dockerignore');
      const create = actions.find((a) => /dockerignore/.test(a.title));
      const changes = create?.edit?.documentChanges ?? [];
      assert.deepEqual(changes[0], { kind: 'create', uri: 'file:///project/.dockerignore', options: { ignoreIfExists: true } });
      const content = ((changes[1] as TextDocumentEdit).edits[0] as TextEdit).newText;
      for (const entry of ['.git', '**/node_modules', '**/.env']) assert.ok(content.split(eol).includes(entry), entry);
    });

    test('disables a rule with a # check=skip= directive, extending an existing one', () => {
      assert.equal(fix('# syntax=docker/dockerfile:1\nFROM node:20\nCMD node x', 'JSONArgsRecommended', /Disable/),
        '# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\nFROM node:20\nCMD node x');
      assert.equal(fix('# check=skip=StageNameCasing;error=true\nFROM node:20\nCMD node x', 'JSONArgsRecommended', /Disable/),
        '# check=skip=StageNameCasing,JSONArgsRecommended;error=true\nFROM node:20\nCMD node x');
      const fixed = fix('FROM node:20\nCMD node x', 'JSONArgsRecommended', /Disable/);
      assert.equal(diagnose(fixed, eol).diagnostics.filter((d) => d.code === 'JSONArgsRecommended').length, 0, 'the directive silences the rule');
    });

    test('offers no rule-disabling for errors, and nothing for foreign diagnostics', () => {
      const { actions } = actionsFor('FROM node:20\nEXPOSEE 3000', eol, 'unknown-instruction');
      assert.ok(!actions.some((a) => /Disable/.test(a.title)));
      const { ast } = diagnose('FROM node:20\nCMD x', eol);
      const foreign = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, message: 'x', source: 'other', code: 'JSONArgsRecommended' };
      assert.deepEqual(dockerfileCodeActions(ast, foreign.range, { diagnostics: [foreign] }), []);
    });
  });
}
