import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { contextEntries, contextTar } from '../../../client/src/commands/contextArchive';
import { DockerIgnore } from '../../../server/src/dockerignore';
import { parseTar } from '../../../client/src/commands/tar';

describe('DockerIgnore', () => {
  for (const eol of ['\n', '\r\n']) {
    const ignore = (lines: string[]) => new DockerIgnore(lines.join(eol));
    const label = eol === '\n' ? 'LF' : 'CRLF';

    test(`plain names, directories and comments (${label})`, () => {
      const rules = ignore(['# build output', 'dist', '  node_modules/  ', '', '*.log']);
      assert.equal(rules.ignores('dist'), true);
      assert.equal(rules.ignores('dist/app.js'), true, 'everything under an ignored directory');
      assert.equal(rules.ignores('node_modules/x/index.js'), true);
      assert.equal(rules.ignores('debug.log'), true);
      assert.equal(rules.ignores('logs/debug.log'), false, '`*` does not cross directories');
      assert.equal(rules.ignores('src/dist.ts'), false);
      assert.equal(rules.ignores('# build output'), false);
    });

    test(`** spans directories, ? one character, classes (${label})`, () => {
      const rules = ignore(['**/*.log', 'tmp?', 'cache[0-9]', 'docs/**/draft-*.md']);
      assert.equal(rules.ignores('a/b/c/debug.log'), true);
      assert.equal(rules.ignores('debug.log'), true, '**/ also matches zero directories');
      assert.equal(rules.ignores('tmp1'), true);
      assert.equal(rules.ignores('tmp12'), false);
      assert.equal(rules.ignores('cache7/x'), true);
      assert.equal(rules.ignores('cachex'), false);
      assert.equal(rules.ignores('docs/draft-a.md'), true);
      assert.equal(rules.ignores('docs/2024/q1/draft-b.md'), true);
      assert.equal(rules.ignores('docs/final.md'), false);
    });

    test(`! re-includes; the last matching rule wins; paths are cleaned (${label})`, () => {
      const rules = ignore(['*', '!src', 'src/secret.txt', '!/README.md', './build/../out']);
      assert.equal(rules.ignores('package.json'), true);
      assert.equal(rules.ignores('src/index.ts'), false);
      assert.equal(rules.ignores('src/secret.txt'), true);
      assert.equal(rules.ignores('README.md'), false);
      assert.equal(rules.ignores('out'), true);
      assert.equal(rules.mayReincludeUnder('src'), false, 'no rule names a path under src/');
      assert.equal(ignore(['node_modules', '!node_modules/keep']).mayReincludeUnder('node_modules'), true);
      assert.equal(ignore(['node_modules', '!*.md']).mayReincludeUnder('node_modules'), true, 'wildcards may reach anywhere');
    });

    test(`an empty file ignores nothing (${label})`, () => {
      assert.equal(ignore(['']).ignores('anything'), false);
    });
  }
});

describe('context archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-context-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, content: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  write('build/Dockerfile', 'FROM scratch\n');
  write('.dockerignore', '*\n!src\n**/*.tmp\n');
  write('src/app.js', 'console.log(1)\n');
  write('src/scratch.tmp', 'x');
  write(`src/${'long-directory-name/'.repeat(6)}file.txt`, 'deep');
  write('secrets/key.pem', 'secret');
  symlinkSync('app.js', join(dir, 'src/link.js'));

  test('sends what .dockerignore keeps, plus the Dockerfile and .dockerignore themselves', async () => {
    assert.deepEqual(
      (await contextEntries(dir, 'build/Dockerfile')).map((entry) => entry.path),
      [
        '.dockerignore',
        'build/Dockerfile',
        'src',
        'src/app.js',
        'src/link.js',
        ...Array.from({ length: 6 }, (_, i) => `src/${'long-directory-name/'.repeat(i + 1).slice(0, -1)}`),
        `src/${'long-directory-name/'.repeat(6)}file.txt`,
      ],
    );
  });

  test('the tar stream round-trips: names (long ones via PAX), contents, links', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of contextTar(dir, await contextEntries(dir, 'build/Dockerfile'))) chunks.push(chunk as Buffer);
    const archive = Buffer.concat(chunks);
    assert.equal(archive.length % 512, 0);
    const entries = parseTar(archive);
    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    assert.equal(byPath.get('build/Dockerfile')?.content.toString(), 'FROM scratch\n');
    assert.equal(byPath.get('src/')?.type, 'directory');
    assert.equal(byPath.get('src/link.js')?.type, 'symlink');
    assert.equal(byPath.get('src/link.js')?.linkName, 'app.js');
    assert.equal(byPath.get(`src/${'long-directory-name/'.repeat(6)}file.txt`)?.content.toString(), 'deep');
    assert.equal(byPath.has('secrets/key.pem'), false);
    assert.equal(byPath.has('src/scratch.tmp'), false);
  });
});
