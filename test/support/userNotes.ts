/** The user's own notes folder for a suite of hover tests (call inside `describe`). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { NotesIndex } from '../../server/src/notes/index';

/** A folder holding `files` (name → text), and its index: made before the suite's tests, removed after them. */
export function userNotesFolder(prefix: string, files: Readonly<Record<string, string>>): { folder: string; notes: NotesIndex } {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const notes = new NotesIndex();
  before(async () => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    await notes.configure([folder]);
  });
  after(() => {
    notes.dispose();
    rmSync(folder, { recursive: true, force: true });
  });
  return { folder, notes };
}
