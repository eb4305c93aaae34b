/** Compose hover adds "From your notes" when the user's notes folders talk about the key under the cursor. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { composeHover } from '../../../server/src/service/compose/hover';
import type { DocsLanguage } from '../../../server/src/service/settings';
import { fakeContext, lineEndings, withCursor } from './support';
import { userNotesFolder } from '../../support/userNotes';

describe("Compose hover: the user's own notes", () => {
  const { notes } = userNotesFolder('dockside-compose-notes-', { 'compose.md': '# Compose\n\n## restart 정책\n\nDB는 unless-stopped로 둔다. 직접 멈추면 다시 안 뜬다.\n\n## web\n\n서비스 이름 메모\n' });

  const hoverText = (lines: readonly string[], eol: string, docsLanguage: DocsLanguage, withNotes: boolean): string | undefined => {
    const { compose, position } = withCursor(lines, eol);
    const ctx = fakeContext({ docsLanguage, notes: withNotes ? notes : undefined });
    const result = composeHover(compose, position, ctx);
    return result ? (result.contents as MarkupContent).value : undefined;
  };

  for (const { name, eol } of lineEndings) {
    test(`a key: the matching note after the key's docs, with a link to its line (${name})`, () => {
      const ko = hoverText(['services:', '  db:', '    image: postgres', '    rest|art: unless-stopped'], eol, 'ko', true)!;
      assert.match(ko, /\*\*내 노트에서\*\*/);
      assert.match(ko, /compose\.md:3\]\(file:\/\/.*compose\.md#L3\)/);
      assert.match(ko, /unless-stopped로 둔다/);
      assert.ok(ko.indexOf('내 노트에서') > ko.indexOf('docs.docker.com'), 'the notes come after the knowledge entry');
      const en = hoverText(['services:', '  db:', '    image: postgres', '    rest|art: unless-stopped'], eol, 'en', true)!;
      assert.match(en, /\*\*From your notes\*\*/);
    });

    test(`a service's own name, a value or a key the notes never mention get no notes (${name})`, () => {
      // `web` is a heading in the notes, but a service name is the user's word, not a Compose key.
      assert.doesNotMatch(hoverText(['services:', '  w|eb:', '    image: nginx'], eol, 'en', true) ?? '', /From your notes/);
      assert.doesNotMatch(hoverText(['services:', '  db:', '    restart: unless-st|opped'], eol, 'en', true)!, /From your notes/);
      assert.doesNotMatch(hoverText(['services:', '  db:', '    ima|ge: postgres'], eol, 'en', true)!, /From your notes/);
    });
  }

  test('says nothing about notes when no folders are configured', () => {
    assert.doesNotMatch(hoverText(['services:', '  db:', '    rest|art: always'], '\n', 'en', false)!, /From your notes/);
  });
});
