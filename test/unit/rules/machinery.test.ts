/**
 * The family-agnostic rule machinery on a small made-up family: the registry's order, the
 * diagnostic a rule reports, the settings schema and nls descriptions, and the rule table.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { generatedFiles, replacePropertyValue } from '../../../server/src/service/rules/generatedFiles';
import { ruleRegistry } from '../../../server/src/service/rules/registry';
import { ruleDiagnostic } from '../../../server/src/service/rules/report';
import type { RuleMeta } from '../../../server/src/service/rules/rule';

const rule = (id: string, kind: 'error' | 'style', extra: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  kind,
  defaultSeverity: kind === 'error' ? 'error' : 'hint',
  docs: `https://example.com/${id}`,
  title: { en: `Title of ${id}`, ko: `${id} 제목` },
  description: { en: `Catches ${id} | pipes.`, ko: `${id}을(를) 잡습니다.` },
  example: `x ${id}\n  <indented>`,
  ...extra,
});
const registry = ruleRegistry('compose', { en: 'Compose', ko: 'Compose' }, [{ id: 'error', title: { en: 'Errors', ko: '오류' } }, { id: 'style', title: { en: 'Style', ko: '스타일' } }], [
  rule('b-style', 'style'),
  rule('z-error', 'error'),
  rule('a-style', 'style', { experimental: true, exampleFiles: { '.env': 'A=1' } }),
]);

const manifest = `{
  "contributes": {
    "configuration": {
      "properties": {
        "dockside.other": { "type": "string" },
        "dockside.compose.rules": {
          "type": "object",
          "properties": { "old-rule": { "type": "string" } }
        },
        "dockside.after": { "type": "string", "default": "}" }
      }
    }
  }
}
`;
const nls = `${JSON.stringify({ before: 'B', 'config.compose.rules': 'Severity per rule', 'config.compose.rules.old-rule': 'gone', after: 'A' }, null, 2)}\n`;
const files: Record<string, string> = { 'package.json': manifest, 'package.nls.json': nls, 'package.nls.ko.json': nls };
const generated = Object.fromEntries(generatedFiles([registry], (path) => files[path]).map((file) => [file.path, file.content]));

describe('rule machinery', () => {
  test('a registry lists its rules by kind, in the family\'s order within a kind, and finds them by id', () => {
    assert.deepEqual(registry.rules.map((r) => r.id), ['z-error', 'b-style', 'a-style']);
    assert.equal(registry.rule('b-style')?.kind, 'style');
    assert.equal(registry.rule('nope'), undefined);
  });

  test('a diagnostic takes its code, link and default severity from the rule', () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
    const d = ruleDiagnostic(registry.rule('z-error')!, range, { en: 'english', ko: '한국어' }, 'ko');
    assert.deepEqual(d, { range, severity: DiagnosticSeverity.Error, code: 'z-error', codeDescription: { href: 'https://example.com/z-error' }, source: 'dockside', message: '한국어' });
    assert.equal(ruleDiagnostic(registry.rule('a-style')!, range, { en: 'e', ko: 'k' }, 'both', { severity: DiagnosticSeverity.Warning }).severity, DiagnosticSeverity.Warning);
  });

  test('the settings schema lists every rule once, sorted, with the severities and its nls description', () => {
    const parsed = JSON.parse(generated['package.json']) as { contributes: { configuration: { properties: Record<string, { properties?: Record<string, { enum: string[]; markdownDescription: string }>; default?: string }> } } };
    const setting = parsed.contributes.configuration.properties['dockside.compose.rules'];
    assert.deepEqual(Object.keys(setting.properties!), ['a-style', 'b-style', 'z-error']);
    assert.deepEqual(setting.properties!['z-error'].enum, ['off', 'hint', 'information', 'warning', 'error']);
    assert.equal(setting.properties!['z-error'].markdownDescription, '%config.compose.rules.z-error%');
    assert.equal(parsed.contributes.configuration.properties['dockside.after'].default, '}', 'a brace inside a string does not end the value');
    assert.ok(generated['package.json'].startsWith('{\n  "contributes": {\n    "configuration": {\n      "properties": {\n        "dockside.other": { "type": "string" },\n        "dockside.compose.rules": {\n          "type": "object",'));
  });

  test('the nls descriptions follow their setting\'s own, in both languages (Korean particles chosen), and stale ones go', () => {
    const english = JSON.parse(generated['package.nls.json']) as Record<string, string>;
    assert.deepEqual(Object.keys(english), ['before', 'config.compose.rules', 'config.compose.rules.a-style', 'config.compose.rules.b-style', 'config.compose.rules.z-error', 'after']);
    assert.match(english['config.compose.rules.z-error'], /^\*\*Title of z-error\*\*: Catches z-error \| pipes\. Default: `error`\.$/);
    assert.match(english['config.compose.rules.a-style'], /Experimental/);
    assert.match((JSON.parse(generated['package.nls.ko.json']) as Record<string, string>)['config.compose.rules.z-error'], /z-error를 잡습니다\. 기본값: `error`\./);
  });

  test('the rule table has a row per rule with its kind, severity, description and example', () => {
    const table = generated['docs/rules.md'];
    const row = table.split('\n').find((line) => line.startsWith('| [`a-style`]'));
    assert.equal(row, '| [`a-style`](https://example.com/a-style) | Style | hint | **Title of a-style**: Catches a-style \\| pipes. (experimental: only when `# check=experimental=…` names it) | .env: <code>A=1</code><br><code>x a-style<br>&nbsp;&nbsp;&lt;indented&gt;</code> |');
    assert.match(table, /Setting: `dockside\.compose\.rules`/);
    assert.match(generated['docs/rules.ko.md'], /\| \[`z-error`\]\(https:\/\/example\.com\/z-error\) \| 오류 \| error \| \*\*z-error 제목\*\*: z-error를 잡습니다\./);
  });

  test('replacing a property value keeps everything around it', () => {
    assert.equal(replacePropertyValue('{ "a": [1, "]"], "b": 2 }', 'a', () => '3'), '{ "a": 3, "b": 2 }');
  });
});
