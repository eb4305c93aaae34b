/**
 * Dockerfile completion: instructions valid for the context (with snippets),
 * flags and flag values, mount types and keys, stage names, variables in
 * scope, directives, EXPOSE protocols, signals and images.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupContent } from 'vscode-languageserver';
import { completion } from '../../../server/src/service/dockerfile/completion';
import { context, ContextOptions, eols, parse } from './features.support';

for (const [eolName, eol] of eols) {
  const complete = async (source: string, options: ContextOptions = {}): Promise<CompletionItem[]> => {
    const { ast, cursor } = parse(source, eol);
    return (await completion(ast, cursor, context(options)))?.items ?? [];
  };
  const labels = async (source: string, options: ContextOptions = {}) => (await complete(source, options)).map((item) => item.label);
  const keywords = async (source: string) => (await complete(source)).filter((item) => item.kind === CompletionItemKind.Keyword).map((item) => item.label);
  const newText = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined);

  describe(`Dockerfile completion: instructions (${eolName})`, () => {
    test('only ARG and FROM before the first FROM', async () => {
      assert.deepEqual((await keywords('|')).sort(), ['ARG', 'FROM']);
      assert.deepEqual((await keywords('ARG V=1\n|\nFROM alpine:3.20')).sort(), ['ARG', 'FROM']);
    });

    test('every instruction inside a stage, each as a snippet with documentation', async () => {
      const items = (await complete('FROM alpine:3.20\nRU|')).filter((item) => item.kind === CompletionItemKind.Keyword);
      assert.equal(items.length, 18);
      const run = items.find((item) => item.label === 'RUN')!;
      assert.equal(run.insertTextFormat, InsertTextFormat.Snippet);
      assert.match(newText(run)!, /^RUN \$\{1:command\}$/);
      assert.match((run.documentation as MarkupContent).value, /RUN/);
      assert.ok(items.find((item) => item.label === 'MAINTAINER')?.tags?.length, 'MAINTAINER is marked deprecated');
    });

    test('after ONBUILD: everything but FROM, MAINTAINER and ONBUILD', async () => {
      const found = await keywords('FROM alpine:3.20\nONBUILD |');
      assert.equal(found.length, 15);
      for (const excluded of ['FROM', 'MAINTAINER', 'ONBUILD']) assert.ok(!found.includes(excluded), excluded);
    });

    test('a lower-case keyword being typed is completed in lower case', async () => {
      const items = await complete('FROM alpine:3.20\nwor|');
      assert.match(newText(items.find((item) => item.label === 'WORKDIR'))!, /^workdir /);
    });

    test('a line continuing an instruction gets its arguments, not instructions', async () => {
      assert.ok((await labels('FROM a:1\nRUN \\\n  --|')).includes('--mount'));
      assert.ok(!(await labels('FROM a:1\nRUN apt-get update \\\n  |')).includes('COPY'));
      assert.ok((await labels('FROM a:1\nRUN apt-get update\n|')).includes('COPY'));
    });

    test('a comment gets nothing', async () => {
      assert.deepEqual(await labels('FROM alpine:3.20\n# RU|'), []);
    });
  });

  describe(`Dockerfile completion: flags and values (${eolName})`, () => {
    test('every flag of COPY, ADD, FROM and HEALTHCHECK', async () => {
      assert.deepEqual((await labels('FROM a:1\nCOPY --|')).sort(), ['--chmod', '--chown', '--exclude', '--from', '--link', '--parents']);
      const add = await labels('FROM a:1\nADD --|');
      for (const flag of ['--checksum', '--keep-git-dir', '--chown', '--chmod', '--link', '--exclude']) assert.ok(add.includes(flag), flag);
      assert.deepEqual(await labels('FROM --|'), ['--platform']);
      assert.deepEqual((await labels('FROM a:1\nHEALTHCHECK --|')).sort(), ['--interval', '--retries', '--start-interval', '--start-period', '--timeout']);
    });

    test('a flag already given is not offered again, a repeatable one is', async () => {
      const found = await labels('FROM a:1\nRUN --network=none --mount=type=cache,target=/x --|');
      assert.ok(!found.includes('--network'));
      assert.ok(found.includes('--mount'));
    });

    test('flags are offered only before the first argument', async () => {
      assert.deepEqual(await labels('FROM a:1\nRUN apt-get install --|'), []);
    });

    test('RUN --network, --security and boolean values', async () => {
      assert.deepEqual(await labels('FROM a:1\nRUN --network=|'), ['default', 'none', 'host']);
      assert.deepEqual((await labels('FROM a:1\nRUN --security=|')).sort(), ['insecure', 'sandbox']);
      assert.deepEqual(await labels('FROM a:1\nCOPY --link=|'), ['true', 'false']);
      assert.ok((await labels('FROM --platform=|')).includes('$BUILDPLATFORM'));
      assert.ok((await labels('FROM a:1\nHEALTHCHECK --interval=|')).includes('30s'));
    });

    test('RUN --mount: types, then the keys of that type, then key values', async () => {
      assert.deepEqual(await labels('FROM a:1\nRUN --mount=type=|'), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
      const cacheKeys = await labels('FROM a:1\nRUN --mount=type=cache,|');
      for (const key of ['id', 'target', 'sharing', 'from', 'source', 'mode', 'uid', 'gid', 'readonly']) assert.ok(cacheKeys.includes(key), key);
      assert.ok(!cacheKeys.includes('type'));
      const secretKeys = await labels('FROM a:1\nRUN --mount=type=secret,id=npm,|');
      assert.ok(secretKeys.includes('env') && secretKeys.includes('required'));
      assert.ok(!secretKeys.includes('id'), 'id is already given');
      assert.deepEqual(await labels('FROM a:1\nRUN --mount=type=cache,sharing=|'), ['shared', 'private', 'locked']);
      assert.ok((await labels('FROM a:1\nRUN --mount=|')).includes('type'));
    });

    test('the --mount flag snippet offers the types as a choice', async () => {
      const items = await complete('FROM a:1\nRUN --m|');
      assert.equal(newText(items.find((item) => item.label === '--mount')), '--mount=type=${1|bind,cache,tmpfs,secret,ssh|}');
    });

    test('an ONBUILD trigger gets its own instruction\'s flags', async () => {
      assert.ok((await labels('FROM a:1\nONBUILD COPY --|')).includes('--chown'));
    });

    test('SHELL offers the usual shells, bash with pipefail first', async () => {
      assert.equal((await labels('FROM a:1\nSHELL |'))[0], '["/bin/bash", "-o", "pipefail", "-c"]');
    });

    test('HEALTHCHECK NONE/CMD, EXPOSE protocols, STOPSIGNAL signals', async () => {
      assert.ok((await labels('FROM a:1\nHEALTHCHECK |')).includes('NONE'));
      assert.ok((await labels('FROM a:1\nHEALTHCHECK --interval=5s |')).includes('CMD'));
      assert.deepEqual(await labels('FROM a:1\nEXPOSE 8080|'), ['8080/tcp', '8080/udp']);
      assert.deepEqual(await labels('FROM a:1\nEXPOSE 80 53/|'), ['53/tcp', '53/udp']);
      const found = await labels('FROM a:1\nSTOPSIGNAL |');
      assert.ok(found.includes('SIGTERM') && found.includes('SIGQUIT'));
    });
  });

  describe(`Dockerfile completion: ranking (${eolName})`, () => {
    /** Labels in the order an editor shows them when nothing is typed: by sortText, then label. */
    const ranked = async (source: string) =>
      (await complete(source)).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label);

    test('RUN flags: --mount first, then --network and --security; the experimental --device last, marked so', async () => {
      assert.deepEqual(await ranked('FROM a:1\nRUN --|'), ['--mount', '--network', '--security', '--device']);
      const device = (await complete('FROM a:1\nRUN --|')).find((item) => item.label === '--device')!;
      assert.equal(device.labelDetails?.description, 'experimental');
      assert.match(device.detail!, /experimental · dockerfile:1-labs/);
      const korean = (await complete('FROM a:1\nRUN --|', { language: 'ko' })).find((item) => item.label === '--device')!;
      assert.equal(korean.labelDetails?.description, '실험적');
    });

    test('COPY and ADD flags: the everyday ones first', async () => {
      assert.deepEqual((await ranked('FROM a:1\nCOPY --|')).slice(0, 3), ['--from', '--chown', '--chmod']);
      assert.deepEqual((await ranked('FROM a:1\nADD --|')).slice(0, 2), ['--chown', '--chmod']);
    });

    test('--mount= values: type first, then the keys of that type', async () => {
      assert.deepEqual((await ranked('FROM a:1\nRUN --mount=|')).slice(0, 2), ['type', 'target']);
      assert.deepEqual((await ranked('FROM a:1\nRUN --mount=type=cache,|')).slice(0, 3), ['id', 'target', 'readonly']);
      assert.deepEqual((await ranked('FROM a:1\nRUN --mount=type=secret,|')).slice(0, 3), ['id', 'target', 'env']);
    });
  });

  describe(`Dockerfile completion: snippets where they fit (${eolName})`, () => {
    const snippets = async (source: string, options: ContextOptions = {}) => (await complete(source, options)).filter((item) => item.kind === CompletionItemKind.Snippet);
    const everySnippet = ['multistage-maven', 'multistage-node', 'multistage-go', 'multistage-python', 'apt-get', 'user-nonroot', 'healthcheck'];

    test('where an instruction starts, all of them; found by any prefix, even one with a dash', async () => {
      assert.deepEqual((await snippets('FROM a:1\n|')).map((item) => item.label).sort(), [...everySnippet].sort());
      const aptGet = (await snippets('FROM a:1\napt-|')).find((item) => item.label === 'apt-get')!;
      assert.match(aptGet.filterText!, /\bapt-install\b/);
      assert.match(newText(aptGet)!, /^RUN apt-get update \\\n/);
    });

    test('before the first FROM only the ones that start with FROM; none after ONBUILD', async () => {
      assert.deepEqual((await snippets('|')).map((item) => item.label).sort(), ['multistage-go', 'multistage-maven', 'multistage-node', 'multistage-python']);
      assert.deepEqual(await snippets('FROM a:1\nONBUILD |'), []);
    });

    test('never in a flag, a flag value, an argument, a variable or a comment', async () => {
      for (const source of ['FROM a:1\nRUN --|', 'FROM a:1\nRUN --mount=|', 'FROM a:1\nRUN --mount=type=cache,|', 'FROM a:1\nCOPY --from=|', 'FROM |', 'FROM a:1\nRUN apt-get |', 'FROM a:1\nEXPOSE 80/|', 'FROM a:1\nRUN echo $|', '# |', 'FROM a:1\nRUN \\\n  |']) {
        assert.deepEqual(await snippets(source), [], source);
      }
    });

    test('in Korean: the name, the description and the body\'s comments', async () => {
      const maven = (await snippets('FROM a:1\n|', { language: 'ko' })).find((item) => item.label === 'multistage-maven')!;
      assert.equal(maven.detail, '멀티 스테이지 빌드: Maven (Java)');
      assert.match((maven.documentation as MarkupContent).value, /JRE만 있는 이미지/);
      assert.match(newText(maven)!, /^# 빌드 스테이지: /);
      const english = (await snippets('FROM a:1\n|')).find((item) => item.label === 'multistage-maven')!;
      assert.match(newText(english)!, /^# Build stage: /);
    });
  });

  describe(`Dockerfile completion: stages, variables, directives, images (${eolName})`, () => {
    const stages = 'FROM maven:3.9 AS build\nRUN mvn package\nFROM node:22 AS web\n';

    test('stage names after COPY --from=, --mount=…,from= and FROM: only earlier stages', async () => {
      assert.deepEqual(await labels(`${stages}FROM eclipse-temurin:21\nCOPY --from=|`), ['build', 'web']);
      assert.deepEqual(await labels(`${stages}COPY --from=|`), ['build'], 'a stage cannot copy from itself');
      assert.deepEqual(await labels(`${stages}RUN --mount=type=bind,from=|`), ['build']);
      const images = await labels(`${stages}FROM |`);
      assert.ok(images.includes('build') && images.includes('web'));
    });

    test('AS after the FROM image', async () => {
      assert.deepEqual(await labels('FROM alpine:3.20 |'), ['AS']);
      assert.deepEqual(await labels('from alpine:3.20 |'), ['as']);
    });

    test('variables after $ and ${: ARG/ENV in scope, proxy and platform args', async () => {
      const source = 'ARG BASE=alpine\nFROM $BASE\nARG VERSION=1.2\nENV APP_HOME=/app\nRUN echo ${|}\nENV LATER=1';
      const items = await complete(source);
      const found = items.map((item) => item.label);
      for (const name of ['VERSION', 'APP_HOME', 'TARGETARCH', 'BUILDPLATFORM', 'HTTP_PROXY']) assert.ok(found.includes(name), name);
      assert.ok(!found.includes('LATER'), 'declared after the cursor');
      assert.ok(!found.includes('BASE'), 'a global ARG is not in a stage unless redeclared');
      assert.equal(newText(items.find((item) => item.label === 'VERSION')), 'VERSION', 'the closing brace is already there');
      assert.match(items.find((item) => item.label === 'VERSION')!.detail!, /ARG = 1\.2/);
      const open = await complete('FROM a:1\nENV A=1\nRUN echo ${A|');
      assert.equal(newText(open.find((item) => item.label === 'A')), 'A}');
      assert.ok((await labels('ARG BASE=alpine\nFROM $|')).includes('BASE'), 'global ARGs on a FROM line');
    });

    test('parser directives and their values at the top of the file', async () => {
      assert.deepEqual((await labels('# |\nFROM a:1')).sort(), ['check', 'escape', 'syntax']);
      assert.deepEqual((await labels('# syntax=docker/dockerfile:1\n# |')).sort(), ['check', 'escape']);
      assert.ok((await labels('# syntax=|')).includes('docker/dockerfile:1'));
      assert.ok((await labels('# check=skip=JSONArgsRecommended,|')).includes('StageNameCasing'));
      assert.deepEqual(await labels('FROM a:1\n# |'), [], 'directives only count at the top');
    });

    test('images after FROM: local images first, then official ones', async () => {
      const images = [{ tags: ['myapp:dev'], id: 'sha256:1', size: 12_300_000, created: '2026-01-01T00:00:00Z' }];
      const items = await complete('FROM |', { images });
      const local = items.find((item) => item.label === 'myapp:dev')!;
      assert.ok(local, 'the local image');
      assert.match(local.detail!, /local image · 12 MB/);
      const node = items.find((item) => item.label === 'node')!;
      assert.match(newText(node)!, /^node:\$\{1:[^}]+\}$/);
      assert.ok(local.sortText! < node.sortText!);
    });

    test('no request to the engine outside FROM', async () => {
      const ctx = context();
      const { ast, cursor } = parse('FROM a:1\nRUN |', eol);
      await completion(ast, cursor, ctx);
      assert.deepEqual(ctx.inspected, []);
    });
  });
}
