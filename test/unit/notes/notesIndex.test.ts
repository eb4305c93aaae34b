/**
 * The user's own Markdown notes: indexed by heading and code block, searched
 * with a preference for headings that name the term, re-read when the folder
 * watcher reports a change, and quoted in command-line hovers as "From your notes".
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { NotesIndex } from '../../../server/src/notes/index';
import { indexMarkdown } from '../../../server/src/notes/markdown';
import { hover } from '../../../server/src/service/commandline/hover';
import { context, markdownOf, withCursor } from '../commandline/support';

for (const eol of ['\n', '\r\n']) {
  describe(`indexing one note (${JSON.stringify(eol)})`, () => {
    test('headings with their prose, and code blocks with the heading they sit under', () => {
      const note = indexMarkdown(['# Docker', 'intro', '', '## docker run', 'starts a container', '```bash', 'docker run -d nginx', '```', '## volumes', '# not a heading inside text? no: this is one'].join(eol));
      assert.deepEqual(note.sections.map((s) => [s.heading, s.line]), [['Docker', 0], ['docker run', 3], ['volumes', 8], ['not a heading inside text? no: this is one', 9]]);
      assert.deepEqual(note.codeBlocks, [{ language: 'bash', line: 6, lines: ['docker run -d nginx'], heading: 'docker run' }]);
    });

    test('a # line inside a code block is code, not a heading', () => {
      const note = indexMarkdown(['```sh', '# pull the image', 'docker pull nginx', '```'].join(eol));
      assert.equal(note.sections.length, 0);
      assert.equal(note.codeBlocks[0].lines[0], '# pull the image');
    });
  });
}

describe('searching the user\'s notes folders', () => {
  let root: string;
  let dockerNote: string;
  const notes = new NotesIndex();
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dockside-notes-'));
    mkdirSync(join(root, 'sub'));
    mkdirSync(join(root, 'node_modules'));
    dockerNote = join(root, 'sub', 'docker.md');
    writeFileSync(dockerNote, ['# Docker', '', 'I mostly use docker run with -p.', '', '## Ports', '```bash', 'docker run -p 8080:80 nginx', '```', '', '## docker run', 'Creates and starts. Remember `--rm` for throwaway ones.'].join('\n'));
    writeFileSync(join(root, 'other.md'), ['# Misc', 'Nothing about it here.'].join('\n'));
    writeFileSync(join(root, 'node_modules', 'ignored.md'), '## docker run\nfrom a package');
    writeFileSync(join(root, 'todo.txt'), '## docker run\nnot Markdown');
    await notes.configure([root]);
  });
  after(() => {
    notes.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  test('a heading that names the command ranks first, then code, then prose', () => {
    const found = notes.excerpts('docker run');
    assert.deepEqual(found.map((e) => [e.kind, e.line]), [['heading', 10], ['code', 7], ['text', 3]]);
    assert.equal(found[0].uri, pathToFileURL(dockerNote).toString());
    assert.match(found[0].excerpt, /^docker run\nCreates and starts/);
  });

  test('only Markdown files, and not inside node_modules', () => {
    assert.ok(notes.excerpts('docker run', 10).every((e) => e.uri.endsWith('/sub/docker.md')));
  });

  test('a term is matched as a whole word', () => {
    assert.deepEqual(notes.excerpts('--r').length, 0);
    assert.equal(notes.excerpts('--rm')[0]?.line, 11);
  });

  test('an edited note is re-read once the folder watcher reports it', async () => {
    const updated = notes.nextUpdate();
    writeFileSync(dockerNote, ['# Docker', '## docker compose up', 'Starts everything.'].join('\n'));
    const later = new Date(Date.now() + 5_000);
    utimesSync(dockerNote, later, later);
    await updated;
    assert.equal(notes.excerpts('docker compose up')[0]?.line, 2);
    assert.deepEqual(notes.excerpts('docker run'), []);
  });

  test('a note added in a new subfolder is indexed, a deleted one forgotten', async () => {
    let updated = notes.nextUpdate();
    mkdirSync(join(root, 'later'));
    writeFileSync(join(root, 'later', 'volumes.md'), '## docker volume ls\nLists volumes.');
    await updated;
    assert.equal(notes.excerpts('docker volume ls')[0]?.uri, pathToFileURL(join(root, 'later', 'volumes.md')).toString());
    updated = notes.nextUpdate();
    rmSync(join(root, 'later'), { recursive: true });
    await updated;
    assert.deepEqual(notes.excerpts('docker volume ls'), []);
  });

  test('no folders, no excerpts', async () => {
    await notes.configure([]);
    assert.deepEqual(notes.excerpts('docker compose up'), []);
    await notes.configure([root]);
  });

  test('a command-line hover adds "From your notes" with a link to the line', async () => {
    const updated = notes.nextUpdate();
    writeFileSync(dockerNote, ['# Docker', '## docker logs', 'Use -f to follow.'].join('\n'));
    const later = new Date(Date.now() + 10_000);
    utimesSync(dockerNote, later, later);
    await updated;
    const { parsed, position } = withCursor(['docker lo‸gs -f web'], '\n');
    const english = markdownOf(hover(parsed, position, context('en', notes)));
    assert.match(english, /\*\*From your notes\*\*/);
    assert.ok(english.includes(`(${pathToFileURL(dockerNote).toString()}#L2)`));
    assert.match(english, /> Use -f to follow\./);
    const korean = markdownOf(hover(parsed, position, context('ko', notes)));
    assert.match(korean, /\*\*내 노트에서\*\*/);
    assert.doesNotMatch(markdownOf(hover(parsed, position, context('en'))), /From your notes/);
  });
});
