/**
 * Dockerfile diagnostics and quick-fix titles follow the docs language:
 * Korean for `ko`, English (unchanged) for `en`, Korean then English for `both`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { parseDockerfile, reparseDockerfile } from '../../../server/src/dockerfile/parser';
import { dockerfileCodeActions } from '../../../server/src/service/dockerfile/codeActions';
import { dockerfileDiagnostics } from '../../../server/src/service/dockerfile/diagnostics';
import type { DocsLanguage } from '../../../server/src/service/settings';
import { contextWith, dockerfileUri, messageOf } from './diagnostics.support';

const hangul = /[\uAC00-\uD7A3]/;

function diagnoseIn(language: DocsLanguage, lines: readonly string[], eol: string, files: Record<string, string> = {}, uri = dockerfileUri): Diagnostic[] {
  const ast = parseDockerfile(lines.join(eol), uri, 1);
  return dockerfileDiagnostics(ast, { ...contextWith(files), docsLanguage: language });
}

function messageFor(language: DocsLanguage, lines: readonly string[], eol: string, code: string): string {
  const diagnostic = diagnoseIn(language, lines, eol).find((d) => d.code === code);
  assert.ok(diagnostic, `no ${code} diagnostic`);
  return messageOf(diagnostic);
}

/** The notes' slips, each with the rule it breaks and what the English message says today. */
const slips = [
  { name: 'EXPOSEE', lines: ['FROM node:6.2.2', 'EXPOSEE 3000 80'], code: 'unknown-instruction', en: 'Unknown instruction EXPOSEE. Did you mean EXPOSE?', koHas: 'EXPOSE' },
  { name: 'ADD without a destination', lines: ['FROM node:6.2.2', 'ADD express-test'], code: 'argument-count', en: 'ADD needs a source and a destination: ADD <src>... <dest> (only "express-test" is given).', koHas: 'express-test' },
  {
    name: 'LABEL KEY이름 = value',
    lines: ['FROM alpine:3.20', 'LABEL KEY이름 = value'],
    code: 'spaces-around-equals',
    en: 'LABEL KEY이름 has spaces around "=": Docker would not read it as key=value. Write LABEL key=value with no spaces (quote the value if it has spaces).',
    koHas: '공백',
  },
] as const;

for (const { name: eolName, eol } of [{ name: 'LF', eol: '\n' }, { name: 'CRLF', eol: '\r\n' }]) {
  describe(`Dockerfile diagnostics in Korean (${eolName})`, () => {
    for (const slip of slips) {
      test(`${slip.name}: Korean under ko, English under en, both under both`, () => {
        const en = messageFor('en', slip.lines, eol, slip.code);
        const ko = messageFor('ko', slip.lines, eol, slip.code);
        const both = messageFor('both', slip.lines, eol, slip.code);
        assert.equal(en, slip.en);
        assert.match(ko, hangul);
        assert.ok(ko.includes(slip.koHas), ko);
        assert.notEqual(ko, en);
        assert.equal(both, `${ko}\n\n${en}`);
      });
    }

    test('EXPOSEE: the Korean message names the suggestion', () => {
      assert.equal(messageFor('ko', slips[0].lines, eol, 'unknown-instruction'), 'EXPOSEE는 알 수 없는 명령어입니다. EXPOSE를 쓰려던 것인가요?');
    });

    test('an instruction taken over from the previous parse is re-said when the language changes', () => {
      const uri = 'file:///project/incremental/Dockerfile';
      const first = parseDockerfile(['FROM alpine:3.20', 'EXPOSEE 80', 'RUN echo 1', 'RUN echo 2', 'RUN echo 3', ''].join(eol), uri, 1);
      // The document's memory of its last run, as DocumentCache keeps it.
      const memory = { lastRun: undefined };
      const english = dockerfileDiagnostics(first, contextWith(), memory).find((d) => d.code === 'unknown-instruction');
      const edited = reparseDockerfile(first, ['FROM alpine:3.20', 'EXPOSEE 80', 'RUN echo 1', 'RUN echo 2', 'RUN echo three', ''].join(eol), 2);
      assert.equal(edited.instructions[1], first.instructions[1], 'the edit keeps the EXPOSEE instruction');
      const korean = dockerfileDiagnostics(edited, { ...contextWith(), docsLanguage: 'ko' }, memory).find((d) => d.code === 'unknown-instruction');
      assert.ok(english && korean);
      assert.doesNotMatch(messageOf(english), hangul);
      assert.match(messageOf(korean), hangul);
    });

    test('quick-fix titles follow the language; both is one line, Korean first', () => {
      const lines = ['FROM alpine:3.20', 'EXPOSEE 80'];
      const titles = (language: DocsLanguage) => {
        const ast = parseDockerfile(lines.join(eol), dockerfileUri, 1);
        const ctx = { ...contextWith(), docsLanguage: language };
        const diagnostic = dockerfileDiagnostics(ast, ctx).find((d) => d.code === 'unknown-instruction')!;
        return dockerfileCodeActions(ast, diagnostic.range, { diagnostics: [diagnostic] }, ctx).map((a) => a.title);
      };
      assert.deepEqual(titles('en'), ['Change to EXPOSE']);
      assert.deepEqual(titles('ko'), ['EXPOSE로 고치기']);
      assert.deepEqual(titles('both'), ['EXPOSE로 고치기 / Change to EXPOSE']);
    });

    test('every rule a varied file breaks speaks Korean under ko', () => {
      const sources: { lines: string[]; files?: Record<string, string> }[] = [
        {
          lines: [
            '# syntax=docker/dockerfile:1',
            '# syntax=docker/dockerfile:1',
            '# escape=x',
            '# check=skip=NoSuchCheck!',
            'WORKDIR /app',
            'ARG BASE_IMAGE',
            'FROM $BASE_IMAGE',
            'FROM --platform=linux/amd64 node AS Build',
            'from alpine as ok',
            'FROM --platform=$TARGETPLATFORM alpine:3.20 AS scratch',
            'FROM alpine:3.20 AS dup',
            'FROM alpine:3.20 AS dup',
            'MAINTAINER me@example.com',
            'EXPOSEE 80',
            'FOOBAR x',
            'COPY --chmod=999 --bogus=1 a b',
            'COPY --from=dup --from=dup x /x',
            'COPY --from=later y /y',
            'ADD --checksum=md5 ./a /b',
            'ADD --link=maybe a /b',
            'ADD ./local.txt /local.txt',
            'ADD',
            'RUN --mount=type=nope echo',
            'RUN --mount=type=cache,mode=abc echo',
            'RUN --mount=type=cache,src=x echo',
            'RUN --mount=type=cache,nokey=1 echo',
            'RUN --mount=type=tmpfs,size=lots echo',
            'RUN --network=mesh echo',
            'RUN --security echo',
            'RUN ["apt-get" "update"]',
            'RUN apt-get update',
            'RUN apt-get install curl',
            'RUN cd /tmp && make',
            'RUN sudo make install',
            'RUN',
            'ENV',
            'ENV PASSWORD=hunter2',
            'ENV KEY value',
            'ENV ONLYKEY',
            'ENV A=1 B',
            'ENV =x',
            'LABEL KEY이름 = value',
            'EXPOSE',
            'EXPOSE 127.0.0.1:80:80 99999 80/TCP 80/xyz abc',
            'STOPSIGNAL SIGNOPE',
            'STOPSIGNAL',
            'USER',
            'VOLUME',
            'ONBUILD',
            'ONBUILD FROM alpine',
            'SHELL /bin/sh',
            'SHELL []',
            'HEALTHCHECK NONE extra',
            'HEALTHCHECK --interval=5 CMD true',
            'HEALTHCHECK NONE',
            'HEALTHCHECK --interval=5s NONE',
            'HEALTHCHECK curl',
            'HEALTHCHECK CMD',
            'CMD npm start',
            'CMD npm start',
            'ENTRYPOINT ${APP',
            'RUN echo ${} ${A/x/y/z} ${UNDEFINED_THING} $TARGETARCH $PASSWORDD',
            'RUN echo a && \\',
            '',
            '    echo b',
            'WORKDIR relative',
            'FROM node AS later',
            'COPY . .',
            'RUN npm install',
          ],
        },
        { lines: ['RUN echo before from', 'ENV X=1'] },
        { lines: ['ARG V=${UNDECLARED}', 'FROM alpine:${V}', 'COPY secret.txt /s'], files: { 'file:///project/.dockerignore': 'secret.txt\n' } },
        { lines: ['ARG TAG=', 'FROM alpine${TAG}:bad tag', 'Run echo', 'run echo', 'RuN echo', 'COPY --from=0 a /a'] },
        { lines: ['ARG IMG=""', 'FROM ${IMG}', 'FROM alpine:3.20 AS context', 'ADD --exclude=x a /a', 'ENV FOO=1', 'RUN echo $FO0 $FOOO'] },
      ];
      const seen = new Set<string>();
      for (const { lines, files } of sources) {
        for (const diagnostic of diagnoseIn('ko', lines, eol, files)) {
          seen.add(String(diagnostic.code));
          assert.match(messageOf(diagnostic), hangul, `${String(diagnostic.code)}: ${messageOf(diagnostic)}`);
        }
      }
      // The sweep is only worth something while it reaches most rules.
      assert.ok(seen.size >= 40, `only ${seen.size} rules reached: ${[...seen].sort().join(', ')}`);
    });
  });
}
