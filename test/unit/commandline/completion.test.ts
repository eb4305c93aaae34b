/** Completion on docker command lines: commands, a group's subcommands, and a command's flags. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionList, MarkupContent } from 'vscode-languageserver';
import { completion } from '../../../server/src/service/commandline/completion';
import { context, lineEndings, withCursor } from './support';

function complete(lines: readonly string[], eol: string, language: 'en' | 'ko' = 'en'): CompletionList | null {
  const { parsed, position } = withCursor(lines, eol);
  return completion(parsed, position, context(language));
}

const labels = (list: CompletionList | null) => (list?.items ?? []).map((item) => item.label);

for (const { name, eol } of lineEndings) {
  describe(`command-line completion (${name})`, () => {
    test('after docker: the commands, documented ones with their docs', () => {
      const list = complete(['set -e', 'docker ‸'], eol);
      assert.ok(labels(list).includes('run') && labels(list).includes('compose') && labels(list).includes('image'));
      const run = list!.items.find((item) => item.label === 'run')!;
      assert.equal(run.detail, 'Creates a new container from an image and starts it (`create` + `start`).');
      assert.match((run.documentation as MarkupContent).value, /`docker run`/);
    });

    test('after a group: its subcommands', () => {
      const list = complete(['docker network ‸'], eol, 'ko');
      assert.deepEqual(labels(list).sort(), ['connect', 'create', 'disconnect', 'inspect', 'list', 'ls', 'prune', 'remove', 'rm']);
      assert.match(list!.items.find((item) => item.label === 'create')!.detail!, /사용자 정의 네트워크/);
    });

    test("after -: the command's flags, the documented ones first", () => {
      const list = complete(['docker run -‸'], eol);
      const names = labels(list);
      for (const flag of ['--publish', '-p', '--rm', '--entrypoint', '--mount']) assert.ok(names.includes(flag), flag);
      const sorted = [...list!.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      assert.ok(sorted.findIndex((item) => item.label === '--publish') < sorted.findIndex((item) => item.label === '--entrypoint'));
      const replaced = list!.items.find((item) => item.label === '--rm')!.textEdit!;
      assert.ok('range' in replaced && replaced.range.start.character === 11);
    });

    test('the words after the image are the container command: nothing to offer', () => {
      assert.equal(complete(['docker run nginx ‸'], eol), null);
      assert.equal(complete(['echo ‸'], eol), null);
    });

    test('a continued line still completes the flags of its command', () => {
      assert.ok(labels(complete(['docker build -t app \\', '  --‸'], eol)).includes('--file'));
    });
  });
}
