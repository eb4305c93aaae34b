/**
 * Dockerfile diagnostics and quick fixes over stdio: what an editor sees from
 * the bundled server, including per-rule severities, a fix round trip, a
 * burst of edits and hostile input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  Diagnostic,
  DiagnosticSeverity,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from '../support/lspClient';

const notesDockerfile = ['FROM node:6.2.2', 'RUN mkdir -p /app', 'WORKDIR /app', 'ADD express-test', 'ENV NODE_ENV developer', 'EXPOSEE 3000 80', 'CMD ["npm","start"]', ''].join('\n');

const rules = { LegacyKeyValueFormat: 'off', 'no-user': 'error' };

const hasCode = (diagnostics: readonly Diagnostic[], code: string) => diagnostics.some((d) => d.code === code);

describe('Dockerfile over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ locale: 'en', configuration: { dockside: { dockerfile: { rules } } } });
  });
  after(async () => {
    await client?.stop();
  });

  test('every diagnostic carries source, code and a documentation link; errors, checks and hints are graded', async () => {
    const uri = 'file:///work/notes/Dockerfile';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, 'dockerfile', notesDockerfile);
    await published;
    // The settings arrive asynchronously; the rule overrides show once they have.
    const { diagnostics } = await client.diagnosticsUntil(uri, (p) => !hasCode(p.diagnostics, 'LegacyKeyValueFormat'));
    for (const d of diagnostics) {
      assert.equal(d.source, 'dockside');
      assert.equal(typeof d.code, 'string');
      assert.match(d.codeDescription?.href ?? '', /^https:\/\/docs\.docker\.com\//);
    }
    const byCode = new Map(diagnostics.map((d) => [d.code, d]));
    assert.equal(byCode.get('unknown-instruction')?.severity, DiagnosticSeverity.Error);
    assert.equal(byCode.get('unknown-instruction')?.range.start.line, 5);
    assert.equal(byCode.get('argument-count')?.range.start.line, 3);
    assert.equal(byCode.get('no-user')?.severity, DiagnosticSeverity.Error, 'dockside.dockerfile.rules re-grades a rule');
    assert.ok(!byCode.has('LegacyKeyValueFormat'), 'dockside.dockerfile.rules turns a rule off');
  });

  test('a quick fix from the server, applied, clears its diagnostic', async () => {
    const uri = 'file:///work/fix/Dockerfile';
    const diagnostics = await client.openAndDiagnose(uri, 'dockerfile', notesDockerfile);
    const misspelled = diagnostics.find((d) => d.code === 'unknown-instruction');
    assert.ok(misspelled);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: misspelled.range,
      context: { diagnostics: [misspelled] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Change to EXPOSE');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const edits = fix.edit?.changes?.[uri] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, notesDockerfile), edits);
    assert.match(fixed, /^EXPOSE 3000 80$/m);
    const next = client.nextDiagnostics(uri);
    await client.change(uri, [{ text: fixed }]);
    assert.ok(!hasCode((await next).diagnostics, 'unknown-instruction'));
  });

  test('a burst of 100 edits is diagnosed once it settles, not 100 times', async () => {
    const uri = 'file:///work/burst/Dockerfile';
    await client.openAndDiagnose(uri, 'dockerfile', 'FROM alpine:3.20\n');
    // Opened at version 1, so the 100th edit is version 101.
    const finalVersion = 101;
    let publications = 0;
    const settledPromise = (async () => {
      for (;;) {
        const published = await client.nextDiagnostics(uri);
        publications++;
        if (published.version === finalVersion) return published;
      }
    })();
    for (let i = 0; i < 100; i++) {
      await client.change(uri, [{ range: { start: { line: 1, character: i }, end: { line: 1, character: i } }, text: i === 0 ? 'E' : 'X' }]);
    }
    const settled = await settledPromise;
    assert.ok(publications < 20, `${publications} publications for 100 edits`);
    assert.ok(hasCode(settled.diagnostics, 'unknown-instruction'), 'the final text (EXXX…) is what was diagnosed');
  });

  test('survives hostile input and keeps answering correctly', async () => {
    const hostile = `# escape=\`\nFROM \${\nRUN <<EOF ${'x'.repeat(1_000_000)}\n${'RUN a `\n'.repeat(10_000)}\uD800\u202E<<-'\n`;
    await client.openAndDiagnose('file:///work/hostile/Dockerfile', 'dockerfile', hostile);
    const diagnostics = await client.openAndDiagnose('file:///work/after/Dockerfile', 'dockerfile', 'FROM node:20\nEXPOSEE 3000\n');
    assert.ok(hasCode(diagnostics, 'unknown-instruction'));
    assert.deepEqual(client.stderr.join(''), '', 'no errors logged');
  });
});
