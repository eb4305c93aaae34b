/**
 * Each place Dockside used to judge otherwise than BuildKit, judged as BuildKit does, written
 * from BuildKit's documented behaviour (its build-check reference and the linter's own cases):
 * which rule, on which line, and which names are exempt. Lines below are zero-based.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { dockerfileCodeActions } from '../../../server/src/service/dockerfile/codeActions';
import { diagnose } from './diagnostics.support';

for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  /** `[line, code]` of every diagnostic of the given codes. */
  const found = (source: string, codes: readonly string[], files: Record<string, string> = {}) =>
    diagnose(source, eol, files).diagnostics.filter((d) => codes.includes(String(d.code))).map((d) => [d.range.start.line, d.code]);

  describe(`Dockerfile rules as BuildKit judges (${eolName})`, () => {
    test('a # check= comment directly above an instruction configures the checks on that instruction only', () => {
      const source = ['FROM alpine:3 AS base', '# check=skip=JSONArgsRecommended', 'CMD node a.js', 'CMD node b.js'].join('\n');
      assert.deepEqual(found(source, ['JSONArgsRecommended']), [[3, 'JSONArgsRecommended']]);
      // A blank line, or an empty `#` line, between the comment and the instruction ends it; the first `# check=` counts.
      assert.deepEqual(found(['FROM alpine', '# check=skip=JSONArgsRecommended', '', 'CMD node a.js'].join('\n'), ['JSONArgsRecommended']), [[3, 'JSONArgsRecommended']]);
      assert.deepEqual(found(['FROM alpine', '# check=skip=JSONArgsRecommended', '#', 'CMD node a.js'].join('\n'), ['JSONArgsRecommended']), [[3, 'JSONArgsRecommended']]);
      assert.deepEqual(found(['FROM alpine', '# check=skip=all', '# why: the entrypoint script forwards signals', 'CMD node a.js'].join('\n'), ['JSONArgsRecommended']), []);
      assert.deepEqual(found(['FROM alpine', '# check=skip=StageNameCasing', '# check=skip=JSONArgsRecommended', 'CMD node a.js'].join('\n'), ['JSONArgsRecommended']), [[3, 'JSONArgsRecommended']]);
      // What docker build rejects is not skipped.
      assert.deepEqual(found(['FROM alpine', '# check=skip=all', 'EXPOSEE 80'].join('\n'), ['unknown-instruction']), [[2, 'unknown-instruction']]);
    });

    test('a # check= comment above an instruction can enable an experimental check there', () => {
      const source = ['FROM alpine', '# check=experimental=InvalidDefinitionDescription', '# the version', 'ARG VERSION=1', '# another', 'ARG OTHER=1'].join('\n');
      assert.deepEqual(found(source, ['InvalidDefinitionDescription']), [[3, 'InvalidDefinitionDescription']]);
    });

    test('the quick fix to disable a check for one instruction writes the comment BuildKit reads', () => {
      const { ast, diagnostics } = diagnose(['FROM alpine', '  CMD node a.js'].join('\n'), eol);
      const diagnostic = diagnostics.find((d) => d.code === 'JSONArgsRecommended')!;
      const action = dockerfileCodeActions(ast, diagnostic.range, { diagnostics: [diagnostic] }).find((a) => /this instruction/.test(a.title));
      assert.deepEqual(action?.edit?.changes?.[ast.uri], [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: `  # check=skip=JSONArgsRecommended${eol}` }]);
    });

    test('SecretsUsedInArgOrEnv exempts names with a public, file or version word', () => {
      const source = ['FROM alpine', 'ARG SECRET_PASSPHRASE_FILE', 'ENV AUTH_MODULE_VERSION=2', 'ARG PUBLIC_KEY', 'ENV DB_PASSWORD=x', 'ARG TOKEN'].join('\n');
      assert.deepEqual(found(source, ['SecretsUsedInArgOrEnv']), [[4, 'SecretsUsedInArgOrEnv'], [5, 'SecretsUsedInArgOrEnv']]);
    });

    test('a SHELL in a parent stage is inherited: JSONArgsRecommended is silent in FROM parent', () => {
      const source = ['FROM alpine AS parent', 'SHELL ["/bin/bash", "-c"]', 'FROM parent', 'CMD node server.js', 'FROM alpine', 'CMD node server.js'].join('\n');
      assert.deepEqual(found(source, ['JSONArgsRecommended']), [[5, 'JSONArgsRecommended']]);
    });

    test('UndefinedVar after a base image other than scratch: a typo, and a use before the ARG that declares it', () => {
      assert.deepEqual(found(['FROM alpine', 'ENV PATH=$PAHT:/tmp/bin'].join('\n'), ['UndefinedVar']), [[1, 'UndefinedVar']]);
      const message = String(diagnose(['FROM alpine', 'ENV PATH=$PAHT:/tmp/bin'].join('\n'), eol).diagnostics.find((d) => d.code === 'UndefinedVar')?.message);
      assert.match(message, /did you mean \$PATH\?/);
      assert.deepEqual(found(['FROM alpine', 'COPY $foo .', 'ARG foo=bar', 'RUN echo $foo'].join('\n'), ['UndefinedVar']), [[1, 'UndefinedVar']]);
      assert.deepEqual(found(['FROM node:20', 'WORKDIR /opt/$NODE_VERSION'].join('\n'), ['UndefinedVar']), [], 'the node image sets NODE_VERSION');
    });

    test('CopyIgnoredFile: COPY . . when .dockerignore is *', () => {
      assert.deepEqual(found(['FROM alpine', 'COPY . .'].join('\n'), ['CopyIgnoredFile'], { 'file:///project/.dockerignore': '*' }), [[1, 'CopyIgnoredFile']]);
    });

    test('InvalidDefinitionDescription is reported once # check=experimental= names it', () => {
      const source = ['# check=experimental=InvalidDefinitionDescription', '# bar this is the bar', 'ARG foo=bar', '# BasE this is the BasE image', 'FROM scratch AS base'].join('\n');
      assert.deepEqual(found(source, ['InvalidDefinitionDescription']), [[2, 'InvalidDefinitionDescription'], [4, 'InvalidDefinitionDescription']]);
      assert.deepEqual(found(source.replace('# check=experimental=InvalidDefinitionDescription', '# syntax=docker/dockerfile:1'), ['InvalidDefinitionDescription']), [], 'experimental: off unless named');
    });

    test('NoEmptyContinuation is on the instruction\'s last line', () => {
      const source = ['FROM scratch', '# warning: empty continuation line', 'COPY Dockerfile \\', '', '.', 'COPY Dockerfile \\', '.'].join('\n');
      assert.deepEqual(found(source, ['NoEmptyContinuation']), [[4, 'NoEmptyContinuation']]);
    });

    test('DuplicateStageName is a warning, not an error: BuildKit builds such a file', () => {
      const [d] = diagnose(['FROM scratch AS b', 'FROM scratch AS b'].join('\n'), eol).diagnostics.filter((x) => x.code === 'DuplicateStageName');
      assert.equal(d.range.start.line, 1);
      assert.equal(d.severity, DiagnosticSeverity.Warning);
    });

    test('an empty Dockerfile, or one of only comments, fails: "file with no instructions"', () => {
      for (const source of ['', '# just a comment\n# and another\n', '# syntax=docker/dockerfile:1\n']) {
        const diagnostics = diagnose(source, eol).diagnostics.filter((d) => d.code === 'no-instructions');
        assert.equal(diagnostics.length, 1, JSON.stringify(source));
        assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
      }
      assert.deepEqual(found('# just a comment\n# and another\n', ['no-instructions']), [[1, 'no-instructions']], 'on the last line read');
    });

    test('CMD or RUN JSON that BuildKit\'s parser rejects (not all strings) fails the build', () => {
      const source = ['FROM alpine', 'CMD ["sleep", 10]', 'RUN ["sh", ["-c", "x"]]', "CMD ['single', 'quotes']"].join('\n');
      assert.deepEqual(found(source, ['json-array-not-strings', 'malformed-exec-form']), [[1, 'json-array-not-strings'], [2, 'json-array-not-strings'], [3, 'malformed-exec-form']]);
    });

    test('FROM --platform with a typo\'d or undeclared argument fails the build, besides the UndefinedArgInFrom warning', () => {
      const { diagnostics } = diagnose(['FROM --platform=$BULIDPLATFORM scratch', 'COPY Dockerfile .'].join('\n'), eol);
      const error = diagnostics.find((d) => d.code === 'invalid-platform');
      assert.equal(error?.severity, DiagnosticSeverity.Error);
      assert.match(String(error?.message), /did you mean BUILDPLATFORM\?/);
      assert.match(String(diagnostics.find((d) => d.code === 'UndefinedArgInFrom')?.message), /did you mean BUILDPLATFORM\?/);
      assert.deepEqual(found(['ARG MY_OS=linux', 'ARG MY_ARCH=amd64', 'FROM --platform=linux/${MYARCH} busybox'].join('\n'), ['invalid-platform']), [[2, 'invalid-platform']]);
    });

    test('ConsistentInstructionCasing: the warning and its fix make one decision', () => {
      const { ast, diagnostics } = diagnose(['FROM alpine', 'RUN x', 'run y', 'foo 1', 'foo 2', 'foo 3'].join('\n'), eol);
      const casing = diagnostics.filter((d) => d.code === 'ConsistentInstructionCasing');
      assert.deepEqual(casing.map((d) => d.range.start.line), [2]);
      assert.match(String(casing[0].message), /write RUN/);
      assert.deepEqual(dockerfileCodeActions(ast, casing[0].range, { diagnostics: casing }).map((a) => a.title)[0], 'Change to RUN');
    });
  });
}
