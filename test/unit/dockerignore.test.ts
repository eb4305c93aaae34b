/**
 * `.dockerignore` matching, one implementation for the build context the extension sends and for
 * the server's CopyIgnoredFile: the cases where the two used to disagree, and the examples of
 * Docker's own documentation (https://docs.docker.com/build/concepts/context/#dockerignore-files).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DockerIgnore } from '../../server/src/dockerignore';

for (const [label, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  const rules = (...lines: string[]) => new DockerIgnore(lines.join(eol));

  describe(`.dockerignore matching (${label})`, () => {
    test('`**/node_modules` matches node_modules at any depth, but not a name that merely ends in it', () => {
      const ignore = rules('**/node_modules');
      assert.equal(ignore.ignores('node_modules'), true);
      assert.equal(ignore.ignores('a/b/node_modules/x.js'), true);
      assert.equal(ignore.ignores('xnode_modules'), false);
    });

    test('patterns and paths are cleaned: `./a//b` is `a/b`', () => {
      assert.equal(rules('./a//b').ignores('a/b'), true);
      assert.equal(rules('a/b').ignores('./a//b/'), true);
    });

    test('Docker\'s examples: `*/temp*`, `*/*/temp*`, `temp?`', () => {
      const ignore = rules('# comment', '*/temp*', '*/*/temp*', 'temp?');
      assert.equal(ignore.ignores('somedir/temporary.txt'), true);
      assert.equal(ignore.ignores('somedir/temp'), true);
      assert.equal(ignore.ignores('somedir/subdir/temporary.txt'), true);
      assert.equal(ignore.ignores('tempa'), true);
      assert.equal(ignore.ignores('temporary.txt'), false, '*/temp* needs one directory level');
      assert.equal(ignore.ignores('tempab'), false);
    });

    test('Docker\'s examples: `**/*.go`, and `!` exceptions where the last matching line wins', () => {
      assert.equal(rules('**/*.go').ignores('cmd/server/main.go'), true);
      assert.equal(rules('**/*.go').ignores('main.go'), true);
      const readmes = rules('*.md', '!README*.md', 'README-secret.md');
      assert.equal(readmes.ignores('CHANGES.md'), true);
      assert.equal(readmes.ignores('README.md'), false);
      assert.equal(readmes.ignores('README-secret.md'), true);
      assert.equal(rules('*.md', 'README-secret.md', '!README*.md').ignores('README-secret.md'), false);
    });

    test('`*` excludes the whole context, `.` included', () => {
      assert.equal(rules('*').ignores('.'), true);
      assert.equal(rules('*').ignores('src/app.js'), true);
    });

    test('a pattern filepath.Match rejects matches nothing, and the others still apply', () => {
      const ignore = rules('[a-', 'secret.txt');
      assert.equal(ignore.ignores('a'), false);
      assert.equal(ignore.ignores('secret.txt'), true);
    });

    test('exclusions: whether there are any, and whether one may reach inside a directory', () => {
      assert.equal(rules('node_modules').hasExclusions, false);
      assert.equal(rules('node_modules', '!node_modules/keep').mayReincludeUnder('node_modules'), true);
      assert.equal(rules('*', '!src').mayReincludeUnder('src'), false);
    });
  });
}
