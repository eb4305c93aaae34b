/**
 * The snippets are the language server's to offer (where they fit), not VS
 * Code's (everywhere): the manifest does not contribute them, and each one
 * carries its Korean text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { composeSnippetList, dockerfileSnippetList, snippetBody, withDefaults } from '../../../server/src/service/snippets';

const repoRoot = resolve(__dirname, '../../../..');

describe('snippets through the language server', () => {
  test('the manifest does not hand them to VS Code, which would offer them in any position', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: Record<string, unknown> };
    assert.equal(manifest.contributes.snippets, undefined);
  });

  test('each has a Korean name and description, and its Korean comment lines replace lines of its body', () => {
    for (const snippet of [...dockerfileSnippetList, ...composeSnippetList]) {
      assert.match(snippet.name.ko, /[가-힣]|^HEALTHCHECK$/, snippet.name.en);
      assert.match(snippet.description.ko, /[가-힣]/, snippet.name.en);
      for (const line of Object.keys(snippet.koreanLines)) assert.ok(snippet.body.includes(line), `${snippet.name.en}: "${line}" is not in the body`);
      const korean = snippetBody(snippet, 'ko');
      assert.equal(korean.length, snippet.body.length);
      assert.ok(Object.keys(snippet.koreanLines).every((line) => !korean.includes(line)), 'every translated line is replaced');
    }
  });

  test('defaults fill every placeholder, nested ones and mirrors included', () => {
    assert.equal(withDefaults('CMD ${5:curl http://localhost:${6:8080}/} ${1|a,b|} $1 ${1} $0'), 'CMD curl http://localhost:8080/ a a a ');
    assert.equal(withDefaults('${1:db}: ${2:x} ${1:db}', new Set(['1'])), 'db: ${2:x} db', 'only the placeholders asked for');
    for (const snippet of [...dockerfileSnippetList, ...composeSnippetList]) {
      assert.doesNotMatch(withDefaults(snippet.body.join('\n')), /\$\{|\$\d/, snippet.name.en);
    }
  });
});
