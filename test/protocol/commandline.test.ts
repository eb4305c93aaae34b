/**
 * `docker` command lines through the bundled server: a shell script, a
 * Markdown note and one of the study notes (plain text), hovered and
 * diagnosed in English and Korean, with a quick fix applied.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  Hover,
  HoverRequest,
  MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient, repoRoot } from '../support/lspClient';

const script = ['#!/bin/sh', 'set -e', 'docker run -d -p 8080:80 --name web nginx', 'docekr run -rm --it ubuntu bash', ''].join('\n');
const scriptUri = 'file:///work/project/deploy.sh';

const markdown = ['# 내 도커 노트', '', '```bash', 'docker bulid -t app .', 'docker logs -f web', '```', ''].join('\r\n');
const markdownUri = 'file:///work/project/NOTES.md';

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('docker command lines over stdio (English editor)', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ locale: 'en' });
  });
  after(async () => {
    await client?.stop();
  });

  test('a shell script: hover spells out -p, and the slips are diagnosed', async () => {
    const diagnostics = await client.openAndDiagnose(scriptUri, 'shellscript', script);
    assert.deepEqual(
      diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`),
      ['docker-typo@3:0', 'single-dash-long-flag@3:11', 'double-dash-short-flags@3:15'],
    );
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: scriptUri }, position: { line: 2, character: 15 } });
    assert.match(hoverText(hover), /This mapping: host `8080` → container `80`/);
  });

  test('a quick fix corrects the misspelt docker', async () => {
    const diagnostics = client.latestDiagnostics.get(scriptUri)!.diagnostics;
    const typo = diagnostics.find((d) => d.code === 'docker-typo')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: scriptUri },
      range: typo.range,
      context: { diagnostics: [typo] },
    })) as CodeAction[];
    const edit = actions.find((action) => action.title.includes('docker'))?.edit?.changes?.[scriptUri]?.[0];
    assert.deepEqual(edit, { range: typo.range, newText: 'docker' });
  });

  test('a Markdown code block (CRLF): docker bulid is caught, logs -f is explained', async () => {
    const diagnostics = await client.openAndDiagnose(markdownUri, 'markdown', markdown);
    assert.deepEqual(diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`), ['unknown-subcommand@3:7']);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: markdownUri }, position: { line: 4, character: 13 } });
    assert.match(hoverText(hover), /Keeps printing new log output/);
  });

  test('the study note itself (plain text) gets hovers and its docekr slips', async () => {
    const note = readFileSync(join(repoRoot, '..', 'shared', 'notes', '000_e557d064da957e09.txt'), 'utf8');
    const uri = 'file:///work/shared/notes/000_e557d064da957e09.txt';
    const diagnostics = await client.openAndDiagnose(uri, 'plaintext', note);
    assert.deepEqual(diagnostics.map((d) => d.range.start.line + 1), [72, 79, 88, 89]);
    // Line 99: `docker exec -it mysql-basic bash`
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 98, character: 9 } });
    assert.match(hoverText(hover), /Runs an extra command inside a running container/);
  });
});

describe('docker command lines over stdio (Korean editor)', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ locale: 'ko' });
  });
  after(async () => {
    await client?.stop();
  });

  test('hover and diagnostics speak Korean', async () => {
    const diagnostics = await client.openAndDiagnose(scriptUri, 'shellscript', script);
    assert.match(String(diagnostics.find((d) => d.code === 'single-dash-long-flag')?.message), /대시가 하나라서/);
    const onRun = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: scriptUri }, position: { line: 2, character: 8 } });
    assert.match(hoverText(onRun), /이미지로 새 컨테이너를 만들고 바로 실행합니다/);
    const onPublish = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: scriptUri }, position: { line: 2, character: 18 } });
    assert.match(hoverText(onPublish), /이 매핑: 호스트 `8080` → 컨테이너 `80`/);
  });
});
