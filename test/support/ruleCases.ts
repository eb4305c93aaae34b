/**
 * The per-rule case harness, the same for every rule family. Each rule has a file of cases:
 * documents it must report on (with ⟦ ⟧ around each place it reports), documents it must accept,
 * and, for a rule with a fix, documents with the text they become once the fix is applied. For
 * every rule the harness also checks that the registry's example reports it, and that each fix,
 * applied and the rule run again, removes the diagnostic and finds nothing new. Every case
 * runs with `\n` and with `\r\n` line ends.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, Diagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { RuleRegistry } from '../../server/src/service/rules/registry';

export interface RuleCase {
  /** Written with `\n`; ⟦ marks where a diagnostic of the rule starts, ⟧ (optional) where it ends. */
  readonly text: string;
  /** Files beside the document, by name (`.dockerignore`). */
  readonly files?: Readonly<Record<string, string>>;
}

export interface FixCase extends RuleCase {
  /** The document once the fix of its (single) marked diagnostic is applied, without marks. */
  readonly fixed: string;
  /** Which fix, by its title, when the rule offers several for the diagnostic; without it, the rule must offer one. */
  readonly title?: string;
  /** Files beside the document that the fix creates or changes, by name, with what they hold after it. */
  readonly fixedFiles?: Readonly<Record<string, string>>;
}

export interface RuleCases {
  /** Documents the rule reports on, exactly at the marks and nowhere else. */
  readonly reports: readonly RuleCase[];
  /** Documents the rule reports nothing on. */
  readonly accepts: readonly RuleCase[];
  /** Required for a rule with a fix. */
  readonly fixes?: readonly FixCase[];
}

/** What the harness needs from a family: a way to diagnose a document and to ask a rule for its fixes. */
export interface FamilyUnderTest {
  readonly registry: RuleRegistry;
  /** The URI the documents are diagnosed under; files beside it are `<its folder>/<name>`. */
  readonly documentUri: string;
  diagnose(text: string, files: Readonly<Record<string, string>>): Diagnostic[];
  /** The rule's own fixes for one of its diagnostics (not the family's generic "disable this rule" actions). */
  fixes(text: string, files: Readonly<Record<string, string>>, diagnostic: Diagnostic): CodeAction[];
  hasFix(ruleId: string): boolean;
}

/** Registers the tests of every rule of the family; a rule without cases, or cases for no rule, fail. */
export function testRuleCases(family: FamilyUnderTest, casesById: Readonly<Record<string, RuleCases>>): void {
  describe(`${family.registry.family} rules: every rule has cases`, () => {
    test('one case file per rule, and none for a rule the registry does not have', () => {
      assert.deepEqual(Object.keys(casesById).sort(), family.registry.rules.map((rule) => rule.id).sort());
    });
  });
  for (const rule of family.registry.rules) {
    const cases = casesById[rule.id];
    if (!cases) continue;
    describe(`${family.registry.family} rule ${rule.id}`, () => {
      for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
        test(`reports exactly where marked (${eolName})`, () => {
          assert.ok(cases.reports.length > 0, 'a rule needs at least one document it reports on');
          for (const one of cases.reports) {
            const { text, marks } = marked(one.text, eol);
            assert.ok(marks.length > 0, `a reporting case needs a mark: ${one.text}`);
            const found = ofRule(family.diagnose(text, filesOf(family, one)), rule.id);
            const where = (d: Diagnostic | Mark) => JSON.stringify({ start: d.range.start, end: 'end' in d.range ? d.range.end : undefined });
            assert.equal(found.length, marks.length, `${one.text}\nexpected at ${marks.map(where).join(', ')}; got ${found.map(where).join(', ') || 'none'}`);
            for (const mark of marks) {
              const hit = found.find((d) => samePosition(d.range.start, mark.range.start) && (!mark.range.end || samePosition(d.range.end, mark.range.end)));
              assert.ok(hit, `${one.text}\nno ${rule.id} at ${where(mark)}; got ${found.map(where).join(', ')}`);
            }
          }
        });

        test(`accepts what it must (${eolName})`, () => {
          assert.ok(cases.accepts.length > 0, 'a rule needs at least one document it must accept');
          for (const one of cases.accepts) {
            const found = ofRule(family.diagnose(marked(one.text, eol).text, filesOf(family, one)), rule.id);
            assert.deepEqual(found.map((d) => d.message), [], one.text);
          }
        });

        if (family.hasFix(rule.id)) {
          test(`each fix removes its diagnostic and the rule finds nothing new (${eolName})`, () => {
            assert.ok((cases.fixes ?? []).length > 0, 'a rule with a fix needs a fix case');
            for (const one of cases.reports) {
              const { text } = marked(one.text, eol);
              const files = filesOf(family, one);
              const before = family.diagnose(text, files);
              for (const diagnostic of ofRule(before, rule.id)) {
                for (const fix of family.fixes(text, files, diagnostic)) {
                  const after = applyFix(family, text, files, fix);
                  const afterDiagnostics = ofRule(family.diagnose(after.text, after.files), rule.id);
                  assert.ok(afterDiagnostics.length < ofRule(before, rule.id).length, `"${fix.title}" left ${rule.id} in:\n${after.text}`);
                  assert.deepEqual(newMessages(ofRule(before, rule.id), afterDiagnostics), [], `"${fix.title}" brought new ${rule.id} diagnostics into:\n${after.text}`);
                }
              }
            }
          });

          test(`each fix writes what it should (${eolName})`, () => {
            for (const one of cases.fixes ?? []) {
              const { text, marks } = marked(one.text, eol);
              assert.equal(marks.length, 1, `a fix case marks the one diagnostic it fixes: ${one.text}`);
              const files = filesOf(family, one);
              const diagnostic = ofRule(family.diagnose(text, files), rule.id).find((d) => samePosition(d.range.start, marks[0].range.start));
              assert.ok(diagnostic, `no ${rule.id} at the mark: ${one.text}`);
              const fixes = family.fixes(text, files, diagnostic);
              const titles = fixes.map((f) => f.title).join(', ');
              const fix = one.title === undefined ? fixes[0] : fixes.find((f) => f.title === one.title);
              if (one.title === undefined) assert.equal(fixes.length, 1, `one fix for ${one.text}; got ${titles}`);
              else assert.ok(fix, `no fix "${one.title}" for ${one.text}; got ${titles}`);
              const after = applyFix(family, text, files, fix!);
              assert.equal(after.text, one.fixed.split('\n').join(eol));
              for (const [name, content] of Object.entries(one.fixedFiles ?? {})) {
                assert.equal(after.files[fileUri(family, name)], content, `${name} after "${fix!.title}"`);
              }
            }
          });
        }
      }

      test('its example in the rule table reports it', () => {
        const files = filesOf(family, { text: rule.example, files: rule.exampleFiles });
        assert.ok(ofRule(family.diagnose(rule.example, files), rule.id).length > 0, rule.example);
      });
    });
  }
}

interface Mark {
  readonly range: { readonly start: Position; readonly end?: Position };
}

/** The text without its ⟦ ⟧ marks, lines joined with `eol`, and where the marks were. */
export function marked(source: string, eol: string): { text: string; marks: Mark[] } {
  const marks: { start: Position; end?: Position }[] = [];
  const lines = source.split('\n').map((line, index) => {
    let out = '';
    for (const ch of line) {
      if (ch === '⟦') marks.push({ start: { line: index, character: out.length } });
      else if (ch === '⟧') marks[marks.length - 1].end = { line: index, character: out.length };
      else out += ch;
    }
    return out;
  });
  return { text: lines.join(eol), marks: marks.map((range) => ({ range })) };
}

/** The URI of a file beside the document. */
function fileUri(family: FamilyUnderTest, name: string): string {
  return `${family.documentUri.slice(0, family.documentUri.lastIndexOf('/'))}/${name}`;
}

function filesOf(family: FamilyUnderTest, one: RuleCase): Record<string, string> {
  return Object.fromEntries(Object.entries(one.files ?? {}).map(([name, content]) => [fileUri(family, name), content]));
}

function ofRule(diagnostics: readonly Diagnostic[], id: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === id);
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** The rule's messages after a fix that it did not give before: the fix must not make the rule find something new. */
function newMessages(before: readonly Diagnostic[], after: readonly Diagnostic[]): string[] {
  const was = new Set(before.map((d) => String(d.message)));
  return after.map((d) => String(d.message)).filter((message) => !was.has(message));
}

/** The document and files after a fix's workspace edit (text edits on the document, created files). */
function applyFix(family: FamilyUnderTest, text: string, files: Readonly<Record<string, string>>, fix: CodeAction): { text: string; files: Record<string, string> } {
  const edit: WorkspaceEdit = fix.edit ?? {};
  const result = { text, files: { ...files } };
  const applyTo = (uri: string, edits: readonly TextEdit[]) => {
    if (uri === family.documentUri) result.text = applyTextEdits(result.text, edits);
    else result.files[uri] = applyTextEdits(result.files[uri] ?? '', edits);
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) applyTo(uri, edits);
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create' && !(change.uri in result.files)) result.files[change.uri] = '';
    } else applyTo(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'range' in e));
  }
  return result;
}

function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (position: Position) => Math.min((lineStarts[position.line] ?? text.length) + position.character, text.length);
  const ordered = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of ordered) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}
