/** Find all references for stage names, ARG/ENV variables (scoped like Docker) and heredoc delimiters. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { references } from '../../../server/src/service/dockerfile/references';
import { eols, parse } from './features.support';

for (const [eolName, eol] of eols) {
  const linesOf = (source: string, includeDeclaration = true) => {
    const parsed = parse(source, eol);
    return references(parsed.ast, parsed.cursor, includeDeclaration).map((location) => location.range.start.line);
  };

  describe(`Dockerfile references (${eolName})`, () => {
    const source = [
      'FROM golang:1.23 AS build',
      'RUN go build -o /out/app',
      'FROM build AS test',
      'RUN go test',
      'FROM alpine:3.20',
      'COPY --from=build /out/app /app',
      'RUN --mount=type=bind,from=build,target=/src ls /src',
    ].join('\n');

    test('a stage: its AS, FROM <stage>, COPY --from and --mount from=', () => {
      const cursorOnDeclaration = source.replace('AS build', 'AS bu|ild');
      assert.deepEqual(linesOf(cursorOnDeclaration), [0, 2, 5, 6]);
      assert.deepEqual(linesOf(cursorOnDeclaration, false), [2, 5, 6]);
    });

    test('a variable in one stage does not reach another stage', () => {
      const twoStages = 'FROM a:1\nENV HOME_DIR=/app\nRUN cd $HOME_DIR\nFROM b:1\nENV HOME_DIR=/srv\nRUN ls $HOME_D|IR';
      assert.deepEqual(linesOf(twoStages), [4, 5]);
    });

    test('a global ARG: its FROM uses and the stages that redeclare it', () => {
      const global = 'ARG VER|SION=3.20\nFROM alpine:$VERSION\nARG VERSION\nRUN echo $VERSION\nFROM busybox:1\nRUN echo $VERSION';
      // Line 5 uses a VERSION its stage never brought in: a different (empty) variable.
      assert.deepEqual(linesOf(global), [0, 1, 2, 3]);
    });

    test('a heredoc delimiter: marker and terminator', () => {
      assert.deepEqual(linesOf('FROM a:1\nCOPY <<CONF|IG /etc/app.conf\nport=1\nCONFIG'), [1, 3]);
    });
  });
}
