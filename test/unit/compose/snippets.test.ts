/** Each Compose snippet, expanded with its defaults into an empty file, gives no diagnostics at all. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import { composeDocument, fakeContext, lineEndings, summarize } from './support';

const repoRoot = join(__dirname, '../../../..');
const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'compose.json'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;

/** What the editor inserts when the user accepts every default: placeholders become their defaults. */
function expand(body: readonly string[]): string[] {
  const defaults = new Map<string, string>();
  for (const match of body.join('\n').matchAll(/\$\{(\d+):([^}]*)\}/g)) defaults.set(match[1], match[2]);
  return body.map((line) =>
    line
      .replace(/\$\{(\d+):([^}]*)\}/g, (_, _index: string, value: string) => value)
      .replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_, _index: string, first: string) => first)
      .replace(/\$\{(\d+)\}/g, (_, index: string) => defaults.get(index) ?? '')
      .replace(/\$\d+/g, ''),
  );
}

describe('compose snippets', () => {
  test('the issue’s four are there', () => {
    const prefixes = Object.values(snippets).flatMap((snippet) => snippet.prefix);
    for (const prefix of ['service-build', 'mysql', 'three-tier', 'secret']) assert.ok(prefixes.includes(prefix), prefix);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    for (const { name: eolName, eol } of lineEndings) {
      test(`"${name}" expands to a file without diagnostics (${eolName})`, () => {
        const lines = expand(snippet.body);
        assert.ok(!lines.join('\n').includes('$'), 'every placeholder expanded');
        const ctx = fakeContext({ folders: ['file:///work/project'] });
        assert.deepEqual(summarize(composeDiagnostics(composeDocument(lines, eol), ctx)), []);
      });
    }
  }
});
