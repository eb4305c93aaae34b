/** The user's own notes folder for a suite of hover tests (call inside `describe`). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { configureNotes } from '../../server/src/notes/index';

/** A folder holding `files` (name → text), indexed before the suite's tests and removed after them. */
export function userNotesFolder(prefix: string, files: Readonly<Record<string, string>>): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  before(() => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    configureNotes([folder], { rescanIntervalMs: 0 });
  });
  after(() => {
    configureNotes([]);
    rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}
