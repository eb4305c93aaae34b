/**
 * Extracts the tar archive the engine's `GET /containers/{id}/archive` returns
 * (Go's archive/tar: ustar with PAX headers for long names). Only what that
 * endpoint emits is supported: files, directories and links. No entry may
 * escape the destination folder.
 */
import { mkdirSync, symlinkSync, writeFileSync, chmodSync, rmSync, lstatSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const block = 512;

export interface TarEntry {
  readonly path: string;
  readonly type: 'file' | 'directory' | 'symlink' | 'other';
  readonly mode: number;
  readonly linkName: string;
  readonly content: Buffer;
}

/** Parses a whole (uncompressed) tar archive. */
export function parseTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let paxPath: string | undefined;
  let paxLink: string | undefined;
  let longName: string | undefined;
  while (offset + block <= archive.length) {
    const header = archive.subarray(offset, offset + block);
    if (header.every((byte) => byte === 0)) break;
    const size = parseOctal(header.subarray(124, 136));
    const typeFlag = String.fromCharCode(header[156] || 0x30);
    const content = archive.subarray(offset + block, offset + block + size);
    offset += block + Math.ceil(size / block) * block;

    if (typeFlag === 'x') {
      const records = parsePax(content);
      paxPath = records.path ?? paxPath;
      paxLink = records.linkpath ?? paxLink;
      continue;
    }
    if (typeFlag === 'L') {
      longName = cString(content);
      continue;
    }
    if (typeFlag === 'g') continue;

    const prefix = cString(header.subarray(345, 500));
    const name = cString(header.subarray(0, 100));
    const path = paxPath ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const linkName = paxLink ?? cString(header.subarray(157, 257));
    paxPath = paxLink = longName = undefined;
    const type = typeFlag === '0' || typeFlag === '\0' || typeFlag === '7' ? 'file' : typeFlag === '5' ? 'directory' : typeFlag === '2' ? 'symlink' : 'other';
    entries.push({ path, type, mode: parseOctal(header.subarray(100, 108)), linkName, content: Buffer.from(content) });
  }
  return entries;
}

/**
 * Writes the archive's entries under `destinationDir`; resolves to the paths written, relative to it.
 * The check is not only lexical: a symlink left in the destination by an earlier copy (or put there by
 * an earlier entry of this archive) could redirect a write outside it, so an entry under a symlinked
 * folder is refused and an existing file or link at an entry's path is replaced, never written through.
 */
export function extractTar(archive: Buffer, destinationDir: string): string[] {
  const root = resolve(destinationDir);
  const written: string[] = [];
  for (const entry of parseTar(archive)) {
    const target = resolve(root, entry.path);
    const inside = relative(root, target);
    if (inside === '' && entry.type === 'directory') continue;
    if (inside === '' || inside.startsWith('..') || inside.startsWith(sep) || resolve(root, inside) !== target) {
      throw new Error(`refusing to extract ${entry.path}: it points outside ${destinationDir}`);
    }
    const symlinkedFolder = firstSymlinkedFolder(root, dirname(inside));
    if (symlinkedFolder !== undefined) {
      throw new Error(`refusing to extract ${entry.path}: its folder ${symlinkedFolder} is a symbolic link, which could lead outside ${destinationDir}`);
    }
    if (entry.type === 'other') continue; // Devices, FIFOs and hard links cannot be recreated faithfully by a user; skip them.
    const existing = lstatOrUndefined(target);
    // A file or link at the path is replaced; a folder the archive turns into a file or link makes the write fail (EEXIST).
    if (existing && !existing.isDirectory()) rmSync(target, { force: true });
    switch (entry.type) {
      case 'directory':
        mkdirSync(target, { recursive: true });
        break;
      case 'file':
        mkdirSync(dirname(target), { recursive: true });
        // 'wx' fails rather than follow a link that appeared at the target since the check above.
        writeFileSync(target, entry.content, { flag: 'wx' });
        chmodSync(target, entry.mode & 0o777);
        break;
      case 'symlink':
        mkdirSync(dirname(target), { recursive: true });
        symlinkSync(entry.linkName, target);
        break;
    }
    written.push(inside.split(sep).join('/'));
  }
  return written;
}

/** The first existing folder on `relativeFolder` (below `root`) that is a symbolic link, relative to root. */
function firstSymlinkedFolder(root: string, relativeFolder: string): string | undefined {
  if (relativeFolder === '.' || relativeFolder === '') return undefined;
  let current = root;
  const parts = relativeFolder.split(sep);
  for (const [index, part] of parts.entries()) {
    current = join(current, part);
    const stats = lstatOrUndefined(current);
    if (!stats) return undefined; // Nothing further down exists yet; mkdirSync creates real folders.
    if (stats.isSymbolicLink()) return parts.slice(0, index + 1).join('/');
  }
  return undefined;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function parseOctal(field: Buffer): number {
  const text = cString(field).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}

/** PAX records: `<length> <key>=<value>\n`, length counting the whole record in bytes. */
function parsePax(content: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < content.length) {
    const space = content.indexOf(0x20, offset);
    if (space < 0) break;
    const length = Number(content.subarray(offset, space).toString('ascii'));
    if (!Number.isFinite(length) || length <= 0) break;
    const record = content.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}
