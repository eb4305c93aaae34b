/** Dockerfile hover adds "From your notes" when the user's notes folders talk about the instruction or flag. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { hover } from '../../../server/src/service/dockerfile/hover';
import { context, eols, parse } from './features.support';
import { userNotesFolder } from '../../support/userNotes';

describe('Dockerfile hover: the user\'s own notes', () => {
  const { notes } = userNotesFolder('dockside-notes-', { 'docker.md': '# Docker\n\n## WORKDIR 정리\n\nWORKDIR은 cd 대신 쓴다. 없으면 만들어 준다.\n\n## 기타\n\nnothing here\n' });

  for (const [eolName, eol] of eols) {
    test(`appends the matching note with a link to its line (${eolName})`, async () => {
      const parsed = parse('FROM alpine:3.20\nWORK|DIR /app', eol);
      const withNotes = context({ language: 'ko', notes });
      const text = ((await hover(parsed.ast, parsed.cursor, withNotes))!.contents as MarkupContent).value;
      assert.match(text, /내 노트에서/);
      assert.match(text, /docker\.md:\d+\]\(file:\/\/.*docker\.md#L\d+\)/);
      assert.match(text, /cd 대신/);
    });
  }

  test('says nothing about notes when no folders are configured', async () => {
    const parsed = parse('FROM alpine:3.20\nWORK|DIR /app');
    const text = ((await hover(parsed.ast, parsed.cursor, context({ language: 'en' })))!.contents as MarkupContent).value;
    assert.doesNotMatch(text, /From your notes/);
  });
});
