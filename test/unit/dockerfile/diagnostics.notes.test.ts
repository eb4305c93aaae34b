/**
 * The Dockerfile snippets of the five study notes, as written (slips
 * included): every mistake in them must be caught, and the good ones must
 * not be flagged as errors.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { diagnose, messageOf } from './diagnostics.support';

/** `[line, code]` of every diagnostic, to compare with what the note's reader must be told. */
function found(diagnostics: readonly Diagnostic[], severity?: DiagnosticSeverity): [number, string][] {
  return diagnostics.filter((d) => severity === undefined || d.severity === severity).map((d) => [d.range.start.line, String(d.code)]);
}

for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  describe(`the notes' Dockerfiles (${eolName})`, () => {
    test('000: the Node Dockerfile with EXPOSEE, ADD without destination, legacy ENV', () => {
      const source = [
        '# 베이스이미지',
        'FROM node:6.2.2',
        '# 명령 실행 - 이미지를 작성하기 위해 실행하는 명령 ',
        'RUN mkdir -p /app',
        '',
        '# 작업 디렉토리 설정 ',
        'WORKDIR /app',
        '',
        '# 호스트 OS 의 파일들을 컨테이너 안으로 이동',
        'ADD express-test',
        '',
        '# 환경변수추가',
        'ENV NODE_ENV developer',
        '',
        '# 포트 노출 (3000,80 노출)',
        'EXPOSEE 3000 80',
        'CMD ["npm","start"]',
      ].join('\n');
      const { diagnostics } = diagnose(source, eol);
      assert.deepEqual(found(diagnostics, DiagnosticSeverity.Error), [[9, 'argument-count'], [15, 'unknown-instruction']]);
      assert.equal(messageOf(diagnostics.find((d) => d.code === 'unknown-instruction')!), 'Unknown instruction EXPOSEE. Did you mean EXPOSE?');
      assert.deepEqual(found(diagnostics, DiagnosticSeverity.Warning), [[12, 'LegacyKeyValueFormat']]);
      assert.ok(found(diagnostics).some(([line, code]) => line === 1 && code === 'no-user'));
    });

    test('001: FROM alpine without a tag', () => {
      const { diagnostics } = diagnose('FROM alpine', eol);
      assert.deepEqual(found(diagnostics), [[0, 'implicit-latest-tag'], [0, 'no-user']]);
    });

    test('001: LABEL KEY이름 = value', () => {
      const { diagnostics } = diagnose('FROM alpine:3.20\nLABEL KEY이름 = value', eol);
      assert.deepEqual(found(diagnostics, DiagnosticSeverity.Error), [[1, 'spaces-around-equals']]);
    });

    test('001: apt-get update and install in separate RUNs', () => {
      const { diagnostics } = diagnose('FROM ubuntu:20.04\nLABEL maintainer="test"\n\nRUN apt-get update\nRUN apt-get install -y apache2 apt-utils', eol);
      assert.deepEqual(found(diagnostics).filter(([, code]) => code !== 'no-user'), [
        [3, 'apt-get-update-alone'],
        [4, 'consecutive-run'],
        [4, 'apt-get-install-options'],
        [4, 'apt-lists-not-cleaned'],
      ]);
    });

    test('001: the MySQL image with its root password in ENV', () => {
      const { diagnostics } = diagnose('FROM mysql:8.4\n\nENV MYSQL_ROOT_PASSWORD=ROOT비밀번호\nENV MYSQL_DATABASE=DB이름 ', eol);
      assert.deepEqual(found(diagnostics, DiagnosticSeverity.Warning), [[2, 'SecretsUsedInArgOrEnv']]);
    });

    test('001: several CMDs, of which only the last applies', () => {
      const { diagnostics } = diagnose('FROM httpd:alpine\nWORKDIR /usr/local/apache2/htdocs\nCMD ["httpd-foreground"]\nCMD ["echo", "hi"]', eol);
      assert.deepEqual(found(diagnostics, DiagnosticSeverity.Warning), [[2, 'MultipleInstructionsDisallowed']]);
    });

    test('004: the Maven single- and multi-stage builds are clean of errors and warnings', () => {
      const single = '# 빌드 환경 설정\nFROM maven:3.6-jdk-11 \nWORKDIR /app\n\nCOPY pom.xml .\nCOPY src ./src\n\nRUN mvn clean package\n\nRUN cp /app/target/*.jar ./app.jar\n\nEXPOSE 8080\nCMD ["java", "-jar", "app.jar"]';
      const multi = 'FROM maven:3.6 AS build\nWORKDIR /app\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn clean package\n\nFROM openjdk:11-jre-slim\nWORKDIR /app\nCOPY --from=build /app/target/*.jar ./app.jar\nEXPOSE 8080\nCMD ["java", "-jar", "app.jar"]';
      for (const source of [single, multi]) {
        const { diagnostics } = diagnose(source, eol);
        assert.deepEqual(diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).map((d) => messageOf(d)), []);
      }
      const { diagnostics } = diagnose(single, eol);
      assert.ok(found(diagnostics).some(([line, code]) => line === 9 && code === 'consecutive-run'), 'the notes advise joining RUNs with &&');
    });
  });
}
