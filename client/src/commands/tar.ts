/**
 * Extracts the tar archive the engine's `GET /containers/{id}/archive` returns
 * (Go's archive/tar: ustar with PAX headers for long names). Only what that
 * endpoint emits is supported: files, directories and links. No entry may
 * escape the destination folder.
 */
import { mkdirSync, symlinkSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

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

/** Writes the archive's entries under `destinationDir`; resolves to the paths written, relative to it. */
export function extractTar(archive: Buffer, destinationDir: string): string[] {
  const root = resolve(destinationDir);
  const written: string[] = [];
  for (const entry of parseTar(archive)) {
    const target = resolve(root, entry.path);
    const inside = relative(root, target);
    if (inside === '' && entry.type === 'directory') continue;
    if (inside.startsWith('..') || inside.startsWith(sep) || resolve(root, inside) !== target) {
      throw new Error(`refusing to extract ${entry.path}: it points outside ${destinationDir}`);
    }
    switch (entry.type) {
      case 'directory':
        mkdirSync(target, { recursive: true });
        break;
      case 'file':
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, entry.content);
        chmodSync(target, entry.mode & 0o777);
        break;
      case 'symlink':
        mkdirSync(dirname(target), { recursive: true });
        rmSync(target, { force: true });
        symlinkSync(entry.linkName, target);
        break;
      case 'other':
        // Devices, FIFOs and hard links cannot be recreated faithfully by a user; skip them.
        continue;
    }
    written.push(inside.split(sep).join('/'));
  }
  return written;
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
