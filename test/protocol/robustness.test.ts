/**
 * The server under pressure, over stdio: a burst of edits costs one diagnosis,
 * cancelled requests are answered as cancelled, and hostile documents (a 1 MB
 * line, 10,000 continuation lines, binary noise) neither crash nor wedge it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  CompletionRequest,
  DiagnosticSeverity,
  HoverRequest,
  LSPErrorCodes,
  MarkupContent,
  ResponseError,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../support/lspClient';

describe('language server under pressure', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ locale: 'en' });
  });
  after(async () => {
    await client?.stop();
  });

  test('a burst of 100 edits is diagnosed once it settles, not 100 times', async () => {
    const uri = 'file:///burst/Dockerfile';
    await client.openAndDiagnose(uri, 'dockerfile', 'FROM alpine:3.20\nRUN echo \n');
    let published = 0;
    const countFrom = client.latestDiagnostics.get(uri);
    const settled = new Promise<number>((resolve) => {
      const check = async (): Promise<void> => {
        const params = await client.nextDiagnostics(uri);
        published += 1;
        if (params.version === 101) resolve(published);
        else void check();
      };
      void check();
    });
    for (let i = 0; i < 99; i++) {
      await client.change(uri, [{ range: { start: { line: 1, character: 9 + i }, end: { line: 1, character: 9 + i } }, text: 'x' }]);
    }
    // The last edit introduces the notes' slip: the settled diagnosis must see it.
    await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'EXPOSEE 3000\n' }]);
    const count = await settled;
    assert.ok(countFrom, 'the document was diagnosed on open');
    assert.ok(count <= 3, `diagnosed ${count} times for 100 edits`);
    const final = client.latestDiagnostics.get(uri)!;
    assert.ok(final.diagnostics.some((d) => d.range.start.line === 2 && d.severity === DiagnosticSeverity.Error));
  });

  test('requests cancelled at once are answered as cancelled, and the server goes on answering', async () => {
    const uri = 'file:///cancel/Dockerfile';
    await client.openAndDiagnose(uri, 'dockerfile', 'FROM alpine:3.20\nWORKDIR /app\n');
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const source = new CancellationTokenSource();
        const pending = client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 0 } }, source.token);
        source.cancel();
        return pending.then(
          () => 'answered',
          (error: unknown) => (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : `failed: ${String(error)}`),
        );
      }),
    );
    assert.ok(outcomes.every((outcome) => outcome === 'answered' || outcome === 'cancelled'), outcomes.join(', '));
    assert.ok(outcomes.includes('cancelled'), 'at least one request was cancelled before it ran');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.match((hover!.contents as MarkupContent).value, /WORKDIR/);
  });

  const hostile: Array<[string, string]> = [
    ['a 1 MB line', `FROM alpine:3.20\nRUN echo ${'a'.repeat(1024 * 1024)}\n`],
    ['10,000 continuation lines', `FROM alpine:3.20\nRUN echo \\\n${'  a \\\n'.repeat(10_000)}  done\n`],
    ['binary noise', `FROM alpine:3.20\n${Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')}\n`],
    ['an unterminated heredoc and variable', 'FROM alpine:3.20\nRUN <<EOF\necho ${UNCLOSED\n'],
  ];
  for (const [name, text] of hostile) {
    test(`survives ${name} and still answers correctly afterwards`, async () => {
      const uri = `file:///hostile/${encodeURIComponent(name)}/Dockerfile`;
      await client.openAndDiagnose(uri, 'dockerfile', text);
      const lastLine = text.split('\n').length - 2;
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: lastLine, character: 3 } });
      await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: lastLine, character: 0 } });
      const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
      assert.ok(tokens === null || Array.isArray(tokens.data));
      // Still itself: a plain document gets its usual answers.
      const sane = `file:///hostile/${encodeURIComponent(name)}/after/Dockerfile`;
      const diagnostics = await client.openAndDiagnose(sane, 'dockerfile', 'FROM alpine:3.20\nEXPOSEE 80\n');
      assert.ok(diagnostics.some((d) => d.severity === DiagnosticSeverity.Error && /EXPOSE\b/.test(d.message as string)));
      assert.equal(client.process.exitCode, null, 'the server is still running');
    });
  }
});
