/**
 * The `vscode` module as client code sees it with VS Code's display language
 * set to Korean: `l10n.t` translates through l10n/bundle.l10n.ko.json and
 * fills the placeholders. Imported before the code under test, it answers
 * every `require('vscode')` (bundled into the test file, so paths are from out/test/unit/l10n).
 */
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;

const koreanVscode = {
  l10n: {
    t: (message: string, ...args: Array<string | number | boolean>) =>
      (bundle[message] ?? message).replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)]))),
  },
};

const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleWithLoad._load;
moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? koreanVscode : originalLoad.call(this, request, ...rest);
};
