/**
 * The Dockerfile parser: directives, continuations, heredocs, flags, forms,
 * variables and ONBUILD, each under both `\n` and `\r\n` line endings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Position } from 'vscode-languageserver';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { instructionAt, offsetAt, positionAt, stageAt } from '../../../server/src/dockerfile/positions';

/** Removes every `|` marker and returns the text and the markers' positions. */
function withCursors(source: string, eol: string): { text: string; cursors: Position[] } {
  const lines = source.split('\n');
  const cursors: Position[] = [];
  const clean = lines.map((line, index) => {
    let out = '';
    for (const ch of line) {
      if (ch === '|') cursors.push({ line: index, character: out.length });
      else out += ch;
    }
    return out;
  });
  return { text: clean.join(eol), cursors };
}

for (const [eolName, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
  const parse = (source: string) => parseDockerfile(source.split('\n').join(eol));

  describe(`Dockerfile parser (${eolName})`, () => {
    test('reads directives at the top only, and switches the escape character', () => {
      const ast = parse('# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\n\n# escape=\\\nFROM alpine\nRUN echo a `\n  b');
      assert.deepEqual(ast.directives.map((d) => [d.name, d.value]), [['syntax', 'docker/dockerfile:1'], ['escape', '`'], ['check', 'skip=all']]);
      assert.equal(ast.escapeChar, '`');
      assert.equal(ast.comments.length, 1, 'a directive after a blank line is a comment');
      assert.equal(ast.instructions[1].argsText, 'echo a   b');
      assert.deepEqual(ast.directives[1].valueRange, { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } });
    });

    test('an unknown directive name ends the directive block', () => {
      const ast = parse('# foo=bar\n# escape=`\nFROM alpine');
      assert.equal(ast.directives.length, 0);
      assert.equal(ast.escapeChar, '\\');
    });

    test('joins continuations, skipping comment and empty lines inside them', () => {
      const ast = parse('FROM alpine\nRUN apk add \\\n    # a comment\n\n    curl \\\n    git\nCMD ["sh"]');
      const run = ast.instructions[1];
      assert.equal(run.name, 'RUN');
      assert.deepEqual(run.args.map((a) => a.value), ['apk', 'add', 'curl', 'git']);
      assert.deepEqual(run.args[2].range, { start: { line: 4, character: 4 }, end: { line: 4, character: 8 } });
      assert.deepEqual(run.range, { start: { line: 1, character: 0 }, end: { line: 5, character: 7 } });
      assert.deepEqual(run.emptyContinuationLines, [3]);
      assert.equal(ast.comments[0].text, '# a comment');
      assert.equal(ast.instructions[2].name, 'CMD');
    });

    test('a continuation at the end of the file ends the instruction there', () => {
      const ast = parse('FROM alpine\nRUN echo \\');
      assert.equal(ast.instructions.length, 2);
      assert.deepEqual(ast.instructions[1].range.end, { line: 1, character: 10 });
    });

    test('reads heredocs: several per instruction, <<- and quoted, and COPY <<EOF /dest', () => {
      const ast = parse('FROM alpine\nRUN <<EOF1 <<-"EOF2" bash\necho $HOME\nEOF1\n\techo two\n\tEOF2\nCOPY <<EOF /etc/conf\nkey=value\nEOF\nRUN <<EOF\nnever closed');
      const [, run, copy, open] = ast.instructions;
      assert.equal(ast.instructions.length, 4);
      assert.deepEqual(run.heredocs.map((h) => [h.delimiter, h.stripTabs, h.quoted]), [['EOF1', false, false], ['EOF2', true, true]]);
      assert.deepEqual(run.heredocs[0].contentRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
      assert.equal(run.heredocs[1].terminatorRange?.start.line, 5);
      assert.deepEqual(run.heredocs.map((h) => h.markerRange), [
        { start: { line: 1, character: 4 }, end: { line: 1, character: 10 } },
        { start: { line: 1, character: 11 }, end: { line: 1, character: 20 } },
      ]);
      assert.deepEqual(run.range.end, { line: 5, character: 5 });
      assert.deepEqual(copy.args.map((a) => a.value), ['<<EOF', '/etc/conf']);
      assert.equal(copy.heredocs[0].terminatorRange?.start.line, 8);
      assert.equal(open.heredocs[0].terminatorRange, undefined);
      assert.equal(open.range.end.line, 10);
    });

    test('tells exec form from shell form, and flags malformed JSON', () => {
      const ast = parse('FROM alpine\nCMD ["node", "server.js"]\nENTRYPOINT [\'sh\']\nRUN echo hi\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://x/"]\nVOLUME ["/data", \\\n  "/logs"]\nCMD');
      const forms = ast.instructions.map((i) => [i.name, i.form, i.malformedExec ?? false]);
      assert.deepEqual(forms, [
        ['FROM', 'shell', false], ['CMD', 'exec', false], ['ENTRYPOINT', 'shell', true], ['RUN', 'shell', false],
        ['HEALTHCHECK', 'exec', false], ['VOLUME', 'exec', false], ['CMD', 'none', false],
      ]);
      assert.deepEqual(ast.instructions[1].execArgs?.map((a) => a.value), ['node', 'server.js']);
      assert.deepEqual(ast.instructions[1].execArgs?.[1].range, { start: { line: 1, character: 13 }, end: { line: 1, character: 24 } });
      assert.deepEqual(ast.instructions[4].execArgs?.map((a) => a.value), ['curl', '-f', 'http://x/']);
      assert.deepEqual(ast.instructions[5].execArgs?.[1].range.start, { line: 6, character: 2 });
    });

    test('reads flags with and without values, up to the first argument', () => {
      const ast = parse('FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nCOPY --from=build --link --chown=1000:1000 /out /app\nRUN --mount=type=cache,target=/root/.cache go build -- --not-a-flag');
      const [from, copy, run] = ast.instructions;
      assert.deepEqual(from.flags.map((f) => [f.name, f.value]), [['platform', '$BUILDPLATFORM']]);
      assert.deepEqual(from.flags[0].valueRange, { start: { line: 0, character: 16 }, end: { line: 0, character: 30 } });
      assert.deepEqual(copy.flags.map((f) => [f.name, f.value]), [['from', 'build'], ['link', undefined], ['chown', '1000:1000']]);
      assert.deepEqual(copy.args.map((a) => a.value), ['/out', '/app']);
      assert.equal(run.flags.length, 1);
      assert.equal(run.argsText, 'go build -- --not-a-flag');
      assert.equal(from.variables[0].name, 'BUILDPLATFORM');
    });

    test('builds stages with lower-cased names and global ARGs', () => {
      const ast = parse('ARG VERSION=1\nFROM node:${VERSION} AS Build\nRUN npm ci\n\nFROM nginx\nCOPY --from=build /app /usr/share/nginx/html');
      assert.equal(ast.globalArgs.length, 1);
      assert.equal(ast.stages.length, 2);
      assert.equal(ast.stages[0].name, 'build');
      assert.equal(ast.stages[0].imageName, 'node:${VERSION}');
      assert.deepEqual(ast.stages[0].nameRange, { start: { line: 1, character: 24 }, end: { line: 1, character: 29 } });
      assert.equal(ast.stages[0].image?.raw, 'node:${VERSION}');
      assert.deepEqual(ast.stages[0].image?.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 20 } });
      assert.deepEqual(ast.stages[0].instructions.map((i) => i.name), ['FROM', 'RUN']);
      assert.deepEqual(ast.stages[0].range, { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } });
      assert.equal(ast.stages[1].name, undefined);
      assert.equal(ast.stages[1].nameRange, undefined);
      assert.equal(ast.stages[1].imageName, 'nginx');
      assert.deepEqual(ast.instructions.map((i) => i.stageIndex), [-1, 0, 0, 1, 1]);
    });

    test('reads every variable form with its operator and word', () => {
      const ast = parse("FROM alpine\nENV A=$X B=${Y} C=${Z:-d} D=${W:+a} E=${V:?e} F=${P#x} G=${Q%y} H=${R/p/r} I='$NOT' J=\\$NOT2 K=${U:-${X}}");
      const refs = ast.instructions[1].variables.map((v) => [v.name, v.operator, v.word]);
      assert.deepEqual(refs, [
        ['X', undefined, undefined], ['Y', undefined, undefined], ['Z', ':-', 'd'], ['W', ':+', 'a'], ['V', ':?', 'e'],
        ['P', '#', 'x'], ['Q', '%', 'y'], ['R', '/', 'p/r'], ['U', ':-', '${X}'],
      ]);
    });

    test('marks unterminated and unsupported variable references as malformed', () => {
      const ast = parse('FROM alpine\nENV A=${B\nENV C=${D:1:2}');
      assert.equal(ast.instructions[1].variables[0].malformed, true);
      assert.deepEqual(ast.instructions[1].variables[0].range, { start: { line: 1, character: 6 }, end: { line: 1, character: 9 } });
      assert.equal(ast.instructions[2].variables[0].malformed, true);
    });

    test('keeps quotes in raw and removes them from value', () => {
      const ast = parse('FROM alpine\nLABEL description="a \\"quoted\\" value" other=\'x y\'');
      assert.deepEqual(ast.instructions[1].args.map((a) => a.value), ['description=a "quoted" value', 'other=x y']);
      assert.equal(ast.instructions[1].args[1].raw, "other='x y'");
    });

    test('counts the arguments without making them, and every read of them gives the same words at the same places', () => {
      const ast = parse('FROM alpine AS base\nRUN apk add \\\n    curl "a b" && \\\n  echo `x`\nONBUILD COPY --chown=app . /src\nEXPOSE 80/tcp 443\nCMD ["a", "b"]');
      for (const instruction of ast.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]))) {
        const first = instruction.args;
        const second = instruction.args;
        assert.equal(instruction.argCount, first.length, instruction.name);
        assert.deepEqual(second.map((a) => [a.raw, a.value, a.range]), first.map((a) => [a.raw, a.value, a.range]), instruction.name);
      }
      assert.deepEqual(ast.instructions.map((i) => i.argCount), [3, 7, 4, 2, 2]);
      assert.deepEqual(ast.instructions[1].args[3].range, { start: { line: 2, character: 9 }, end: { line: 2, character: 14 } });
      assert.deepEqual(ast.instructions[1].args[6].range, { start: { line: 3, character: 7 }, end: { line: 3, character: 10 } });
    });

    test('reads an argument\'s value and range without making the arguments, as the arguments read them, before and after they are made', () => {
      const source = 'FROM alpine AS base\nLABEL description="a \\"quoted\\" value" other=\'x y\'\nRUN apk add \\\n    curl "a b" && \\\n  echo `x`\nONBUILD COPY --chown=app . /src\nHEALTHCHECK NONE\nUSER';
      for (const instruction of parse(source).instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]))) {
        const read = () => Array.from({ length: instruction.argCount + 1 }, (_, i) => [instruction.argValue(i), instruction.argRange(i)]);
        const before = read();
        assert.deepEqual(before, [...instruction.args.map((a) => [a.value, a.range]), [undefined, undefined]], instruction.name);
        assert.deepEqual(read(), before, instruction.name);
      }
      assert.deepEqual(parse(source).instructions[1].argValue(0), 'description=a "quoted" value');
      assert.equal(parse(source).instructions[4].argValue(-1), undefined);
    });

    test('wraps the trigger of ONBUILD', () => {
      const ast = parse('FROM alpine\nONBUILD COPY --chown=app . /src');
      const onbuild = ast.instructions[1];
      assert.equal(onbuild.trigger?.name, 'COPY');
      assert.deepEqual(onbuild.trigger?.flags.map((f) => f.name), ['chown']);
      assert.deepEqual(onbuild.trigger?.keywordRange, { start: { line: 1, character: 8 }, end: { line: 1, character: 12 } });
    });

    test('keeps the keyword as written and upper-cases the name', () => {
      const ast = parse('from alpine\n  exposee 3000');
      assert.deepEqual(ast.instructions.map((i) => [i.keyword, i.name]), [['from', 'FROM'], ['exposee', 'EXPOSEE']]);
      assert.deepEqual(ast.instructions[1].keywordRange, { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } });
    });

    test('finds the instruction and stage at a cursor, and converts offsets', () => {
      const { text, cursors } = withCursors('FROM alpine AS a\nRUN echo \\\n  |hi\n|\nFROM a\nCMD |x', eol);
      const ast = parseDockerfile(text);
      assert.equal(instructionAt(ast, cursors[0])?.name, 'RUN');
      assert.equal(instructionAt(ast, cursors[1]), undefined);
      assert.equal(stageAt(ast, cursors[1])?.index, 0);
      assert.equal(instructionAt(ast, cursors[2])?.name, 'CMD');
      assert.equal(stageAt(ast, cursors[2])?.index, 1);
      for (const cursor of cursors) assert.deepEqual(positionAt(ast, offsetAt(ast, cursor)), cursor);
      assert.equal(text.slice(offsetAt(ast, cursors[0]), offsetAt(ast, cursors[0]) + 2), 'hi');
    });
  });
}

describe('Dockerfile parser robustness', () => {
  test('an empty file and a file of only comments parse to nothing', () => {
    assert.equal(parseDockerfile('').instructions.length, 0);
    assert.equal(parseDockerfile('\n# just a comment\n').instructions.length, 0);
  });

  test('a byte-order mark before the first directive is ignored', () => {
    const ast = parseDockerfile('\uFEFF# escape=`\nFROM alpine');
    assert.equal(ast.escapeChar, '`');
  });
});
