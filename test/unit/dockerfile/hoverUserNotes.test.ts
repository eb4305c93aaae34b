/** Dockerfile hover adds "From your notes" when the user's notes folders talk about the instruction or flag. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { configureNotes } from '../../../server/src/notes/index';
import { hover } from '../../../server/src/service/dockerfile/hover';
import { defaultSettings } from '../../../server/src/service/settings';
import { context, eols, parse } from './features.support';

describe('Dockerfile hover: the user\'s own notes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dockside-notes-'));
  before(() => {
    writeFileSync(join(folder, 'docker.md'), '# Docker\n\n## WORKDIR 정리\n\nWORKDIR은 cd 대신 쓴다. 없으면 만들어 준다.\n\n## 기타\n\nnothing here\n');
    configureNotes([folder], { rescanIntervalMs: 0 });
  });
  after(() => {
    configureNotes([]);
    rmSync(folder, { recursive: true, force: true });
  });

  for (const [eolName, eol] of eols) {
    test(`appends the matching note with a link to its line (${eolName})`, async () => {
      const parsed = parse('FROM alpine:3.20\nWORK|DIR /app', eol);
      const withNotes = { ...context({ language: 'ko' }), settings: { ...defaultSettings, notes: { folders: [folder] } } };
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
