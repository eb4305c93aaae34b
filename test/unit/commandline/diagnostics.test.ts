/**
 * The slips in the five notes are found where they are, the well-formed
 * lines around them raise nothing, and every quick fix writes the right text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../../server/src/service/commandline/codeActions';
import { diagnostics } from '../../../server/src/service/commandline/diagnostics';
import { parseCommandLines } from '../../../server/src/service/commandline/parse';
import { commandLines, context, lineEndings, messageOf, summarize } from './support';

const notesDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'notes');

function noteDiagnostics(file: string, eol = '\n') {
  const text = readFileSync(join(notesDir, file), 'utf8').replace(/\r?\n/g, eol);
  const parsed = parseCommandLines(TextDocument.create(`file:///notes/${file}`, 'plaintext', 1, text));
  return { parsed, diagnostics: diagnostics(parsed, context('en')) };
}

/** `code line:text` with 1-based lines, as one reads them in the note. */
function found(file: string, eol = '\n'): string[] {
  const { parsed, diagnostics: all } = noteDiagnostics(file, eol);
  return all.map((d) => `${String(d.code)} ${d.range.start.line + 1}:${parsed.document.getText(d.range)}`);
}

describe('the slips in the five notes', () => {
  for (const { name, eol } of lineEndings) {
    test(`000: docekr, four times, and nothing else (${name})`, () => {
      assert.deepEqual(found('000_e557d064da957e09.txt', eol), [
        'docker-typo 72:docekr', // -> ex) docekr pull mysql:5.7
        'docker-typo 79:docekr', // -> ex) docekr run -d(데몬으로실행) …
        'docker-typo 88:docekr', // docekr start imageName
        'docker-typo 89:docekr', // docekr restart imageName
      ]);
    });

    test(`001: --it, docker bulid, -rm (${name})`, () => {
      assert.deepEqual(found('001_845f903225cb8ed7.txt', eol), [
        'double-dash-short-flags 132:--it', // docker run --it --rm --name 이름 image이름
        'double-dash-short-flags 136:--it', // docker run --it --rm -d --name 이름 image이름
        'unknown-subcommand 272:bulid', // docker bulid [option] Dockerfile_경로
        'single-dash-long-flag 405:-rm', // docker run -rm -d -p 8888:8888 -v … jupyter/datascience-notebook
      ]);
    });
  }

  test('003: docer images', () => {
    assert.deepEqual(found('003_48a0e0d2e2b6956a.txt'), ['docker-typo 173:docer']);
  });

  test('002 and 004 write every command correctly', () => {
    assert.deepEqual(found('002_113d055873a0b918.txt'), []);
    assert.deepEqual(found('004_a7121522d3a0fc39.txt'), []);
  });

  test('the notes are read: 004 has its forty-odd command lines', () => {
    assert.ok(noteDiagnostics('004_a7121522d3a0fc39.txt').parsed.commands.length >= 40);
  });

  test('every diagnostic is dockside\'s, with a stable code and a link', () => {
    for (const file of ['000_e557d064da957e09.txt', '001_845f903225cb8ed7.txt', '003_48a0e0d2e2b6956a.txt']) {
      for (const diagnostic of noteDiagnostics(file).diagnostics) {
        assert.equal(diagnostic.source, 'dockside');
        assert.match(diagnostic.codeDescription!.href, /^https:\/\/docs\.docker\.com\/reference\/cli\/docker\//);
      }
    }
  });
});

for (const { name, eol } of lineEndings) {
  describe(`command-line diagnostics and quick fixes (${name})`, () => {
    const fixed = (lines: string[]) => {
      const parsed = commandLines(lines, eol);
      const all = diagnostics(parsed, context('en'));
      const actions = codeActions(parsed, all[0].range, { diagnostics: all }, context('en'));
      const edits = actions.flatMap((action) => action.edit!.changes![parsed.document.uri]);
      // Apply from the end so earlier offsets stay valid.
      const text = parsed.document.getText();
      return edits
        .map((edit) => ({ start: parsed.document.offsetAt(edit.range.start), end: parsed.document.offsetAt(edit.range.end), newText: edit.newText }))
        .sort((a, b) => b.start - a.start)
        .reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
    };

    test('each slip has a fix that corrects it', () => {
      assert.equal(fixed(['docekr run -rm --it ubuntu bash']), 'docker run --rm -it ubuntu bash');
      assert.equal(fixed(['sudo docker bulid -t app .']), 'sudo docker build -t app .');
    });

    test('a misspelt long flag gets the nearest real one', () => {
      const parsed = commandLines(['docker run --detatch nginx'], eol);
      const [diagnostic] = diagnostics(parsed, context('en'));
      assert.equal(diagnostic.code, 'unknown-flag');
      assert.match(messageOf(diagnostic), /Did you mean `--detach`\?/);
      assert.equal(fixed(['docker run --detatch nginx']), 'docker run --detach nginx');
    });

    test('messages follow the docs language', () => {
      const parsed = commandLines(['docker run -rm nginx'], eol);
      assert.match(messageOf(diagnostics(parsed, context('ko'))[0]), /대시가 하나라서/);
      assert.match(messageOf(diagnostics(parsed, context('en'))[0]), /With one dash/);
    });

    test('well-formed lines raise nothing, plugins and unknown tools included', () => {
      const parsed = commandLines(
        [
          'docker run -d -p 8080:80 --name web --restart unless-stopped -v data:/data -e A=b nginx',
          'docker exec -it web sh -c "ls -la"',
          'docker build -f Dockerfile-basic -t buildapp:basic --build-arg V=1 .',
          'docker compose -p demo up -d --build',
          'docker buildx bake --print',
          'docker scout cves nginx',
          'docker model run ai/smollm2',
          'docker logs -f --tail 100 web',
          'docker ps -aq',
        ],
        eol,
      );
      assert.deepEqual(summarize(diagnostics(parsed, context('en'))), []);
    });

    test('an unknown word after docker is a hint only when it looks like a known command', () => {
      const parsed = commandLines(['docker imgaes', 'docker frobnicate', 'docker is a tool', 'docker container is running'], eol);
      assert.deepEqual(summarize(diagnostics(parsed, context('en'))), ['unknown-subcommand@0:7']);
    });
  });
}
