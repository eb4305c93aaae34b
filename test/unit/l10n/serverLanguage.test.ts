/**
 * Every string the language server shows follows `dockside.docs.language`:
 * with Korean chosen, no English sentence leaks into completion items (their
 * details, descriptions and docs), hovers, signature help, link tooltips,
 * outline names, code lenses, quick fixes or diagnostics, and no particle is
 * left in its double form (`EXPOSE을(를)`) where the word's sound is known.
 * Swept over real Dockerfiles and compose files, the samples, and documents
 * written to reach every instruction, flag, mount key and compose section.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { CompletionItem, MarkupContent, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { instructionSpecs, mountTypes, parserDirectives } from '../../../server/src/dockerfile/catalogue';
import { noNotes } from '../../../server/src/notes/index';
import type { AnyLanguageMode, ServiceContext } from '../../../server/src/service/mode';
import { createModes } from '../../../server/src/service/modes';
import { finalSound } from '../../../server/src/service/particles';
import { defaultSettings, DocsLanguage } from '../../../server/src/service/settings';

const root = resolve(__dirname, '../../../..');
const corpus = join(root, '..', 'shared', 'corpus');

interface Source {
  readonly name: string;
  readonly languageId: string;
  readonly uri: string;
  readonly text: string;
}

/** A Dockerfile that uses every instruction, flag and mount key, so each one is hovered and completed. */
function everyDockerfileFeature(): string {
  const lines = ['# syntax=docker/dockerfile:1', '# escape=\\', '# check=skip=JSONArgsRecommended', 'ARG BASE=alpine:3.20', 'FROM --platform=$BUILDPLATFORM ${BASE} AS build'];
  for (const spec of instructionSpecs) {
    if (spec.name === 'FROM') continue;
    const flags = spec.flags.map((flag) => `--${flag.name}${flag.kind === 'boolean' ? '' : `=${flag.values?.[0] ?? 'x'}`}`);
    lines.push(`${spec.name} ${flags.join(' ')} a b`);
  }
  for (const type of mountTypes) lines.push(`RUN --mount=type=${type.type},${type.keys.map((key) => `${key.name}=${key.values?.[0] ?? '1'}`).join(',')} make`);
  lines.push('FROM build', 'COPY --from=build /a /b', 'RUN echo $TARGETARCH ${HTTP_PROXY} $UNDEFINED', 'EXPOSEE 80', 'ENTRYPOINT node app.js', 'CMD node', 'CMD node', 'WORKDIR app');
  for (const directive of parserDirectives) lines.push(`# ${directive.name}`);
  return lines.join('\n');
}

const everyComposeFeature = [
  'version: "3.8"',
  'name: demo',
  'services:',
  '  web:',
  '    image: nginx:1.27',
  '    build: ./web',
  '    container_name: web',
  '    restart: sometimes',
  '    ports:',
  '      - "8080:80"',
  '      - "8080:81"',
  '    volumes:',
  '      - data:/var/lib/data',
  '      - ./src:/src:ro',
  '    environment:',
  '      MYSQL_ROOT_PASSWORD: secret',
  '    env_file: missing.env',
  '    depends_on:',
  '      db:',
  '        condition: service_healthy',
  '    links:',
  '      - db',
  '    networks: [front]',
  '    network_mode: host',
  '    deploy:',
  '      replicas: 2',
  '    scale: 3',
  '    healthcheck:',
  '      test: curl -f http://localhost',
  '      interval: soon',
  '    logging:',
  '      driver: json-file',
  '    enviroment:',
  '      A: b',
  '  db:',
  '    image: mysql:8.4',
  '    pull_policy: always',
  'networks:',
  '  front:',
  '    driver: bridge',
  '    external: true',
  '    name: front',
  'volumes:',
  '  data:',
  '  unused:',
  'secrets:',
  '  token:',
  '    file: ./token.txt',
].join('\n');

const commandLines = [
  '#!/bin/sh',
  'docker run -dp 8080:80 --name web -it --rm -v data:/data -e A=b --network front --link db:database nginx',
  'docekr ps -a',
  'docker bulid -t app:1 .',
  'docker run -rm --it alpine',
  'docker compose up -d',
  'docker image ls --filter dangling=true',
  'docker exec -it web sh',
].join('\n');

function sources(): Source[] {
  const files = (dir: string) => readdirSync(dir).map((name) => join(dir, name));
  const read = (path: string) => readFileSync(path, 'utf8');
  return [
    // A quarter of the corpus's Dockerfiles: they repeat one another, and every position of each is tried.
    ...files(join(corpus, 'dockerfiles')).filter((_, index) => index % 4 === 0).map((path) => ({ name: path, languageId: 'dockerfile', uri: `file:///corpus/${path.split('/').pop()}/Dockerfile`, text: read(path) })),
    ...files(join(corpus, 'compose')).map((path) => ({ name: path, languageId: 'dockercompose', uri: `file:///corpus/${path.split('/').pop()}`, text: read(path) })),
    ...['maven-multistage', 'node-app', 'three-tier/backend'].map((dir) => ({ name: dir, languageId: 'dockerfile', uri: `file:///samples/${dir}/Dockerfile`, text: read(join(root, 'samples', dir, 'Dockerfile')) })),
    ...['mysql', 'three-tier'].map((dir) => ({ name: dir, languageId: 'dockercompose', uri: `file:///samples/${dir}/compose.yaml`, text: read(join(root, 'samples', dir, 'compose.yaml')) })),
    { name: 'samples/commands.md', languageId: 'markdown', uri: 'file:///samples/commands.md', text: read(join(root, 'samples', 'commands.md')) },
    { name: 'every Dockerfile feature', languageId: 'dockerfile', uri: 'file:///every/Dockerfile', text: everyDockerfileFeature() },
    { name: 'every compose feature', languageId: 'dockercompose', uri: 'file:///every/compose.yaml', text: everyComposeFeature },
    { name: 'command lines', languageId: 'shellscript', uri: 'file:///every/run.sh', text: commandLines },
  ];
}

function context(language: DocsLanguage): ServiceContext {
  const image = { tags: ['nginx:1.27'], id: 'sha256:1', size: 1_000_000, created: '2026-01-01T00:00:00Z', exposedPorts: ['80/tcp'], entrypoint: null, cmd: ['nginx'] };
  return {
    settings: defaultSettings,
    docsLanguage: language,
    workspace: { readFile: () => undefined, exists: (uri) => uri.endsWith('/src') },
    engine: { localImages: () => Promise.resolve([image]) },
    notes: noNotes,
  };
}

/** Where a user would look: the start and end of every word, and right after every trigger character. */
function positionsOf(document: TextDocument): Position[] {
  const text = document.getText();
  const offsets = new Set<number>();
  for (const match of text.matchAll(/\S+/g)) {
    offsets.add(match.index);
    offsets.add(match.index + match[0].length);
    for (let i = match.index; i < match.index + match[0].length; i++) if ('-=,:${/['.includes(text[i])) offsets.add(i + 1);
  }
  return [...offsets].map((offset) => document.positionAt(offset));
}

type Shown = { readonly where: string; readonly text: string };

/** Everything the server shows for a document, with where it came from. */
async function shownStrings(mode: AnyLanguageMode, source: Source, ctx: ServiceContext): Promise<Shown[]> {
  const document = TextDocument.create(source.uri, source.languageId, 1, source.text);
  const parsed = mode.parse(document);
  const shown: Shown[] = [];
  const add = (where: string, text: string | MarkupContent | undefined | null) => {
    const value = typeof text === 'string' ? text : text?.value;
    if (value) shown.push({ where: `${source.name} ${where}`, text: value });
  };
  const diagnostics = mode.diagnostics?.(parsed, ctx) ?? [];
  for (const diagnostic of diagnostics) add(`diagnostic ${String(diagnostic.code)}`, diagnostic.message);
  for (const action of mode.codeActions?.(parsed, { start: { line: 0, character: 0 }, end: document.positionAt(source.text.length) }, { diagnostics }, ctx) ?? []) add('quick fix', action.title);
  for (const lens of mode.codeLenses?.(parsed, ctx) ?? []) add('code lens', lens.command?.title);
  for (const link of mode.documentLinks?.(parsed, ctx) ?? []) add('link tooltip', link.tooltip);
  const symbols = mode.documentSymbols?.(parsed, ctx) ?? [];
  for (const symbol of symbols.flatMap((s) => [s, ...(s.children ?? [])])) add('outline', symbol.name);
  for (const position of positionsOf(document)) {
    const at = `${position.line + 1}:${position.character + 1}`;
    const hover = await mode.hover?.(parsed, position, ctx);
    if (hover) add(`hover ${at}`, hover.contents as MarkupContent);
    const help = mode.signatureHelp?.(parsed, position, ctx);
    for (const signature of help?.signatures ?? []) add(`signature ${at}`, signature.documentation as MarkupContent | undefined);
    const list = await mode.completion?.(parsed, position, ctx);
    for (const item of (list?.items ?? []) as CompletionItem[]) {
      const label = `completion ${at} "${item.label}"`;
      add(`${label} detail`, item.detail);
      add(`${label} description`, item.labelDetails?.description);
      add(`${label} documentation`, item.documentation as MarkupContent | string | undefined);
    }
  }
  return shown;
}

/** The prose of a Markdown string: code, quoted text (values, messages), links' targets and URLs taken out. */
function prose(markdown: string): string {
  return markdown
    .replace(/(`{3,})[^\n]*\n[\s\S]*?\n\1/g, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\bhttps?:\/\/\S+/g, ' ');
}

/** Three or more English words in a row, or an English phrase with no Korean at all: English prose. */
function englishIn(text: string): string | undefined {
  const words = prose(text).replace(/[|·]/g, ' ');
  const run = /\b[A-Za-z][a-z']*(?: (?:a|an|[A-Za-z][a-z']+)){2,}\b/.exec(words)?.[0];
  if (run && /\b(?:the|a|an|of|to|for|in|on|is|are|and|or|with|from|by|this|that|not|no|when|which|it|its|be)\b/i.test(run)) return run;
  if (!/[가-힣]/.test(words)) return /\b[a-z]{3,}(?: [a-z]{2,})+\b/.exec(words)?.[0];
  return undefined;
}

/** A double-form particle (`을(를)`) after a word whose last sound is known: it should have been resolved. */
function unresolvedParticle(text: string): string | undefined {
  for (const match of text.matchAll(/은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로|\(이\)라는|\(이\)나/g)) {
    if (finalSound(text.slice(0, match.index)) !== undefined) return text.slice(Math.max(0, match.index - 20), match.index + match[0].length);
  }
  return undefined;
}

describe('the language server speaks the reader\'s language', () => {
  const modes = createModes();
  const all = sources();
  const sweep = async (language: DocsLanguage) => {
    const shown: Shown[] = [];
    for (const source of all) {
      const mode = modes.find((candidate) => candidate.matches(source.languageId, source.uri))!;
      shown.push(...(await shownStrings(mode, source, context(language))));
    }
    return shown;
  };
  const collected = sweep('ko');

  test('the sweep reaches every kind of string', async () => {
    const shown = await collected;
    for (const kind of ['diagnostic', 'quick fix', 'code lens', 'link tooltip', 'outline', 'hover', 'signature', 'detail', 'description', 'documentation']) {
      assert.ok(shown.some((item) => item.where.includes(` ${kind}`)), `no ${kind} was shown`);
    }
  });

  test('in Korean, no English sentence leaks', async () => {
    const leaks = new Set<string>();
    for (const { where, text } of await collected) {
      const english = englishIn(text);
      if (english) leaks.add(`${where.replace(/ \d+:\d+/, '').replace(/^\S+ /, '')}: "${english}"`);
    }
    assert.deepEqual([...leaks], []);
  });

  test('in Korean, particles after code words are chosen, not left as 을(를)', async () => {
    const mechanical = new Set<string>();
    for (const { where, text } of await collected) {
      const found = unresolvedParticle(text);
      if (found) mechanical.add(`${where.replace(/ \d+:\d+/, '')}: "${found}"`);
    }
    assert.deepEqual([...mechanical], []);
  });

  test('in English, no Korean, except the notes\' own section names they are cited by', async () => {
    const korean = new Set<string>();
    for (const { where, text } of await sweep('en')) {
      const shown = prose(text).replace(/^From the notes: .*$/gm, '');
      if (/[가-힣]/.test(shown)) korean.add(`${where.replace(/ \d+:\d+/, '')}: "${/[^\n]*[가-힣][^\n]*/.exec(shown)![0].slice(0, 80)}"`);
    }
    assert.deepEqual([...korean], []);
  });
});
