/**
 * The knowledge base where Docker is written, through the bundled server in a
 * Korean and an English editor: representative hovers in each language mode
 * (Dockerfile, Compose, `docker` command lines in a script, a Makefile, a
 * Markdown fence and a plain-text note) show the entry's own summary in the
 * reader's language and not the other's, leaving the details to the Explain
 * view, and completion items carry the very documentation the hover shows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CompletionItem,
  CompletionList,
  CompletionRequest,
  Hover,
  HoverRequest,
  MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { getEntry } from '../../server/src/knowledge/index';
import type { KnowledgeEntry } from '../../server/src/knowledge/types';
import { LocalImagesRequest } from '../../server/src/lspExt';
import { LspTestClient } from '../support/lspClient';

type Language = 'ko' | 'en';
const other: Record<Language, Language> = { ko: 'en', en: 'ko' };

// CRLF in the Dockerfile, LF elsewhere: both line endings go over the wire.
const dockerfile = [
  '# syntax=docker/dockerfile:1',
  'FROM maven:3.9 AS build',
  'RUN --mount=type=cache,target=/root/.m2 mvn package',
  'FROM eclipse-temurin:21',
  'COPY --from=build /app/target/app.jar ./app.jar',
  'EXPOSE 8080',
  'CMD ["java", "-jar", "app.jar"]',
  '',
].join('\r\n');
const dockerfileUri = 'file:///work/project/Dockerfile';

const compose = [
  'services:',
  '  web:',
  '    image: nginx',
  '    restart: unless-stopped',
  '    ports:',
  '      - "8080:80"',
  '  agent:',
  '    image: alpine',
  '    network_mode: host',
  '',
].join('\n');
const composeUri = 'file:///work/project/compose.yaml';

const script = ['#!/bin/sh', 'docker run -d -p 8080:80 --name web nginx', ''].join('\n');
const scriptUri = 'file:///work/project/start.sh';
const makefile = ['image:', '\tdocker build -t app .', ''].join('\n');
const makefileUri = 'file:///work/project/Makefile';
const markdown = ['# 로그 보기', '', '```bash', 'docker logs -f web', '```', ''].join('\n');
const markdownUri = 'file:///work/project/NOTES.md';
const plainNote = ['컨테이너 목록', 'docker ps -a', ''].join('\n');
const plainNoteUri = 'file:///work/project/docker-note.txt';

function entry(id: string): KnowledgeEntry {
  const found = getEntry(id);
  assert.ok(found, `no knowledge entry ${id}`);
  return found;
}

function text(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

function documentation(items: readonly CompletionItem[], label: string): string {
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `no completion item ${label} among ${items.map((candidate) => candidate.label).join(', ')}`);
  return (item.documentation as MarkupContent).value;
}

/** The hover is the entry's, in `lang`: its summary shows and the other language's does not. */
function assertEntryHover(hoverText: string, id: string, lang: Language): void {
  const { [lang]: wanted, [other[lang]]: unwanted } = entry(id);
  assert.ok(hoverText.includes(wanted.summary), `${id}: the ${lang} summary "${wanted.summary}" is missing from:\n${hoverText}`);
  assert.ok(!hoverText.includes(unwanted.summary), `${id}: the ${other[lang]} summary shows in a ${lang} hover`);
  // Short: the details are behind "More…", in the Explain view.
  assert.ok(!hoverText.includes(wanted.details), `${id}: the details show in the hover`);
}

/** A value's own meaning, as the hover on that value spells it out. */
function valueLine(id: string, value: string, lang: Language): string {
  const meaning = entry(id).values?.[value]?.[lang];
  assert.ok(meaning, `${id} has no meaning for ${value}`);
  return `\`${value}\`: ${meaning}`;
}

for (const lang of ['en', 'ko'] as const) {
  describe(`knowledge-base hovers over stdio (${lang === 'ko' ? 'Korean' : 'English'} editor)`, () => {
    let client: LspTestClient;
    const hoverAt = async (uri: string, line: number, character: number) =>
      text(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }));
    const completeAt = async (uri: string, line: number, character: number): Promise<CompletionItem[]> => {
      const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
      return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
    };

    before(async () => {
      client = await LspTestClient.start({ locale: lang, requestHandlers: { [LocalImagesRequest.type.method]: () => [] } });
      await client.open(dockerfileUri, 'dockerfile', dockerfile);
      await client.open(composeUri, 'dockercompose', compose);
      await client.open(scriptUri, 'shellscript', script);
      await client.open(makefileUri, 'makefile', makefile);
      await client.open(markdownUri, 'markdown', markdown);
      await client.open(plainNoteUri, 'plaintext', plainNote);
    });
    after(async () => {
      await client?.stop();
    });

    test('Dockerfile: a directive, an instruction, a flag, a mount type and AS', async () => {
      assertEntryHover(await hoverAt(dockerfileUri, 0, 3), 'dockerfile.directive.syntax', lang);
      assertEntryHover(await hoverAt(dockerfileUri, 2, 1), 'dockerfile.instruction.RUN', lang);
      assertEntryHover(await hoverAt(dockerfileUri, 4, 8), 'dockerfile.flag.COPY.--from', lang);
      const cache = await hoverAt(dockerfileUri, 2, 18);
      assertEntryHover(cache, 'dockerfile.flag.RUN.--mount', lang);
      assert.ok(cache.includes(valueLine('dockerfile.flag.RUN.--mount', 'cache', lang)), cache);
      assertEntryHover(await hoverAt(dockerfileUri, 1, 16), 'concept.multi-stage', lang);
      // The notes' pitfall: EXPOSE alone publishes nothing.
      const expose = await hoverAt(dockerfileUri, 5, 2);
      assertEntryHover(expose, 'dockerfile.instruction.EXPOSE', lang);
      assert.ok(expose.includes(entry('dockerfile.instruction.EXPOSE').pitfalls![0][lang]), expose);
    });

    test('Dockerfile completion items carry the hover’s documentation', async () => {
      const uri = 'file:///work/project/completion/Dockerfile';
      await client.open(uri, 'dockerfile', ['FROM alpine:3.20', 'RU', 'COPY --', ''].join('\r\n'));
      assert.equal(documentation(await completeAt(uri, 1, 2), 'RUN'), await hoverAt(dockerfileUri, 2, 1));
      assert.equal(documentation(await completeAt(uri, 2, 7), '--from'), await hoverAt(dockerfileUri, 4, 8));
    });

    test('Compose: a key, a restart policy, a network mode and a port mapping', async () => {
      assertEntryHover(await hoverAt(composeUri, 2, 6), 'compose.key.services.*.image', lang);
      const restartKey = await hoverAt(composeUri, 3, 6);
      assertEntryHover(restartKey, 'compose.key.services.*.restart', lang);
      const restartValue = await hoverAt(composeUri, 3, 18);
      assertEntryHover(restartValue, 'compose.key.services.*.restart', lang);
      assert.ok(restartValue.includes(valueLine('compose.key.services.*.restart', 'unless-stopped', lang)), restartValue);
      const networkMode = await hoverAt(composeUri, 8, 20);
      assertEntryHover(networkMode, 'compose.key.services.*.network_mode', lang);
      assert.ok(networkMode.includes(valueLine('compose.key.services.*.network_mode', 'host', lang)), networkMode);
      const port = await hoverAt(composeUri, 5, 11);
      assert.match(port, lang === 'en' ? /host 8080 → container 80/ : /호스트 8080 → 컨테이너 80/);
      assertEntryHover(port, 'compose.key.services.*.ports', lang);
    });

    test('Compose completion items carry the hover’s documentation', async () => {
      const uri = 'file:///work/project/completion/compose.yaml';
      await client.open(uri, 'dockercompose', ['services:', '  web:', '    image: nginx', '    res', ''].join('\n'));
      // On the key (not its value) the hover is the key's documentation alone.
      assert.equal(documentation(await completeAt(uri, 3, 7), 'restart'), await hoverAt(composeUri, 3, 6));
    });

    test('a shell script: docker run -d -p 8080:80 --name web nginx, word by word', async () => {
      assertEntryHover(await hoverAt(scriptUri, 1, 8), 'cli.docker run', lang);
      assertEntryHover(await hoverAt(scriptUri, 1, 12), 'cli.docker run.--detach', lang);
      const publish = await hoverAt(scriptUri, 1, 15);
      assertEntryHover(publish, 'cli.docker run.--publish', lang);
      assert.match(publish, lang === 'en' ? /host `8080` → container `80`/ : /호스트 `8080` → 컨테이너 `80`/);
      assertEntryHover(await hoverAt(scriptUri, 1, 28), 'cli.docker run.--name', lang);
    });

    test('a Makefile recipe, a Markdown fence and a plain-text note', async () => {
      assertEntryHover(await hoverAt(makefileUri, 1, 15), 'cli.docker build.--tag', lang);
      assertEntryHover(await hoverAt(markdownUri, 3, 13), 'cli.docker logs.--follow', lang);
      assertEntryHover(await hoverAt(plainNoteUri, 1, 8), 'cli.docker ps', lang);
      assertEntryHover(await hoverAt(plainNoteUri, 1, 11), 'cli.docker ps.--all', lang);
    });
  });
}

describe('knowledge-base hovers over stdio (docs language "both")', () => {
  test('Korean first, then English, whatever the editor speaks', async () => {
    let settingsRead!: () => void;
    const configurationAnswered = new Promise<void>((resolve) => (settingsRead = resolve));
    const client = await LspTestClient.start({
      locale: 'en',
      requestHandlers: {
        'workspace/configuration': (params) => {
          settingsRead();
          return (params as { items: { section?: string }[] }).items.map((item) => (item.section === 'dockside' ? { docs: { language: 'both' } } : null));
        },
      },
    });
    try {
      // The server reads its settings after `initialized`; a document opened after the answer is served with them.
      await configurationAnswered;
      await client.open(composeUri, 'dockercompose', compose);
      const hover = text(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: composeUri }, position: { line: 3, character: 6 } }));
      const restart = entry('compose.key.services.*.restart');
      const korean = hover.indexOf(restart.ko.summary);
      assert.ok(korean >= 0 && korean < hover.indexOf(restart.en.summary), hover);
    } finally {
      await client.stop();
    }
  });
});
