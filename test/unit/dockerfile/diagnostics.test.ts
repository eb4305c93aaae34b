/**
 * Dockerfile diagnostics: what `docker build` rejects (errors), BuildKit's
 * build checks (warnings) and the layer/cache hints. Each case marks with `|`
 * where the diagnostic must start, under both `\n` and `\r\n`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { codes, codesAt, diagnose, messageOf } from './diagnostics.support';

for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  /** Asserts that each marker carries a diagnostic with `code`, and that `code` appears nowhere else. */
  const expectAt = (code: string, source: string) => {
    const { diagnostics, cursors } = diagnose(source, eol);
    assert.ok(cursors.length > 0, 'the case needs a marker');
    for (const cursor of cursors) assert.ok(codesAt(diagnostics, cursor).includes(code), `${code} at ${JSON.stringify(cursor)}; got ${JSON.stringify(diagnostics.map((d) => [d.code, d.range.start]))}`);
    assert.equal(codes(diagnostics).filter((c) => c === code).length, cursors.length, `exactly ${cursors.length} × ${code}`);
    return diagnostics.filter((d) => d.code === code);
  };
  const expectNone = (code: string, source: string) => {
    const { diagnostics } = diagnose(source, eol);
    assert.deepEqual(diagnostics.filter((d) => d.code === code).map((d) => messageOf(d)), [], `no ${code}`);
  };

  describe(`Dockerfile diagnostics: errors (${eolName})`, () => {
    test('an unknown instruction suggests the closest one', () => {
      const [d] = expectAt('unknown-instruction', 'FROM alpine:3\n|EXPOSEE 3000\n|FORM x\n|FOOBAR 1');
      assert.equal(messageOf(d), 'Unknown instruction EXPOSEE. Did you mean EXPOSE?');
      assert.equal(d.severity, DiagnosticSeverity.Error);
      assert.equal(d.source, 'dockside');
      assert.match(d.codeDescription?.href ?? '', /^https:\/\/docs\.docker\.com\/reference\/dockerfile\//);
      const { diagnostics } = diagnose('FROM alpine:3\nFORM x\nFOOBAR 1', eol);
      assert.match(messageOf(diagnostics.find((x) => x.range.start.line === 1)!), /Did you mean FROM\?/);
      assert.doesNotMatch(messageOf(diagnostics.find((x) => x.range.start.line === 2)!), /Did you mean/);
    });

    test('a Dockerfile without FROM, or with an instruction before it other than ARG', () => {
      expectAt('missing-from', '|RUN echo hi\nCMD ["sh"]');
      expectAt('instruction-before-from', 'ARG V=1\n|ENV X=1\nFROM alpine:$V');
      expectNone('instruction-before-from', '# syntax=docker/dockerfile:1\nARG V=1\nFROM alpine:$V');
    });

    test('wrong argument counts: ADD without a destination, FROM with two words, USER with two', () => {
      const [add] = expectAt('argument-count', 'FROM node:20\nADD |express-test\nFROM |node:20 AS\nUSER |a b\n|STOPSIGNAL\nCOPY |["only"]');
      assert.match(messageOf(add), /source and a destination/);
      expectNone('argument-count', 'FROM node:20 AS build\nCOPY <<EOF /etc/x\nhi\nEOF\nADD a b /dest/\nUSER node:node\nCMD []');
    });

    test('unknown flags for every instruction, RUN included', () => {
      const [d] = expectAt('unknown-flag', 'FROM alpine:3\nRUN |--mnt=type=cache,target=/x echo\nCOPY |--form=build a b\nWORKDIR |--x=1 /a\nRUN |--device=x echo');
      assert.match(messageOf(d), /--mount, --network, --security/);
      expectNone('unknown-flag', '# syntax=docker/dockerfile:1-labs\nFROM alpine:3\nRUN --device=x echo');
    });

    test('invalid flag values: RUN --network/--security/--mount, durations, chmod, checksum', () => {
      expectAt('invalid-flag-value', [
        'FROM alpine:3',
        'RUN --network=|bridge --security=|unsafe echo',
        'HEALTHCHECK --interval=|5 --timeout=|10sec --retries=|x CMD true',
        'COPY --chmod=|999 --link=|yes a /b',
        'ADD --checksum=|md5:abc https://example.com/x /x',
        'COPY |--from a b',
      ].join('\n'));
      expectNone('invalid-flag-value', 'FROM --platform=$BUILDPLATFORM alpine:3 AS a\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=3 CMD true\nCOPY --chmod=u+x --link --chown=1000:app a /b\nRUN --network=none --security=insecure echo');
    });

    test('RUN --mount types, keys and values', () => {
      const mounts = expectAt('invalid-mount', [
        'FROM alpine:3',
        'RUN --mount=|type=volume,target=/x echo',
        'RUN --mount=|type=cache,target=/x,sharing=public echo',
        'RUN --mount=|type=cache,target=/x,colour=red echo',
        'RUN --mount=|type=tmpfs,size=1g echo',
        'RUN --mount=|type=secret,id=x,mode=rwx echo',
      ].join('\n'));
      assert.match(messageOf(mounts[0]), /bind, cache, tmpfs, secret, ssh/);
      assert.match(messageOf(mounts[1]), /shared, private, locked/);
      expectAt('mount-key-ignored', 'FROM alpine:3\nRUN --mount=|type=cache,target=/x,size=10 echo');
      expectNone('invalid-mount', 'FROM alpine:3\nRUN --mount=type=cache,target=/root/.cache,sharing=locked,id=go --mount=type=secret,id=npm,env=NPM_TOKEN,required --mount=type=bind,from=alpine:3,source=/etc,target=/mnt,ro echo');
    });

    test('invalid EXPOSE ports and protocols, STOPSIGNAL and HEALTHCHECK', () => {
      expectAt('invalid-port', 'FROM alpine:3\nEXPOSE 80 |http |70000 |90-80');
      expectAt('invalid-protocol', 'FROM alpine:3\nEXPOSE |53/icmp 53/udp 80/tcp 9/sctp');
      expectAt('invalid-signal', 'FROM alpine:3\nSTOPSIGNAL |SIGFOO');
      expectNone('invalid-signal', 'FROM alpine:3\nSTOPSIGNAL SIGRTMIN+3\nSTOPSIGNAL 9\nSTOPSIGNAL quit');
      expectAt('invalid-healthcheck', 'FROM alpine:3\nHEALTHCHECK |curl localhost\nHEALTHCHECK |CMD\nHEALTHCHECK |NONE extra');
    });

    test('duplicate stage names are BuildKit\'s warning (it builds such a file)', () => {
      const [d] = expectAt('DuplicateStageName', 'FROM alpine:3 AS build\nFROM alpine:3 AS |Build');
      assert.equal(d.severity, DiagnosticSeverity.Warning);
    });

    test('COPY --from naming its own stage or a later one', () => {
      expectAt('copy-from-self', 'FROM alpine:3 AS a\nCOPY --from=|a /x /y');
      expectAt('copy-from-later-stage', 'FROM alpine:3 AS a\nCOPY --from=|b /x /y\nRUN --mount=|type=bind,from=b,target=/b true\nFROM alpine:3 AS b\nCOPY --from=|2 /x /y\nFROM alpine:3');
      expectNone('copy-from-later-stage', 'FROM alpine:3 AS a\nFROM alpine:3\nCOPY --from=a /x /y\nCOPY --from=0 /x /y\nCOPY --from=nginx:1 /x /y');
    });

    test('bad escape directive, unterminated ${, and spaces around = in LABEL/ENV', () => {
      expectAt('invalid-escape-directive', '# escape=|/\nFROM alpine:3');
      expectAt('malformed-variable', 'FROM alpine:3\nENV A=|${B\nWORKDIR |${C:1}');
      const [label] = expectAt('spaces-around-equals', 'FROM alpine:3\nLABEL |KEY이름 = value\nENV |A= b');
      assert.match(messageOf(label), /KEY이름=value|key=value/);
    });

    test('SHELL must be JSON, ONBUILD cannot wrap FROM', () => {
      expectAt('shell-requires-json', 'FROM alpine:3\nSHELL |/bin/bash -c');
      expectAt('invalid-onbuild-trigger', 'FROM alpine:3\nONBUILD |FROM alpine');
      expectAt('unknown-flag', 'FROM alpine:3\nONBUILD COPY |--form=x a b');
    });
  });

  describe(`Dockerfile diagnostics: BuildKit checks (${eolName})`, () => {
    test('each check appears under its BuildKit name with its docs link', () => {
      const [d] = expectAt('JSONArgsRecommended', 'FROM alpine:3\nCMD |node server.js\nENTRYPOINT |./run.sh\nCMD ["ok"]');
      assert.equal(d.severity, DiagnosticSeverity.Warning);
      assert.equal(d.codeDescription?.href, 'https://docs.docker.com/reference/build-checks/json-args-recommended/');
      expectNone('JSONArgsRecommended', 'FROM alpine:3\nSHELL ["/bin/bash", "-c"]\nCMD node server.js');
    });

    test('casing: instructions, FROM … AS, stage names', () => {
      expectAt('ConsistentInstructionCasing', 'FROM alpine:3\n|run echo\nRUN echo\n|Copy a b');
      expectAt('FromAsCasing', 'FROM alpine:3 |as build');
      expectAt('StageNameCasing', 'FROM alpine:3 AS |Build');
      expectAt('ReservedStageName', 'FROM alpine:3 AS |scratch');
    });

    test('EXPOSE format and protocol casing', () => {
      expectAt('ExposeInvalidFormat', 'FROM alpine:3\nEXPOSE |8080:80 |127.0.0.1:80:80 443');
      expectAt('ExposeProtoCasing', 'FROM alpine:3\nEXPOSE |80/TCP');
    });

    test('FROM --platform: constant, redundant, and undefined or empty ARGs', () => {
      expectAt('FromPlatformFlagConstDisallowed', 'FROM --platform=|linux/amd64 alpine:3');
      expectNone('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 alpine:3 AS build-amd64');
      expectAt('RedundantTargetPlatform', 'FROM --platform=|$TARGETPLATFORM alpine:3');
      expectAt('UndefinedArgInFrom', 'FROM |$IMAGE\nFROM --platform=$BUILDPLATFORM alpine:3');
      expectAt('InvalidDefaultArgInFrom', 'ARG TAG\nFROM |busybox:${TAG}');
      expectNone('InvalidDefaultArgInFrom', 'ARG TAG=1.36\nFROM busybox:${TAG}');
    });

    test('legacy key value, MAINTAINER, several CMDs, empty continuation lines', () => {
      expectAt('LegacyKeyValueFormat', 'FROM alpine:3\nENV |NODE_ENV developer\nLABEL |version 1');
      expectAt('MaintainerDeprecated', 'FROM alpine:3\n|MAINTAINER me@example.com');
      const [multiple] = expectAt('MultipleInstructionsDisallowed', 'FROM alpine:3\n|CMD ["a"]\n|CMD ["b"]\nCMD ["c"]\nFROM alpine:3\nCMD ["d"]');
      assert.match(messageOf(multiple), /only the last one applies/);
      expectAt('NoEmptyContinuation', 'FROM alpine:3\nRUN echo a \\\n\n|  b');
    });

    test('secrets in ARG or ENV, like the notes\' MYSQL_ROOT_PASSWORD', () => {
      expectAt('SecretsUsedInArgOrEnv', 'FROM mysql:8\nENV |MYSQL_ROOT_PASSWORD=secret MYSQL_DATABASE=db\nARG |GITHUB_TOKEN');
      expectNone('SecretsUsedInArgOrEnv', 'FROM alpine:3\nARG PUBLIC_KEY\nENV KEYBOARD=us');
    });

    test('undefined variables: undeclared platform args, typos, and everything in a scratch stage; after an image we do not know, only what is certain', () => {
      expectAt('UndefinedVar', 'FROM alpine:3\nARG VERSION=1\nCOPY app-|$VERSIN /app\nRUN echo $NOT_CHECKED\nWORKDIR /|$TARGETARCH');
      expectAt('UndefinedVar', 'FROM scratch\nCOPY |$FOO /x');
      expectAt('UndefinedVar', 'ARG VERSION=1\nFROM alpine:3\nCOPY app-|$VERSION /app\nARG VERSION\nCOPY app-$VERSION /app');
      expectNone('UndefinedVar', 'FROM registry.example.com/team/base:3\nENV APP_HOME=/a\nWORKDIR $APP_NAME');
      expectNone('UndefinedVar', 'FROM alpine:3 AS base\nENV APP=/app\nFROM base\nARG TARGETARCH\nWORKDIR $APP/$TARGETARCH\nCOPY ${MISSING:-x} $PATH /y');
    });

    test('relative WORKDIR and ignored COPY sources', () => {
      expectAt('WorkdirRelativePath', 'FROM alpine:3\nWORKDIR |app\nWORKDIR sub');
      const { diagnostics } = diagnose('FROM alpine:3\nCOPY secrets.env /app/\nCOPY node_modules/x /y\nCOPY src /src', eol, { 'file:///project/.dockerignore': '*.env\nnode_modules\n!src' });
      assert.deepEqual(diagnostics.filter((d) => d.code === 'CopyIgnoredFile').map((d) => d.range.start.line), [1, 2]);
    });

    test('# check=skip=… silences checks and error=true makes them errors', () => {
      const { diagnostics } = diagnose('# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM alpine:3 AS Build\nCMD node x\nMAINTAINER me', eol);
      assert.deepEqual(codes(diagnostics).filter((c) => c !== 'no-user'), ['MaintainerDeprecated']);
      assert.equal(diagnostics.find((d) => d.code === 'MaintainerDeprecated')?.severity, DiagnosticSeverity.Error);
      const all = diagnose('# check=skip=all\nFROM alpine:3 AS Build\nCMD node x', eol);
      assert.deepEqual(all.diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint), []);
    });
  });

  describe(`Dockerfile diagnostics: hints (${eolName})`, () => {
    test('each hint is a Hint whose message says why', () => {
      const [d] = expectAt('consecutive-run', 'FROM alpine:3\nRUN a\n|RUN b\nRUN --mount=type=cache,target=/x c');
      assert.equal(d.severity, DiagnosticSeverity.Hint);
      assert.match(messageOf(d), /layer/);
    });

    test('apt-get: update alone, missing options, no cleanup', () => {
      expectAt('apt-get-update-alone', 'FROM ubuntu:20.04\nRUN |apt-get update');
      expectAt('apt-get-install-options', 'FROM ubuntu:20.04\nRUN apt-get update && apt-get |install apache2 && rm -rf /var/lib/apt/lists/*');
      expectAt('apt-lists-not-cleaned', 'FROM ubuntu:20.04\nRUN apt-get update && apt-get -y |install --no-install-recommends apache2');
      expectNone('apt-get-install-options', 'FROM ubuntu:20.04\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*');
      expectNone('apt-lists-not-cleaned', 'FROM ubuntu:20.04\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends curl');
    });

    test('COPY . . before the dependency install, ADD instead of COPY, implicit latest', () => {
      expectAt('copy-all-before-install', 'FROM node:20\n|COPY . .\nRUN npm ci');
      expectNone('copy-all-before-install', 'FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .');
      expectAt('prefer-copy', 'FROM node:20\n|ADD app /app\nADD https://example.com/a.tgz /a\nADD rootfs.tar.gz /');
      expectAt('implicit-latest-tag', 'FROM |node\nFROM node:20 AS b\nFROM b\nFROM scratch\nFROM node@sha256:abc');
    });

    test('cd and sudo in RUN, no USER in the final stage', () => {
      expectAt('cd-in-run', 'FROM alpine:3\nRUN |cd /src && make');
      expectAt('sudo-in-run', 'FROM alpine:3\nRUN |sudo apk add curl');
      expectAt('no-user', 'FROM alpine:3 AS build\nUSER app\n|FROM alpine:3');
      expectNone('no-user', 'FROM alpine:3 AS base\nUSER app\nFROM base');
    });

    test('no .dockerignore beside a Dockerfile that copies the whole context', () => {
      const without = diagnose('FROM alpine:3\nCOPY . /app', eol);
      assert.deepEqual(without.diagnostics.filter((d) => d.code === 'missing-dockerignore').map((d) => d.range.start.line), [1]);
      const withIgnore = diagnose('FROM alpine:3\nCOPY . /app', eol, { 'file:///project/.dockerignore': '.git' });
      assert.equal(withIgnore.diagnostics.filter((d) => d.code === 'missing-dockerignore').length, 0);
    });
  });
}

describe('Dockerfile diagnostics on large files', () => {
  test('stay linear: twice the lines take roughly twice the time, not four times', () => {
    const block = 'FROM alpine:3 AS s\nARG V=1\nENV A=$V\nRUN apt-get update && apt-get install -y curl \\\n  && rm -rf /var/lib/apt/lists/*\nCOPY --from=s a b\nEXPOSE 80/tcp\n';
    const measure = (copies: number) => {
      const source = block.repeat(copies);
      const started = process.hrtime.bigint();
      diagnose(source);
      return Number(process.hrtime.bigint() - started);
    };
    measure(200);
    const small = Math.min(measure(500), measure(500));
    const large = Math.min(measure(2000), measure(2000));
    assert.ok(large < small * 10, `4× the input took ${(large / small).toFixed(1)}× the time`);
  });
});
