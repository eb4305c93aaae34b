import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { linesAfterEdit, locateBuildFailure, scanInstructions } from '../../../client/src/commands/buildErrors';

/** Real classic-builder output captured from Docker Engine 20.10 (see fixtures/). */
const fixtures = resolve(__dirname, '../../../../test/unit/commands/fixtures');
const fixture = (name: string) => ({
  dockerfile: readFileSync(join(fixtures, `${name}.Dockerfile`), 'utf8'),
  log: readFileSync(join(fixtures, `${name}.log`), 'utf8'),
});

for (const eol of ['\n', '\r\n']) {
  const label = eol === '\n' ? 'LF' : 'CRLF';
  const withEol = (text: string) => text.replace(/\r?\n/g, eol);

  describe(`locateBuildFailure, classic builder (${label})`, () => {
    const cases: [string, number, number, RegExp][] = [
      // name, start line, end line (zero-based), message
      ['classic-run', 6, 6, /returned a non-zero code: 3/],
      ['classic-copy', 4, 4, /COPY failed: file not found/],
      ['classic-from', 3, 3, /connection refused/],
      ['classic-target', 5, 5, /returned a non-zero code: 4/],
      ['classic-unknown', 2, 2, /unknown instruction: FOO/],
      ['classic-env', 2, 2, /ENV requires at least one argument/],
    ];
    for (const [name, startLine, endLine, message] of cases) {
      test(`${name} maps to line ${startLine + 1}`, () => {
        const { dockerfile, log } = fixture(name);
        const location = locateBuildFailure(withEol(dockerfile), withEol(log));
        assert.ok(location, 'a location');
        assert.equal(location.startLine, startLine);
        assert.equal(location.endLine, endLine);
        assert.match(location.message, message);
      });
    }

    test('the parse-error message loses the HTTP prefix', () => {
      const { dockerfile, log } = fixture('classic-unknown');
      assert.equal(locateBuildFailure(withEol(dockerfile), withEol(log))?.message, 'dockerfile parse error line 3: unknown instruction: FOO');
    });

    test('a step whose number does not match (comments, continuations) is found by its text', () => {
      const dockerfile = withEol('FROM scratch\nRUN echo one && \\\n    # a comment inside\n    echo two\nRUN exit 1\n');
      const log = withEol('Step 1/3 : FROM scratch\nStep 2/3 : RUN echo one &&     echo two\nStep 3/3 : RUN exit 1\nThe command \'/bin/sh -c exit 1\' returned a non-zero code: 1\n');
      assert.deepEqual(locateBuildFailure(dockerfile, log), {
        startLine: 4,
        endLine: 4,
        message: "The command '/bin/sh -c exit 1' returned a non-zero code: 1",
      });
    });

    test('a multi-line failing instruction spans all its lines', () => {
      const dockerfile = withEol('FROM scratch\nRUN false && \\\n    true\n');
      const log = withEol("Step 1/2 : FROM scratch\nStep 2/2 : RUN false &&     true\nThe command '/bin/sh -c false &&     true' returned a non-zero code: 1\n");
      const location = locateBuildFailure(dockerfile, log);
      assert.equal(location?.startLine, 1);
      assert.equal(location?.endLine, 2);
    });

    test('no step and no line in the output: no location', () => {
      assert.equal(locateBuildFailure(withEol('FROM scratch\n'), 'error checking context: no permission\n'), undefined);
    });
  });

  describe(`locateBuildFailure, BuildKit CLI output (${label})`, () => {
    // The `docker buildx build` failure format (code frame after the log); BuildKit is not reachable
    // through the Engine API without a session, so this text follows the CLI's documented layout.
    const dockerfile = withEol('FROM alpine AS base\nRUN apk add curl\n\nFROM base\nRUN echo one && \\\n    exit 3\nCMD ["sh"]\n');
    test('the code frame line wins', () => {
      const log = withEol(
        [
          '#6 [stage-1 1/1] RUN echo one &&     exit 3',
          '#6 0.241 one',
          '#6 ERROR: process "/bin/sh -c echo one &&     exit 3" did not complete successfully: exit code: 3',
          '------',
          ' > [stage-1 1/1] RUN echo one &&     exit 3:',
          '0.241 one',
          '------',
          'Dockerfile:5',
          '--------------------',
          '   4 |     FROM base',
          '   5 | >>> RUN echo one && \\',
          '   6 | >>>     exit 3',
          '   7 |     CMD ["sh"]',
          '--------------------',
          'ERROR: failed to solve: process "/bin/sh -c echo one &&     exit 3" did not complete successfully: exit code: 3',
          '',
        ].join('\n'),
      );
      const location = locateBuildFailure(dockerfile, log);
      assert.equal(location?.startLine, 4);
      assert.equal(location?.endLine, 5);
      assert.match(location?.message ?? '', /^ERROR: failed to solve: process/);
    });

    test('`parse error on line N`', () => {
      const log = 'ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: RUNN\n';
      assert.equal(locateBuildFailure(withEol('FROM alpine\nRUNN x\n'), log)?.startLine, 1);
    });

    test('a `> [stage n/m] INSTR:` header without a frame is matched by text', () => {
      const log = withEol(' > [base 2/2] RUN apk add curl:\n------\nERROR: failed to solve: exit code: 1\n');
      assert.equal(locateBuildFailure(dockerfile, log)?.startLine, 1);
    });
  });

  describe(`scanInstructions (${label})`, () => {
    test('skips comments and directives, joins continuations, keeps heredoc bodies', () => {
      const spans = scanInstructions(
        withEol('# syntax=docker/dockerfile:1\nFROM scratch\n\nRUN a \\\n\n  b\nRUN <<EOF\necho hi\nEOF\nCMD x\n'),
      );
      assert.deepEqual(
        spans.map((span) => [span.keyword, span.startLine, span.endLine]),
        [['FROM', 1, 1], ['RUN', 3, 5], ['RUN', 6, 8], ['CMD', 9, 9]],
      );
    });

    test('honours `# escape=`` (Windows Dockerfiles)', () => {
      const spans = scanInstructions(withEol('# escape=`\nFROM scratch\nRUN dir `\n  c:\\\nCMD x\n'));
      assert.deepEqual(
        spans.map((span) => [span.keyword, span.startLine, span.endLine]),
        [['FROM', 1, 1], ['RUN', 2, 3], ['CMD', 4, 4]],
      );
    });
  });
}

describe('a build diagnostic follows edits of the Dockerfile', () => {
  const failing = { startLine: 5, endLine: 6 };
  test('an edit above moves it by the lines it adds or removes', () => {
    assert.deepEqual(linesAfterEdit(failing, { startLine: 1, endLine: 1, insertedLineBreaks: 2 }), { startLine: 7, endLine: 8 });
    assert.deepEqual(linesAfterEdit(failing, { startLine: 1, endLine: 3, insertedLineBreaks: 0 }), { startLine: 3, endLine: 4 });
    assert.deepEqual(linesAfterEdit(failing, { startLine: 4, endLine: 4, insertedLineBreaks: 0 }), failing);
  });
  test('an edit below leaves it; an edit of its lines removes it', () => {
    assert.deepEqual(linesAfterEdit(failing, { startLine: 7, endLine: 9, insertedLineBreaks: 5 }), failing);
    assert.equal(linesAfterEdit(failing, { startLine: 6, endLine: 6, insertedLineBreaks: 0 }), undefined);
    assert.equal(linesAfterEdit(failing, { startLine: 2, endLine: 5, insertedLineBreaks: 0 }), undefined);
  });
});
