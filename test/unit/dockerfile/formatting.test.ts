/** Formatting: document, range and on-type; never touching heredoc bodies, strings or casing. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver';
import { formatting, onTypeFormatting } from '../../../server/src/service/dockerfile/formatting';
import { eols, parse } from './features.support';

const spaces: FormattingOptions = { tabSize: 4, insertSpaces: true };

function apply(text: string, edits: readonly TextEdit[], eol: string): string {
  const lines = text.split(eol);
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const edit of sorted) {
    const { start, end } = edit.range;
    assert.equal(start.line, end.line, 'edits stay on one line');
    lines[start.line] = lines[start.line].slice(0, start.character) + edit.newText + lines[start.line].slice(end.character);
  }
  return lines.join(eol);
}

for (const [eolName, eol] of eols) {
  const format = (source: string, options = spaces) => {
    const { ast, text } = parse(source, eol);
    return apply(text, formatting(ast, options), eol).split(eol);
  };

  describe(`Dockerfile formatting (${eolName})`, () => {
    test('continuation indent, one space after the keyword, no trailing blanks, casing kept', () => {
      const result = format(['  from alpine:3.20  ', 'run   apk add \\', 'curl \\', '        # keep me', '      git   ', 'ONBUILD    RUN  echo', '   '].join('\n'));
      assert.deepEqual(result, ['from alpine:3.20', 'run apk add \\', '    curl \\', '    # keep me', '    git', 'ONBUILD RUN echo', '']);
    });

    test('tabs when the editor indents with tabs', () => {
      assert.deepEqual(format('FROM a:1\nRUN a \\\n  b', { tabSize: 4, insertSpaces: false }), ['FROM a:1', 'RUN a \\', '\tb']);
    });

    test('heredoc bodies and a string continued across lines stay as written', () => {
      const source = ['FROM a:1', 'RUN <<EOF', '  indented   ', 'EOF', 'RUN echo "one \\', '      two"'].join('\n');
      assert.deepEqual(format(source), ['FROM a:1', 'RUN <<EOF', '  indented   ', 'EOF', 'RUN echo "one \\', '      two"']);
    });

    test('a byte-order mark is kept', () => {
      assert.deepEqual(format('\uFEFFFROM   a:1'), ['\uFEFFFROM a:1']);
    });

    test('an already formatted file gets no edits', () => {
      const { ast } = parse('FROM a:1\nRUN a \\\n    b\nCMD ["x"]', eol);
      assert.deepEqual(formatting(ast, spaces), []);
    });

    test('range formatting touches only the lines in the range', () => {
      const { ast, text } = parse('FROM a:1  \nRUN   a  \nRUN   b  ', eol);
      const edits = formatting(ast, spaces, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
      assert.deepEqual(apply(text, edits, eol).split(eol), ['FROM a:1  ', 'RUN a', 'RUN   b  ']);
      const wholeLine = formatting(ast, spaces, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
      assert.deepEqual(apply(text, wholeLine, eol).split(eol), ['FROM a:1  ', 'RUN a', 'RUN   b  '], 'a whole-line selection ends before the next line');
    });

    test('on Enter: indent under a continued line, column 0 after a finished instruction', () => {
      const continued = parse('FROM a:1\nRUN apt-get update \\\n|', eol);
      assert.deepEqual(onTypeFormatting(continued.ast, continued.cursor, '\n', spaces).map((e) => e.newText), ['    ']);
      const finished = parse('FROM a:1\nRUN a \\\n    b\n    |', eol);
      const edits = onTypeFormatting(finished.ast, finished.cursor, '\n', spaces);
      assert.deepEqual(edits.map((e) => [e.range.start.character, e.range.end.character, e.newText]), [[0, 4, '']]);
      const heredoc = parse('FROM a:1\nRUN <<EOF\n  echo \\\n  |\nEOF', eol);
      assert.deepEqual(onTypeFormatting(heredoc.ast, heredoc.cursor, '\n', spaces), []);
    });
  });
}
