/**
 * Audit of "Copy a file out" (`docker cp`): the archive a container sends is
 * data from the container, so extracting it must never write outside the
 * folder the user chose, even through symlinks. The docker CLI guarantees
 * this (it replaces an existing path instead of writing through it, and
 * never writes under a symlinked parent); the two `todo` tests below show
 * where `extractTar` does not yet, and pass once it does.
 */
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { contextEntries, contextTar } from '../../../client/src/commands/contextArchive';
import { extractTar } from '../../../client/src/commands/tar';

const scratch = mkdtempSync(join(tmpdir(), 'dockside-audit-tar-'));
let folders = 0;

function folder(name: string): string {
  const path = join(scratch, `${folders++}-${name}`);
  mkdirSync(path, { recursive: true });
  return path;
}

/** The tar the engine would send for `files` (path → content, or `{ link }` for a symlink). */
async function archiveOf(files: Record<string, string | { link: string }>): Promise<Buffer> {
  const source = folder('source');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(source, path, '..'), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(source, path), content);
    else symlinkSync(content.link, join(source, path));
  }
  const chunks: Buffer[] = [];
  for await (const chunk of contextTar(source, await contextEntries(source, 'Dockerfile'))) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A tar the way a hostile container could send it, entries in order: a header per entry (no checksum; extractTar reads none). */
function handMadeTar(entries: Array<{ path: string; link?: string; content?: string }>): Buffer {
  const blocks: Buffer[] = [];
  for (const { path, link, content = '' } of entries) {
    const header = Buffer.alloc(512);
    header.write(path, 0);
    header.write('0000644\0', 100);
    header.write(`${Buffer.byteLength(content).toString(8).padStart(11, '0')}\0`, 124);
    header.write(link === undefined ? '0' : '2', 156);
    if (link !== undefined) header.write(link, 157);
    const body = Buffer.alloc(Math.ceil(Buffer.byteLength(content) / 512) * 512);
    body.write(content);
    blocks.push(header, body);
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

describe('audit: copying out of a container stays inside the chosen folder', () => {
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('a symlink in the archive is recreated as a link, not followed', async () => {
    const outside = folder('outside');
    const destination = folder('destination');
    extractTar(await archiveOf({ 'data/config': { link: join(outside, 'victim') } }), destination);
    assert.ok(lstatSync(join(destination, 'data/config')).isSymbolicLink());
    assert.equal(existsSync(join(outside, 'victim')), false);
  });

  test('one archive that first plants a symlinked folder and then writes under it is refused at that entry', () => {
    const outside = folder('outside');
    const destination = folder('destination');
    const archive = handMadeTar([{ path: 'data', link: outside }, { path: 'data/planted', content: 'written by the container\n' }]);
    assert.throws(() => extractTar(archive, destination), /data\/planted.*symbolic link.*outside/);
    assert.equal(existsSync(join(outside, 'planted')), false);
    assert.ok(lstatSync(join(destination, 'data')).isSymbolicLink(), 'the link itself is kept, as a link');
  });

  test('a file copied again over the same file is replaced in place', () => {
    const destination = folder('destination');
    extractTar(handMadeTar([{ path: 'notes.txt', content: 'first\n' }]), destination);
    assert.deepEqual(extractTar(handMadeTar([{ path: 'notes.txt', content: 'second\n' }]), destination), ['notes.txt']);
    assert.equal(readFileSync(join(destination, 'notes.txt'), 'utf8'), 'second\n');
  });

  test(
    'copying again after the container turned a symlink into a file replaces the link instead of writing through it',
    async () => {
      const outside = folder('outside');
      const destination = folder('destination');
      // First copy: the container's /data/config is a symlink to a path on the host.
      extractTar(await archiveOf({ 'data/config': { link: join(outside, 'victim') } }), destination);
      // Second copy of the same folder: now a regular file.
      extractTar(await archiveOf({ 'data/config': 'written by the container\n' }), destination);
      assert.equal(existsSync(join(outside, 'victim')), false, 'nothing was written outside the destination');
      assert.equal(readFileSync(join(destination, 'data/config'), 'utf8'), 'written by the container\n');
    },
  );

  test(
    'an entry under a folder that is a symlink in the destination is refused or replaces the link, never written through it',
    async () => {
      const outside = folder('outside');
      const destination = folder('destination');
      // First copy: the container's /data is a symlink to a folder on the host.
      extractTar(await archiveOf({ data: { link: outside } }), destination);
      // Second copy: /data is now a folder with a file in it.
      const second = await archiveOf({ 'data/planted': 'written by the container\n' });
      try {
        extractTar(second, destination);
        assert.ok(lstatSync(join(destination, 'data')).isDirectory(), 'the link was replaced by the folder');
      } catch (error) {
        assert.match((error as Error).message, /outside/, 'or the entry was refused');
      }
      assert.equal(existsSync(join(outside, 'planted')), false, 'nothing was written outside the destination');
    },
  );
});
