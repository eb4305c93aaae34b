/** Settings as the server reads them, and per-rule severities applied to any mode's diagnostics. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { applyRuleSeverities } from '../../../server/src/service/rules/severity';
import { normalizeSettings, resolveDocsLanguage } from '../../../server/src/service/settings';

describe('settings', () => {
  test('keeps well-formed values and falls back to defaults for malformed ones', () => {
    const settings = normalizeSettings({
      docs: { language: 'ko' },
      dockerfile: { rules: { JSONArgsRecommended: 'off', 'unknown-instruction': 'loud' } },
      commandline: { rules: { 'docker-typo': 'error' } },
      notes: { folders: ['/notes', 42] },
    });
    assert.equal(settings.docs.language, 'ko');
    assert.deepEqual(settings.dockerfile.rules, { JSONArgsRecommended: 'off' });
    assert.deepEqual(settings.commandline.rules, { 'docker-typo': 'error' });
    assert.deepEqual(settings.compose.rules, {});
    assert.deepEqual(settings.notes.folders, ['/notes']);
    assert.equal(normalizeSettings('nonsense').docs.language, 'auto');
  });

  test('auto follows the display language: Korean for ko and ko-KR, English otherwise', () => {
    assert.equal(resolveDocsLanguage('auto', 'ko'), 'ko');
    assert.equal(resolveDocsLanguage('auto', 'ko-KR'), 'ko');
    assert.equal(resolveDocsLanguage('auto', 'en-us'), 'en');
    assert.equal(resolveDocsLanguage('auto', undefined), 'en');
    assert.equal(resolveDocsLanguage('both', 'ko'), 'both');
    assert.equal(resolveDocsLanguage('en', 'ko'), 'en');
  });
});

describe('rule severities', () => {
  const diagnostic = (code: string): Diagnostic => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    message: code,
    code,
    severity: DiagnosticSeverity.Warning,
  });

  test('drops rules turned off, re-grades overridden ones, leaves the rest alone', () => {
    const result = applyRuleSeverities([diagnostic('a'), diagnostic('b'), diagnostic('c')], { a: 'off', b: 'error' });
    assert.deepEqual(
      result.map((d) => [d.code, d.severity]),
      [
        ['b', DiagnosticSeverity.Error],
        ['c', DiagnosticSeverity.Warning],
      ],
    );
  });
});
