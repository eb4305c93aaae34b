/**
 * The build context as the tar stream the Engine API's `/build` takes: the
 * context folder minus what `.dockerignore` excludes, except that the
 * Dockerfile and `.dockerignore` themselves are always sent (as the docker
 * CLI does). Directories the ignore file excludes are not even walked.
 */
import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DockerIgnore } from '../../../server/src/dockerignore';

export interface ContextEntry {
  /** Context-relative, `/`-separated. */
  readonly path: string;
  readonly stats: Stats;
}

/** What goes into the context, in walk order. Asynchronous: a large context must not block the extension host. */
export async function contextEntries(contextDir: string, dockerfile: string): Promise<ContextEntry[]> {
  let ignoreText = '';
  try {
    ignoreText = await readFile(join(contextDir, '.dockerignore'), 'utf8');
  } catch {
    // No .dockerignore: everything is sent.
  }
  const ignore = new DockerIgnore(ignoreText);
  const alwaysSent = new Set([dockerfile, '.dockerignore']);
  const entries: ContextEntry[] = [];
  const walk = async (relativeDir: string): Promise<void> => {
    for (const name of (await readdir(join(contextDir, relativeDir))).sort()) {
      const path = relativeDir === '' ? name : `${relativeDir}/${name}`;
      const stats = await lstat(join(contextDir, path));
      const ignored = ignore.ignores(path) && !alwaysSent.has(path);
      if (stats.isDirectory()) {
        if (!ignored) entries.push({ path, stats });
        if (!ignored || ignore.mayReincludeUnder(path) || [...alwaysSent].some((sent) => sent.startsWith(`${path}/`))) await walk(path);
      } else if (!ignored && (stats.isFile() || stats.isSymbolicLink())) {
        entries.push({ path, stats });
      }
    }
  };
  await walk('');
  return entries;
}

/** A tar stream of the entries (ustar, with a PAX record for names over 100 bytes). */
export function contextTar(contextDir: string, entries: readonly ContextEntry[]): Readable {
  return Readable.from(
    (async function* () {
      for (const entry of entries) {
        const { stats } = entry;
        const type = stats.isDirectory() ? '5' : stats.isSymbolicLink() ? '2' : '0';
        const name = type === '5' ? `${entry.path}/` : entry.path;
        const linkName = type === '2' ? await readlink(join(contextDir, entry.path)) : '';
        const content = type === '0' ? await readFile(join(contextDir, entry.path)) : Buffer.alloc(0);
        const mode = stats.mode & 0o7777;
        const mtime = Math.floor(stats.mtimeMs / 1000);
        if (Buffer.byteLength(name) > 100 || Buffer.byteLength(linkName) > 100) {
          const records = Buffer.from(paxRecord('path', name) + (linkName ? paxRecord('linkpath', linkName) : ''));
          yield header('PaxHeader', 'x', records.length, 0o644, mtime, '');
          yield padded(records);
        }
        yield header(name, type, content.length, mode, mtime, linkName);
        if (content.length > 0) yield padded(content);
      }
      yield Buffer.alloc(1024);
    })(),
  );
}

function header(name: string, type: string, size: number, mode: number, mtime: number, linkName: string): Buffer {
  const block = Buffer.alloc(512);
  block.write(truncate(name, 100), 0, 'utf8');
  block.write(octal(mode, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(mtime, 12), 136);
  block.write('        ', 148);
  block.write(type, 156);
  block.write(truncate(linkName, 100), 157, 'utf8');
  block.write('ustar\u000000', 257);
  let checksum = 0;
  for (const byte of block) checksum += byte;
  block.write(`${checksum.toString(8).padStart(6, '0')}\u0000 `, 148);
  return block;
}

/** A zero-padded octal field with its terminating NUL. */
function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\u0000`;
}

/** The ustar name field holds 100 bytes; the PAX record carries the full name. */
function truncate(text: string, bytes: number): string {
  let result = text;
  while (Buffer.byteLength(result) > bytes) result = result.slice(0, -1);
  return result;
}

function padded(content: Buffer): Buffer {
  const remainder = content.length % 512;
  return remainder === 0 ? content : Buffer.concat([content, Buffer.alloc(512 - remainder)]);
}

/** `<length> <key>=<value>\n`, where the length counts the whole record including its own digits. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLength = Buffer.byteLength(body);
  let length = bodyLength + String(bodyLength).length;
  if (String(length).length + bodyLength !== length) length = String(length).length + bodyLength;
  return `${length}${body}`;
}
