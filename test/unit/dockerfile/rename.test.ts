/** Rename stage names, variables and heredoc delimiters, refusing names Docker would reject. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver';
import { prepareRename, rename } from '../../../server/src/service/dockerfile/rename';
import { dockerfileUri, eols, parse, textAt } from './features.support';

/** Applies edits to a text (edits do not overlap). */
function apply(text: string, edits: readonly TextEdit[], eol: string): string {
  const lines = text.split(eol);
  const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const edit of sorted) {
    const { start, end } = edit.range;
    assert.equal(start.line, end.line);
    lines[start.line] = lines[start.line].slice(0, start.character) + edit.newText + lines[start.line].slice(end.character);
  }
  return lines.join(eol);
}

for (const [eolName, eol] of eols) {
  const renamed = (source: string, newName: string) => {
    const parsed = parse(source, eol);
    const edit = rename(parsed.ast, parsed.cursor, newName);
    return edit && apply(parsed.text, edit.changes![dockerfileUri], eol).split(eol);
  };

  describe(`Dockerfile rename (${eolName})`, () => {
    test('a stage everywhere it is used', () => {
      const result = renamed('FROM a:1 AS bu|ild\nFROM build AS test\nCOPY --from=build /x /y\nRUN --mount=from=build,target=/b ls', 'compile');
      assert.deepEqual(result, ['FROM a:1 AS compile', 'FROM compile AS test', 'COPY --from=compile /x /y', 'RUN --mount=from=compile,target=/b ls']);
    });

    test('a variable: declaration and every form of use', () => {
      const result = renamed('FROM a:1\nENV AP|P=/app\nWORKDIR $APP\nRUN echo "${APP}" ${APP:-none}', 'APP_HOME');
      assert.deepEqual(result, ['FROM a:1', 'ENV APP_HOME=/app', 'WORKDIR $APP_HOME', 'RUN echo "${APP_HOME}" ${APP_HOME:-none}']);
    });

    test('a heredoc delimiter, quoted or with <<-', () => {
      assert.deepEqual(renamed('FROM a:1\nRUN <<-"E|OF"\n\techo hi\n\tEOF', 'SCRIPT'), ['FROM a:1', 'RUN <<-"SCRIPT"', '\techo hi', '\tSCRIPT']);
    });

    test('prepareRename gives the name under the cursor; invalid new names are refused', () => {
      const parsed = parse('FROM a:1 AS bu|ild', eol);
      assert.equal(textAt(parsed.text, prepareRename(parsed.ast, parsed.cursor)!), 'build');
      assert.equal(rename(parsed.ast, parsed.cursor, 'not valid'), null);
      const variable = parse('FROM a:1\nARG |V=1', eol);
      assert.equal(rename(variable.ast, variable.cursor, '1abc'), null);
      const keyword = parse('FR|OM a:1', eol);
      assert.equal(prepareRename(keyword.ast, keyword.cursor), null);
    });
  });
}
