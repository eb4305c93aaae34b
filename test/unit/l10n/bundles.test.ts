/**
 * Korean for every user-facing string: the manifest's %keys% in both
 * package.nls files, and every literal message the client localizes
 * (`vscode.l10n.t('…')`, `localize('…')`, the explorer's `t('…')` and `ctx.t('…')`,
 * the commands' `msg('…')`) in l10n/bundle.l10n.ko.json; and every one whose
 * Korean has a particle after a placeholder goes through `localize`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { resolveParticles } from '../../../server/src/service/particles';

const root = join(__dirname, '..', '..', '..', '..');
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The localizing calls: `vscode.l10n.t`, `localize`, the explorer's `t` and `ctx.t`, the commands' `msg`. */
const anyLocalizingCall = /\bl10n\.t|\bctx\.t|(?<![.\w])(?:t|msg|localize)/;
/** A string literal as the first argument: '…', "…" or `…` without substitutions. */
const firstLiteral = /\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/;

/** Literal first arguments of the `callee` calls, with JS escapes resolved. */
function localizedLiterals(source: string, callee = anyLocalizingCall): string[] {
  const call = new RegExp(`(?:${callee.source})${firstLiteral.source}`, 'g');
  return [...source.matchAll(call)].map((match) => JSON.parse(`"${(match[1] ?? match[2] ?? match[3]).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
}

describe('localization', () => {
  test('every %key% of the manifest has English and Korean text, and the two nls files agree', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]))];
    const english = readJson('package.nls.json');
    const korean = readJson('package.nls.ko.json');
    assert.deepEqual(keys.filter((key) => !(key in english)), [], 'missing from package.nls.json');
    assert.deepEqual(keys.filter((key) => !(key in korean)), [], 'missing from package.nls.ko.json');
    assert.deepEqual(Object.keys(english).filter((key) => !(key in korean)), [], 'in English but not in Korean');
    // Names (Dockside, Docker) stay as they are; anything with words in it needs Korean.
    const untranslated = Object.keys(korean).filter((key) => !/[가-힣]/.test(String(korean[key])) && /\w+\s+\w+/.test(String(english[key])));
    assert.deepEqual(untranslated, [], 'Korean nls entries with no Korean in them');
  });

  test('every message the client localizes has a Korean translation', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const literals = sourceFiles(join(root, 'client/src')).flatMap((file) =>
      localizedLiterals(readFileSync(file, 'utf8')).map((text) => ({ file: file.slice(root.length + 1), text })),
    );
    assert.ok(literals.length > 50, `found the client's messages (${literals.length})`);
    const missing = literals.filter(({ text }) => !(text in bundle)).map(({ file, text }) => `${file}: ${text}`);
    assert.deepEqual([...new Set(missing)], []);
  });

  test('the Korean bundle keeps every placeholder of its English key', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
    const broken = Object.entries(bundle).filter(([english, korean]) => placeholders(english).join() !== placeholders(String(korean)).join());
    assert.deepEqual(broken, []);
  });

  test('a message whose Korean has a particle after a placeholder goes through localize, which fits it to the word', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const withWords = (text: string): string => text.replace(/\{\d+\}/g, 'web');
    const needsParticles = (english: string): boolean => {
      const korean = String(bundle[english] ?? '');
      return resolveParticles(withWords(korean)) !== withWords(korean);
    };
    assert.ok(Object.keys(bundle).filter(needsParticles).length > 20, 'found the messages with a particle after a placeholder');
    const direct = sourceFiles(join(root, 'client/src')).flatMap((file) =>
      localizedLiterals(readFileSync(file, 'utf8'), /\bl10n\.t/)
        .filter(needsParticles)
        .map((text) => `${file.slice(root.length + 1)}: ${text}`),
    );
    assert.deepEqual(direct, [], 'localize these (client/src/l10n.ts) rather than calling vscode.l10n.t');
    // A translator handed on (a view's ctx.t, a wrapper) carries messages this test cannot see: it must be localize.
    const handedOn = sourceFiles(join(root, 'client/src'))
      .filter((file) => !file.endsWith(join('client', 'src', 'l10n.ts')))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bl10n\.t\(\s*(?![\s'"`])([^,)]+)/g)].map((match) => `${file.slice(root.length + 1)}: ${match[1]}`));
    assert.deepEqual(handedOn, [], 'pass localize (client/src/l10n.ts) rather than a wrapper of vscode.l10n.t');
  });
});
