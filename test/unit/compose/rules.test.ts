/**
 * The Compose rule registry: every rule is declared once, in both languages, and has a file of
 * cases (./rules/<id>.ts) run by the rule harness: where it reports, what it accepts, what its
 * fix writes, and that each fix, applied, removes its diagnostic and adds none.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeRuleFixes, composeRuleHasFix } from '../../../server/src/service/compose/codeActions';
import { composeDiagnostics } from '../../../server/src/service/compose/diagnostics';
import { composeRuleKinds, composeRuleRegistry, composeRules } from '../../../server/src/service/compose/rules';
import type { ServiceContext } from '../../../server/src/service/mode';
import { testRuleCases } from '../../support/ruleCases';
import { composeRuleCases } from './rules/index';
import { composeDocument, composeUri, fakeContext } from './support';

/** The files beside the document; a folder exists when a file is in it. */
function contextWith(files: Readonly<Record<string, string>>): ServiceContext {
  const context = fakeContext({ files: { ...files } });
  const inFolder = (uri: string) => Object.keys(files).some((file) => file.startsWith(`${uri.replace(/\/$/, '')}/`));
  return { ...context, workspace: { readFile: context.workspace.readFile, exists: (uri) => context.workspace.exists(uri) || inFolder(uri) } };
}

testRuleCases(
  {
    registry: composeRuleRegistry,
    documentUri: composeUri,
    diagnose: (text, files) => composeDiagnostics(composeDocument([text], '\n'), contextWith(files)),
    fixes: (text, files, diagnostic) => composeRuleFixes(composeDocument([text], '\n'), diagnostic, contextWith(files)),
    hasFix: composeRuleHasFix,
  },
  composeRuleCases,
);

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
    test(`the example of ${rule.id} reports it in Korean too`, () => {
      const korean = composeDiagnostics(composeDocument(rule.example.split('\n'), '\n'), fakeContext({ docsLanguage: 'ko' })).find((d) => d.code === rule.id);
      assert.match(String(korean?.message), /[\uAC00-\uD7A3]/);
    });
  }
});
