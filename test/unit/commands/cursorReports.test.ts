import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CursorReports } from '../../../client/src/commands/shellSession';

const question = '\x1b[6n';

describe("CursorReports: the terminal's answers to the cursor question never read as keys", () => {
  test('a first-row answer to a question the program asked is written with a leading zero; the keys after it pass as typed', () => {
    const reports = new CursorReports();
    reports.noteOutput(`/ # ${question}`);
    assert.equal(reports.input('\x1b[1;5Recho first line\r'), '\x1b[01;5Recho first line\r');
  });

  test('answers on other rows, and keys, pass unchanged', () => {
    const reports = new CursorReports();
    reports.noteOutput(`/ # ${question}`);
    assert.equal(reports.input('\x1b[12;5Rls\r'), '\x1b[12;5Rls\r');
    assert.equal(reports.input('echo hi\r\x1b[A\x1b[1;5C'), 'echo hi\r\x1b[A\x1b[1;5C');
  });

  test("with no question asked, ESC[1;5R is the user's Ctrl+F3 and passes unchanged", () => {
    const reports = new CursorReports();
    assert.equal(reports.input('\x1b[1;5R'), '\x1b[1;5R');
    reports.noteOutput(`/ # ${question}`);
    assert.equal(reports.input('\x1b[1;5R'), '\x1b[01;5R');
    assert.equal(reports.input('\x1b[1;5R'), '\x1b[1;5R', 'the one question has had its answer');
  });

  test('each question gets one answer, in order, also when they come in one burst', () => {
    const reports = new CursorReports();
    reports.noteOutput(`/ # ${question}\r\n/ # ${question}`);
    assert.equal(reports.input('\x1b[1;3R\x1b[1;5Rkeys'), '\x1b[01;3R\x1b[01;5Rkeys');
    assert.equal(reports.input('\x1b[1;5R'), '\x1b[1;5R');
  });

  test('a question cut between two chunks of output counts once', () => {
    for (let cut = 1; cut < question.length; cut++) {
      const reports = new CursorReports();
      reports.noteOutput(`/ # ${question.slice(0, cut)}`);
      reports.noteOutput(question.slice(cut));
      assert.equal(reports.input('\x1b[1;5R\x1b[1;5R'), '\x1b[01;5R\x1b[1;5R', `cut after ${cut}`);
    }
  });

  test('other questions and their answers are not touched (DECXCPR, device status)', () => {
    const reports = new CursorReports();
    reports.noteOutput('\x1b[?6n\x1b[5n');
    assert.equal(reports.input('\x1b[?1;5R\x1b[0n\x1b[1;5R'), '\x1b[?1;5R\x1b[0n\x1b[1;5R');
  });
});
