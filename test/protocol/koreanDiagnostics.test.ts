/**
 * A Korean editor (locale `ko`, docs language left on its default) gets
 * Dockerfile and Compose diagnostics in Korean from the bundled server.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../support/lspClient';

const hangul = /[\uAC00-\uD7A3]/;

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content). */
function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The notes' Node Dockerfile, slips included (EXPOSEE, ADD without a destination). */
const notesDockerfile = ['FROM node:6.2.2', 'RUN mkdir -p /app', 'WORKDIR /app', 'ADD express-test', 'ENV NODE_ENV developer', 'EXPOSEE 3000 80', 'CMD ["npm","start"]', ''];

/** The first diagnostic with `code` published for `uri`, waiting for it as the client does. */
async function diagnosticWith(client: LspTestClient, uri: string, code: string): Promise<Diagnostic> {
  const { diagnostics } = await client.diagnosticsUntil(uri, (published) => published.diagnostics.some((d) => d.code === code));
  return diagnostics.find((d) => d.code === code)!;
}

describe('Korean diagnostics over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ locale: 'ko' });
  });
  after(async () => {
    await client?.stop();
  });

  for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    test(`the notes' Dockerfile: EXPOSEE is explained in Korean (${eolName})`, async () => {
      const uri = `file:///work/notes/${eolName}/Dockerfile`;
      const published = client.nextDiagnostics(uri);
      await client.open(uri, 'dockerfile', notesDockerfile.join(eol));
      await published;
      const exposee = await diagnosticWith(client, uri, 'unknown-instruction');
      assert.equal(messageOf(exposee), 'EXPOSEE는 알 수 없는 명령어입니다. EXPOSE를 쓰려던 것인가요?');
      for (const diagnostic of client.latestDiagnostics.get(uri)!.diagnostics) assert.match(messageOf(diagnostic), hangul, messageOf(diagnostic));
    });
  }

  test('the notes\' Compose file: the obsolete version is explained in Korean', async () => {
    const uri = 'file:///work/notes/docker-compose.yml';
    const published = client.nextDiagnostics(uri);
    await client.open(uri, 'dockercompose', ["version : '3'", 'services:', '    db:', '        image: mysql', '        enviroment:', '            - MYSQL_DATABASE= jjdb', ''].join('\n'));
    await published;
    const version = await diagnosticWith(client, uri, 'obsolete-version');
    assert.match(messageOf(version), hangul);
    for (const diagnostic of client.latestDiagnostics.get(uri)!.diagnostics) assert.match(messageOf(diagnostic), hangul, messageOf(diagnostic));
  });
});
