/** Document highlight: declarations as writes, uses as reads. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { documentHighlights } from '../../../server/src/service/dockerfile/highlights';
import { eols, parse, textAt } from './features.support';

for (const [eolName, eol] of eols) {
  describe(`Dockerfile document highlight (${eolName})`, () => {
    test('a variable: ARG is a write, each use a read', () => {
      const parsed = parse('FROM a:1\nARG NAME=x\nRUN echo $NAME ${NA|ME:-y}', eol);
      const highlights = documentHighlights(parsed.ast, parsed.cursor);
      assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind, textAt(parsed.text, h.range)]), [
        [1, DocumentHighlightKind.Write, 'NAME'],
        [2, DocumentHighlightKind.Read, 'NAME'],
        [2, DocumentHighlightKind.Read, 'NAME'],
      ]);
    });

    test('nothing on a keyword', () => {
      const parsed = parse('FROM a:1\nR|UN echo', eol);
      assert.deepEqual(documentHighlights(parsed.ast, parsed.cursor), []);
    });
  });
}
