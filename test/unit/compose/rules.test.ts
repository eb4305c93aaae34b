/**
 * The Compose rule registry: every rule is declared once, in both
 * languages, and the example the rule table shows for it is a Compose file
 * the rule reports on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import { composeRuleKinds, composeRules } from '../../../server/src/service/compose/rules';
import { composeDocument, fakeContext } from './support';

describe('compose rule registry', () => {
  test('ids are unique and kebab-case; every rule has text in both languages and a docs page', () => {
    const ids = composeRules.map((rule) => rule.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const rule of composeRules) {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/, rule.id);
      for (const text of [rule.title, rule.description]) assert.ok(text.en.trim() && text.ko.trim(), rule.id);
      assert.match(rule.docs, /^https:\/\/docs\.docker\.com\//, rule.id);
    }
  });

  test('every rule is of a kind the registry lists', () => {
    const kinds = new Set(composeRuleKinds.map((kind) => kind.id));
    assert.deepEqual(composeRules.filter((rule) => !kinds.has(rule.kind)).map((rule) => rule.id), []);
  });

  for (const rule of composeRules) {
    test(`the example of ${rule.id} reports it, in English and in Korean`, () => {
      const diagnose = (docsLanguage: 'en' | 'ko') => composeDiagnostics(composeDocument(rule.example.split('\n'), '\n'), fakeContext({ docsLanguage }));
      const english = diagnose('en').find((d) => d.code === rule.id);
      assert.ok(english, `${rule.example}\n→ ${diagnose('en').map((d) => d.code).join(', ')}`);
      const korean = diagnose('ko').find((d) => d.code === rule.id);
      assert.match(String(korean?.message), /[\uAC00-\uD7A3]/);
    });
  }
});
