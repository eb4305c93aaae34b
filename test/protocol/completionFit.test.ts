/**
 * What an editor sees of completion, signature help and hovers over stdio:
 * snippets only where they fit (never in a flag or value position), flags and
 * keys ranked, signature help not opening with completion, Korean details,
 * and the hover's "More…" link for a client that follows command links.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CompletionItem,
  CompletionItemKind,
  CompletionList,
  CompletionRequest,
  HoverRequest,
  MarkupContent,
  SignatureHelpRequest,
  SignatureHelpTriggerKind,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../support/lspClient';

const dockerfileUri = 'file:///work/fit/Dockerfile';
const composeUri = 'file:///work/fit/compose.yaml';
const dockerfile = [
  'FROM alpine:3.20', // 0
  'RUN --', // 1
  'RUN --mount=', // 2
  'COPY --from=', // 3
  'COPY ', // 4
  'COPY a.txt ', // 5
  '', // 6
].join('\n');
const compose = [
  'services:', // 0
  '  web:', // 1
  '    image: nginx', // 2
  '    restart: ', // 3
  '    ports:', // 4
  '      - ', // 5
  '    ', // 6
  '  ', // 7
].join('\n');

async function complete(client: LspTestClient, uri: string, line: number, character: number): Promise<CompletionItem[]> {
  const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) as CompletionList | null;
  return list?.items ?? [];
}

const snippetsAmong = (items: readonly CompletionItem[]) => items.filter((item) => item.kind === CompletionItemKind.Snippet).map((item) => item.label);
const ranked = (items: readonly CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label);

describe('completion and signature help over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ locale: 'en' });
    await client.openAndDiagnose(dockerfileUri, 'dockerfile', dockerfile);
    await client.openAndDiagnose(composeUri, 'dockercompose', compose);
  });
  after(async () => {
    await client?.stop();
  });

  test('no snippet in a flag or value position', async () => {
    const positions: [string, number, number][] = [
      [dockerfileUri, 1, 6], // RUN --
      [dockerfileUri, 2, 12], // RUN --mount=
      [dockerfileUri, 3, 12], // COPY --from=
      [dockerfileUri, 4, 5], // COPY ␣
      [composeUri, 3, 13], // restart: ␣
      [composeUri, 2, 15], // image: nginx
      [composeUri, 5, 8], // a port
      [composeUri, 6, 4], // a service's key
    ];
    for (const [uri, line, character] of positions) {
      assert.deepEqual(snippetsAmong(await complete(client, uri, line, character)), [], `${uri.split('/').pop()} ${line}:${character}`);
    }
  });

  test('snippets where they fit: a new instruction, a new service', async () => {
    assert.ok(snippetsAmong(await complete(client, dockerfileUri, 6, 0)).includes('multistage-node'));
    assert.ok(snippetsAmong(await complete(client, composeUri, 7, 2)).includes('mysql'));
  });

  test('flags and keys come in the order people use them', async () => {
    assert.deepEqual(ranked(await complete(client, dockerfileUri, 1, 6)), ['--mount', '--network', '--security', '--device']);
    assert.equal(ranked(await complete(client, dockerfileUri, 2, 12))[0], 'type');
    const serviceKeys = ranked((await complete(client, composeUri, 6, 4)).filter((item) => item.kind === CompletionItemKind.Property));
    // image, restart and ports are written already, so they are not offered again.
    assert.deepEqual(serviceKeys.slice(0, 6), ['build', 'environment', 'volumes', 'depends_on', 'command', 'networks']);
  });

  test('signature help stays closed on the keystroke that opens completion, and opens where completion has nothing', async () => {
    const typedSpace = { triggerKind: SignatureHelpTriggerKind.TriggerCharacter, triggerCharacter: ' ', isRetrigger: false };
    const at = (line: number, character: number) => ({ textDocument: { uri: dockerfileUri }, position: { line, character }, context: typedSpace });
    assert.equal(await client.connection.sendRequest(SignatureHelpRequest.type, at(4, 5)), null, 'COPY ␣ opens the flag list');
    const help = await client.connection.sendRequest(SignatureHelpRequest.type, at(5, 11));
    assert.match(help!.signatures[help!.activeSignature ?? 0].label, /^COPY /);
  });
});

describe('Korean completion and hover links over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ locale: 'ko', initializationOptions: { explainLinks: true } });
    await client.openAndDiagnose(dockerfileUri, 'dockerfile', dockerfile);
  });
  after(async () => {
    await client?.stop();
  });

  test('flag details are Korean', async () => {
    const device = (await complete(client, dockerfileUri, 1, 6)).find((item) => item.label === '--device')!;
    assert.match(device.detail!, /^명령에 CDI 장치를 노출합니다\. \(실험적 · dockerfile:1-labs\)$/);
  });

  test('the FROM hover: "More…" opens the Explain view, the Docker page is marked English, the notes described the first time', async () => {
    const hoverAt = async (line: number, character: number) =>
      ((await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: dockerfileUri }, position: { line, character } }))!.contents as MarkupContent).value;
    const first = await hoverAt(0, 1);
    assert.match(first, /\[더 보기… \(노트로 설명 보기\)\]\(command:dockside\.explain\?/);
    assert.match(first, /\[Docker 문서 \(영문\)\]/);
    assert.match(first, /한국어 도커 학습 노트 다섯 편/);
    const second = await hoverAt(1, 1);
    assert.doesNotMatch(second, /학습 노트 다섯 편/);
  });
});
