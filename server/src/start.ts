#!/usr/bin/env node
/**
 * The language server's entry point, `dockside-language-server` (and what the extension starts):
 * runs the server bundle (./server-main.js), through a V8 code cache when given
 * `--code-cache-dir=DIR`.
 *
 * Compiling the server bundle is about an eighth of a start (≈ 12 of ≈ 87 ms from spawn to the
 * `initialize` result); with the cache V8 takes the bytecode of the last start instead. Node 22
 * does this itself (`module.enableCompileCache`); Node 20 and VS Code's Electron do not. The cache
 * is only a shortcut: a missing, stale (V8 checks the source and its own version) or unwritable
 * one costs a normal compile, never the start.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const codeCacheOption = '--code-cache-dir=';
const main = join(__dirname, 'server-main.js');
const cacheDirectory = process.argv.find((arg) => arg.startsWith(codeCacheOption))?.slice(codeCacheOption.length);
// One file per V8 version and architecture, so two runtimes sharing a directory do not keep replacing each other's.
const cacheFile = cacheDirectory ? join(cacheDirectory, `server-main-${process.versions.v8}-${process.arch}.cache`) : undefined;
const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;

// The CommonJS wrapper on the bundle's first line, so its line numbers stay those of the file.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(main, 'utf8')}\n})`, { filename: main, cachedData });
const mainModule = { exports: {} };
script.runInThisContext()(mainModule.exports, createRequire(main), mainModule, main, dirname(main));

if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
  // As soon as the server is listening: what it keeps is the bytecode compiled so far.
  setImmediate(() => writeCache(cacheFile));
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // Not written yet, or unreadable: compile as usual.
  }
}

/** Written beside and renamed into place, so a server starting meanwhile never reads half a cache. */
function writeCache(file: string): void {
  const partial = `${file}.${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
  } catch {
    // The next start compiles as this one did.
  }
}
