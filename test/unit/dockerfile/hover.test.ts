/**
 * Dockerfile hover: knowledge-base text for instructions, flags, values,
 * directives and AS (English, Korean, both); variables with value and origin;
 * stages with definition and uses; FROM images from the local engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { hover } from '../../../server/src/service/dockerfile/hover';
import { getEntry } from '../../../server/src/knowledge/index';
import { explain } from '../../../server/src/service/dockerfile/explain';
import { createReaderSession } from '../../../server/src/service/session';
import { context, ContextOptions, dockerfileUri, eols, parse, textAt } from './features.support';

for (const [eolName, eol] of eols) {
  const hoverAt = async (source: string, options: ContextOptions = {}) => {
    const parsed = parse(source, eol);
    const result = await hover(parsed.ast, parsed.cursor, context(options));
    return { text: result ? (result.contents as MarkupContent).value : undefined, range: result?.range && textAt(parsed.text, result.range) };
  };

  describe(`Dockerfile hover: knowledge base (${eolName})`, () => {
    test('an instruction, in English and in Korean', async () => {
      const en = await hoverAt('FROM alpine:3.20\nWORK|DIR /app');
      assert.match(en.text!, /directory/i);
      assert.equal(en.range, 'WORKDIR');
      const ko = await hoverAt('FROM alpine:3.20\nWORK|DIR /app', { language: 'ko' });
      assert.match(ko.text!, /[가-힣]/);
      const both = await hoverAt('FROM alpine:3.20\nWORK|DIR /app', { language: 'both' });
      assert.match(both.text!, /[가-힣]/);
      assert.match(both.text!, /directory/i);
    });

    test('a lower-case instruction and an ONBUILD trigger', async () => {
      assert.match((await hoverAt('FROM alpine:3.20\nru|n echo')).text!, /RUN/);
      assert.match((await hoverAt('FROM alpine:3.20\nONBUILD CO|PY . /src')).text!, /COPY/);
    });

    test('a flag, and the mount type or network value under the cursor', async () => {
      const flag = await hoverAt('FROM a:1\nCOPY --fr|om=build /a /b');
      assert.match(flag.text!, /--from/);
      assert.equal(flag.range, '--from');
      const mount = await hoverAt('FROM a:1\nRUN --mount=type=ca|che,target=/root/.cache go build');
      assert.equal(mount.range, 'cache');
      assert.ok(mount.text!.includes('`cache`:'), 'the meaning of the value under the cursor');
      assert.match((await hoverAt('FROM a:1\nRUN --network=no|ne curl x')).text!, /none/);
    });

    test('the FROM hover: summary, syntax, at most three cautions and the links, with "More…" to the rest', async () => {
      const from = getEntry('dockerfile.instruction.FROM')!;
      const session = createReaderSession(true);
      const { text } = await hoverAt('FR|OM node:22 AS build', { language: 'ko', session });
      assert.ok(text!.includes(from.ko.summary));
      assert.ok(text!.includes('```dockerfile\nFROM [--platform=<플랫폼>] <이미지>[:<태그>|@<다이제스트>] [AS <이름>]\n```'), 'the syntax, its placeholders in Korean');
      assert.ok((text!.match(/^- /gm) ?? []).length <= 3, 'at most three cautions');
      assert.ok(!text!.includes(from.ko.details), 'the details are behind "More…"');
      assert.match(text!, /\[Docker 문서 \(영문\)\]\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#from\)/);
      const more = /\[더 보기… \(노트로 설명 보기\)\]\((command:dockside\.explain\?[^)]+)\)/.exec(text!);
      assert.ok(more, 'a "More…" link to the Explain view');
      const [target] = JSON.parse(decodeURIComponent(more[1].slice('command:dockside.explain?'.length))) as { uri: string; position: { line: number } }[];
      assert.deepEqual(target, { uri: dockerfileUri, position: { line: 0, character: 2 } }, 'it explains the hovered word');
      assert.ok(explain(parse('FROM node:22', eol).ast, { line: 0, character: 2 }, context({ language: 'ko' }))!.markdown.includes(from.ko.details), 'the Explain view has the rest');
    });

    test('the notes are described in one line the first time a hover cites them, not after', async () => {
      const session = createReaderSession(true);
      const first = await hoverAt('FROM a:1\nWORK|DIR /app', { session });
      assert.match(first.text!, /five Korean Docker study notes bundled with Dockside/);
      const second = await hoverAt('FROM a:1\nRU|N make', { session });
      assert.doesNotMatch(second.text!, /five Korean Docker study notes/);
      assert.match(second.text!, /From the notes: /);
    });

    test('without a client that follows command links, no "More…"', async () => {
      const { text } = await hoverAt('FR|OM node:22', { session: createReaderSession(false) });
      assert.doesNotMatch(text!, /More…/);
    });

    test('a parser directive', async () => {
      const result = await hoverAt('# syn|tax=docker/dockerfile:1\nFROM a:1');
      assert.match(result.text!, /syntax/i);
    });

    test('AS explains multi-stage builds', async () => {
      const result = await hoverAt('FROM maven:3.9 A|S build\nFROM b:1\nCOPY --from=build /a /b');
      assert.match(result.text!, /multi-stage/i);
      assert.equal(result.range, 'AS');
    });

    test('an instruction missing from the knowledge base falls back to the catalogue', async () => {
      const result = await hoverAt('FROM a:1\nSTOP|SIGNAL SIGTERM');
      assert.match(result.text!, /STOPSIGNAL/);
    });
  });

  describe(`Dockerfile hover: variables and stages (${eolName})`, () => {
    test('a variable shows its value and where it is defined', async () => {
      const result = await hoverAt('FROM a:1\nARG VERSION=1.2\nRUN echo $VER|SION');
      assert.match(result.text!, /`1\.2`/);
      assert.match(result.text!, /ARG on line 2/);
      assert.equal(result.range, 'VERSION');
    });

    test('both languages: whole sentences in each, not fragments', async () => {
      const result = await hoverAt('FROM a:1\nARG VERSION=1.2\nRUN echo $VER|SION', { language: 'both' });
      assert.ok(result.text!.includes('Defined by the ARG on line 2.'), result.text);
      assert.ok(result.text!.includes('정의: 2번째 줄의 ARG.'), result.text);
      assert.ok(result.text!.includes('값 / Value: `1.2`'), result.text);
    });

    test('a bare ARG in a stage takes the global default', async () => {
      const result = await hoverAt('ARG NODE=22\nFROM node:$NODE\nARG NODE\nRUN echo ${NO|DE}');
      assert.match(result.text!, /`22`/);
      assert.match(result.text!, /global ARG on line 1/);
    });

    test('an ENV declaration and a later redefinition', async () => {
      assert.match((await hoverAt('FROM a:1\nENV A=1\nENV A=2\nRUN echo $|A')).text!, /`2`/);
      const declared = await hoverAt('FROM a:1\nENV GRE|ETING=hello\nRUN echo $GREETING');
      assert.match(declared.text!, /hello/);
      assert.match(declared.text!, /used 1 time/);
    });

    test('platform, proxy and undefined variables', async () => {
      assert.match((await hoverAt('FROM --platform=$BUILD|PLATFORM a:1')).text!, /platform/i);
      assert.match((await hoverAt('FROM a:1\nRUN echo $HTTP_PR|OXY')).text!, /proxy/i);
      assert.match((await hoverAt('FROM a:1\nRUN echo $NOT|HING')).text!, /Not defined/);
    });

    test('a stage name: where it is defined and what uses it', async () => {
      const source = 'FROM maven:3.9 AS build\nRUN mvn package\nFROM eclipse-temurin:21\nCOPY --from=bu|ild /app/target/app.jar /app.jar';
      const result = await hoverAt(source);
      assert.match(result.text!, /defined on line 1/);
      assert.match(result.text!, /line 4/);
      assert.equal(result.range, 'build');
      const unused = await hoverAt('FROM a:1 AS te|st');
      assert.match(unused.text!, /--target/);
    });
  });

  describe(`Dockerfile hover: FROM image (${eolName})`, () => {
    const image = {
      tags: ['node:22-alpine'], id: 'sha256:0123456789abcdef0123', size: 155_000_000, created: '2026-03-01T10:00:00Z',
      exposedPorts: ['3000/tcp'], entrypoint: ['docker-entrypoint.sh'], cmd: ['node'],
    };

    test('size, created date, ports, entrypoint and cmd from the local engine', async () => {
      const ctx = context({ images: [image] });
      const parsed = parse('FROM no|de:22-alpine', eol);
      const result = await hover(parsed.ast, parsed.cursor, ctx);
      const text = (result!.contents as MarkupContent).value;
      assert.deepEqual(ctx.inspected, ['node:22-alpine']);
      for (const part of ['155 MB', '2026-03-01', '3000/tcp', 'docker-entrypoint.sh', '`node`']) assert.ok(text.includes(part), part);
    });

    test('an untagged image is looked up as :latest; no hover when the engine lacks it', async () => {
      const ctx = context();
      const parsed = parse('FROM ng|inx', eol);
      assert.equal(await hover(parsed.ast, parsed.cursor, ctx), null);
      assert.deepEqual(ctx.inspected, ['nginx:latest']);
    });
  });
}
