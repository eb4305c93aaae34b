/**
 * Coverage of the notes, read the way the editor reads them: every `docker`
 * command line in the five notes (opened as plain text) is parsed, and each
 * command and flag on it must hover to a knowledge entry. This catches what
 * the hand-kept lists in cliCoverage.test.ts could miss. Each flag's entry
 * must also cite the note that uses it, so "From the notes" can point there.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { commandEntry, symbolAt } from '../../../server/src/service/commandline/lookup';
import { parseCommandLines } from '../../../server/src/service/commandline/parse';

const notesDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'notes');
const notes = readdirSync(notesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const document = TextDocument.create(`file:///notes/${name}`, 'plaintext', 1, readFileSync(join(notesDir, name), 'utf8'));
    return { name, document, parsed: parseCommandLines(document) };
  });

describe('every docker command line in the notes hovers to knowledge', () => {
  test('the notes hold the command lines this test reads', () => {
    assert.equal(notes.length, 5);
    const commands = notes.flatMap((note) => note.parsed.commands);
    assert.ok(commands.length >= 100, `only ${commands.length} command lines found`);
    assert.ok(commands.filter((command) => command.pathText === 'run').length >= 20);
  });

  for (const { name, document, parsed } of notes) {
    test(name, () => {
      const problems: string[] = [];
      const flagSlips = new Set<string>();
      for (const command of parsed.commands) {
        const where = `${name}:${document.positionAt(command.start).line + 1}`;
        // `docker bulid`: the slip is diagnosed, there is nothing to document.
        if (command.unknown) continue;
        const entry = commandEntry(command);
        if (!entry) problems.push(`${where}: no entry for docker ${command.pathText}`);
        // Without a command word this is prose mentioning docker ("docker run의 -v 옵션"), not a command line.
        const uses = [...command.globalFlags, ...command.flags];
        if (command.path.length === 0 && !uses.some((use) => use.written === '--help')) continue;
        for (const use of uses) {
          const symbol = symbolAt(parsed, use.start);
          if (!symbol) {
            // The notes' typical slips (`--it`) get a diagnostic and a fix instead.
            if (use.problem) flagSlips.add(use.written);
            else problems.push(`${where}: no entry for ${use.written} of docker ${command.pathText}`);
            continue;
          }
          assert.equal(symbol.entry.kind, 'cli-flag', `${where}: ${use.written}`);
          if (!symbol.entry.sources.some((source) => source.note === name)) {
            problems.push(`${where}: ${symbol.entry.id} is used here but does not cite ${name}`);
          }
        }
      }
      assert.deepEqual(problems, []);
      assert.ok([...flagSlips].every((slip) => slip === '--it'), `unexpected slips: ${[...flagSlips].join(', ')}`);
    });
  }
});
