/**
 * The Dockerfile editor features over stdio, as an editor drives the bundled
 * server: every capability they advertise answers with what a user would see
 * (completion with local images asked of the client, hover in English and
 * Korean, navigation, rename, links, semantic tokens full/range/delta,
 * formatting, signature help and "Dockside: Explain").
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  CompletionList,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentOnTypeFormattingRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbol,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  Hover,
  HoverRequest,
  Location,
  MarkupContent,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokens,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
} from 'vscode-languageserver-protocol/node';
import { DockerfileBuildInfoRequest, ExplainRequest, LocalImagesRequest } from '../../server/src/lspExt';
import { LspTestClient } from '../support/lspClient';

const source = [
  '# syntax=docker/dockerfile:1', // 0
  'ARG NODE_VERSION=22', // 1
  'FROM node:${NODE_VERSION}-alpine AS build', // 2
  'WORKDIR /app', // 3
  'COPY package.json ./', // 4
  'RUN --mount=type=cache,target=/root/.npm \\', // 5
  '    npm ci', // 6
  'FROM nginx:1.27-alpine', // 7
  'COPY --from=build /app/dist /usr/share/nginx/html', // 8
  '', // 9
].join('\n');

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('Dockerfile editor features over stdio', () => {
  let client: LspTestClient;
  let workspace: string;
  let uri: string;
  const inspected: unknown[] = [];

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'dockside-features-'));
    writeFileSync(join(workspace, 'package.json'), '{}');
    uri = pathToFileURL(join(workspace, 'Dockerfile')).href;
    client = await LspTestClient.start({
      locale: 'en',
      requestHandlers: {
        [LocalImagesRequest.type.method]: (params) => {
          inspected.push(params);
          return [
            { tags: ['myapp:dev'], id: 'sha256:abc', size: 7_000_000, created: '2026-02-01T00:00:00Z' },
            { tags: ['nginx:1.27-alpine'], id: 'sha256:def', size: 42_000_000, created: '2026-02-01T00:00:00Z', exposedPorts: ['80/tcp'], entrypoint: null, cmd: ['nginx'] },
          ];
        },
      },
    });
    await client.openAndDiagnose(uri, 'dockerfile', source);
  });
  after(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });

  test('advertises every editor feature with its trigger characters', () => {
    const capabilities = client.initializeResult.capabilities;
    for (const trigger of ['-', '=', '$', '{']) assert.ok(capabilities.completionProvider?.triggerCharacters?.includes(trigger), trigger);
    assert.ok(capabilities.signatureHelpProvider);
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.ok(capabilities.documentLinkProvider);
    assert.ok(capabilities.semanticTokensProvider);
    assert.equal(capabilities.documentFormattingProvider, true);
    assert.equal(capabilities.documentRangeFormattingProvider, true);
    assert.equal(capabilities.documentOnTypeFormattingProvider?.firstTriggerCharacter, '\n');
  });

  test('completes FROM images with the client\'s local images, and --mount types', async () => {
    await client.change(uri, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'FROM ' }]);
    const images = (await client.connection.sendRequest(CompletionRequest.type, at(9, 5))) as CompletionList;
    const labels = images.items.map((item) => item.label);
    assert.ok(labels.includes('myapp:dev'), 'a local image from dockside/localImages');
    assert.ok(labels.includes('build'), 'an earlier stage');
    assert.ok(labels.includes('alpine'), 'an official image');
    await client.change(uri, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 5 } }, text: '' }]);
    const mount = (await client.connection.sendRequest(CompletionRequest.type, at(5, 17))) as CompletionList;
    assert.deepEqual(mount.items.map((item) => item.label), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
  });

  test('hover: an English instruction, a variable\'s value, and a local image', async () => {
    assert.match(hoverText(await client.connection.sendRequest(HoverRequest.type, at(3, 2))), /directory/i);
    assert.match(hoverText(await client.connection.sendRequest(HoverRequest.type, at(2, 15))), /`22`/);
    inspected.length = 0;
    const image = hoverText(await client.connection.sendRequest(HoverRequest.type, at(7, 7)));
    assert.deepEqual(inspected, [{ inspect: 'nginx:1.27-alpine' }]);
    assert.match(image, /42 MB/);
    assert.match(image, /80\/tcp/);
    // An image the engine does not have gets no engine details, however few images there are.
    await client.change(uri, [{ range: { start: { line: 7, character: 5 }, end: { line: 7, character: 10 } }, text: 'httpd' }]);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, at(7, 7)), null);
    await client.change(uri, [{ range: { start: { line: 7, character: 5 }, end: { line: 7, character: 10 } }, text: 'nginx' }]);
  });

  test('definition, references, highlights and rename of a stage', async () => {
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, at(8, 14))) as Location;
    assert.equal(definition.range.start.line, 2);
    const references = await client.connection.sendRequest(ReferencesRequest.type, { ...at(2, 38), context: { includeDeclaration: true } });
    assert.deepEqual(references?.map((r) => r.range.start.line), [2, 8]);
    const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, at(8, 14));
    assert.equal(highlights?.length, 2);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, at(8, 14));
    assert.deepEqual(prepared, { start: { line: 8, character: 12 }, end: { line: 8, character: 17 } });
    const edit = await client.connection.sendRequest(RenameRequest.type, { ...at(8, 14), newName: 'assets' });
    assert.deepEqual(edit?.changes?.[uri].map((e) => [e.range.start.line, e.newText]), [[2, 'assets'], [8, 'assets']]);
  });

  test('symbols, folding and links', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['ARG', 'build', 'stage 1']);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(folds?.some((f) => f.startLine === 5 && f.endLine === 6), 'the continued RUN folds');
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    const targets = links?.map((link) => link.target) ?? [];
    assert.ok(targets.includes('https://hub.docker.com/_/nginx'));
    assert.ok(targets.includes(pathToFileURL(join(workspace, 'package.json')).href), 'COPY package.json links to the file');
  });

  test('semantic tokens: full, range, and a delta after an edit', async () => {
    const full = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens;
    assert.ok(full.data.length > 0 && full.data.length % 5 === 0);
    const range = await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } } });
    assert.ok(range && range.data.length > 0 && range.data.length < full.data.length);
    await client.change(uri, [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 12 } }, text: '/srv' }]);
    const delta = await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: full.resultId! });
    assert.ok(delta && 'edits' in delta, 'a delta, not a full answer');
  });

  test('formatting, range formatting, on-type formatting and signature help', async () => {
    const messy = 'file:///work/messy/Dockerfile';
    await client.open(messy, 'dockerfile', 'FROM alpine:3.20   \nRUN   apk add \\\ncurl\n');
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: messy }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits?.map((e) => [e.range.start.line, e.newText]).sort(), [[0, ''], [1, ' '], [2, '  ']]);
    // Only the selected line: the trailing blanks of line 0 and the indent of line 2 stay.
    const selected = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
    const rangeEdits = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri: messy }, range: selected, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(rangeEdits?.map((e) => [e.range.start.line, e.newText]), [[1, ' ']]);
    const onType = await client.connection.sendRequest(DocumentOnTypeFormattingRequest.type, { textDocument: { uri: messy }, position: { line: 2, character: 0 }, ch: '\n', options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(onType?.map((e) => e.newText), ['  ']);
    const help = await client.connection.sendRequest(SignatureHelpRequest.type, at(4, 5));
    assert.match(help?.signatures[help.activeSignature ?? 0].label ?? '', /^COPY /);
  });

  test('Dockside: Explain returns the full entry', async () => {
    const result = await client.connection.sendRequest(ExplainRequest.type, at(5, 1));
    assert.equal(result?.title, 'RUN');
    assert.ok(result!.markdown.length > 200);
  });

  test('the build information of a Dockerfile: its ARGs with defaults, stages with their steps, and secret mounts', async () => {
    const info = await client.connection.sendRequest(DockerfileBuildInfoRequest.type, { textDocument: { uri } });
    assert.deepEqual(info?.args, [{ name: 'NODE_VERSION', defaultValue: '22', line: 1 }]);
    assert.deepEqual(
      info?.stages.map((stage) => [stage.name, stage.image, stage.steps.map((step) => `${step.keyword}:${step.startLine}-${step.endLine}`).join(' ')]),
      [
        ['build', 'node:${NODE_VERSION}-alpine', 'FROM:2-2 WORKDIR:3-3 COPY:4-4 RUN:5-6'],
        [undefined, 'nginx:1.27-alpine', 'FROM:7-7 COPY:8-8'],
      ],
    );
    assert.deepEqual(info?.secrets, []);
    const compose = await client.connection.sendRequest(DockerfileBuildInfoRequest.type, { textDocument: { uri: 'file:///not/open/Dockerfile' } });
    assert.equal(compose, null, 'a document the server does not have open has none');
  });
});

describe('Dockerfile hover over stdio in a Korean editor', () => {
  test('WORKDIR is explained in Korean', async () => {
    const client = await LspTestClient.start({ locale: 'ko' });
    try {
      const uri = 'file:///work/ko/Dockerfile';
      await client.openAndDiagnose(uri, 'dockerfile', 'FROM alpine:3.20\nWORKDIR /app\n');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 3 } });
      assert.match(hoverText(hover), /[가-힣]/);
    } finally {
      await client.stop();
    }
  });
});
