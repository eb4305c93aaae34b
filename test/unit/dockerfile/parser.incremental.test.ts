/**
 * Incremental re-parsing: after any edit, the result must equal a full
 * parse of the new text, whether instructions were re-read or taken over.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Arg, DockerfileAst, Instruction, VariableRef } from '../../../server/src/dockerfile/ast';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../../../server/src/documentCache';
import { parseDockerfile, reparseDockerfile } from '../../../server/src/dockerfile/parser';
import { dockerfileMode } from '../../../server/src/service/dockerfile/mode';
import { dockerfileDiagnostics } from '../../../server/src/service/dockerfile/diagnostics';
import { contextWith } from './diagnostics.support';
import { seededRandom } from '../../support/seededRandom';

const corpusDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'corpus', 'dockerfiles');

/** Everything a feature can read from a parse, with lazily computed ranges evaluated. */
function snapshot(ast: DockerfileAst): unknown {
  const arg = (a: Arg) => [a.raw, a.value, a.range];
  const variable = (v: VariableRef) => [v.name, v.range, v.nameRange, v.operator, v.word, v.malformed ?? false];
  const instruction = (i: Instruction): unknown => ({
    keyword: i.keyword, name: i.name, keywordRange: i.keywordRange, range: i.range, argsText: i.argsText, argsRange: i.argsRange,
    form: i.form, malformedExec: i.malformedExec ?? false, stageIndex: i.stageIndex,
    flags: i.flags.map((f) => [f.name, f.value, f.range, f.nameRange, f.valueRange]),
    args: i.args.map(arg), execArgs: i.execArgs?.map(arg), variables: i.variables.map(variable),
    heredocs: i.heredocs, emptyContinuationLines: [...i.emptyContinuationLines], trigger: i.trigger && instruction(i.trigger),
  });
  return {
    text: ast.text, version: ast.version, escapeChar: ast.escapeChar, lineStarts: [...ast.lineStarts],
    directives: ast.directives, comments: ast.comments, instructions: ast.instructions.map(instruction),
    stages: ast.stages.map((s) => [s.index, s.name, s.nameRange, s.range, s.image && arg(s.image), s.instructions.map((i) => i.range.start.line)]),
    globalArgs: ast.globalArgs.map((i) => i.range.start.line),
  };
}

/**
 * A document as the server holds it: each version parsed from the last one through DocumentCache,
 * and diagnosed with the document's memory of its last run.
 */
function openDocument(uri: string): (text: string, version: number) => { ast: DockerfileAst; diagnose: () => Diagnostic[] } {
  const cache = new DocumentCache([dockerfileMode]);
  return (text, version) => {
    const entry = cache.get(TextDocument.create(uri, 'dockerfile', version, text))!;
    return { ast: entry.parsed as DockerfileAst, diagnose: () => dockerfileMode.diagnostics!(entry.parsed as DockerfileAst, contextWith(), entry.memory) };
  };
}

const fragments = ['\\', '`', '<<EOF', 'EOF', '<<-X', 'FROM alpine AS b', 'RUN echo', '# c', '', ' ', '${A', '}', '"', "'", '[', 'ONBUILD RUN', 'COPY --from=b a b', 'from x'];

describe('incremental Dockerfile parsing', () => {
  test('a one-line edit re-reads only its neighbourhood and still equals a full parse', () => {
    const text = ['FROM alpine:3 AS a', 'RUN echo 1', 'RUN echo 2', 'RUN echo 3', 'FROM a', 'CMD ["x"]', ''].join('\n');
    const before = parseDockerfile(text, 'file:///d', 1);
    const edited = text.replace('echo 3', 'echo three');
    const after = reparseDockerfile(before, edited, 2);
    assert.deepEqual(snapshot(after), snapshot(parseDockerfile(edited, 'file:///d', 2)));
    assert.equal(after.instructions[0], before.instructions[0], 'instructions before the edit are taken over');
    assert.equal(after.instructions[5], before.instructions[5], 'instructions after the edit are taken over');
    assert.notEqual(after.instructions[3], before.instructions[3], 'the edited instruction is re-read');
    assert.equal(after.instructions[3].argsText, 'echo three');
  });

  test('edits that open a continuation or heredoc, or add a FROM, still equal a full parse', () => {
    const text = ['FROM alpine:3', 'RUN a', 'RUN b', '', 'RUN c', 'COPY x y', 'CMD d', ''].join('\n');
    for (const [line, replacement] of [[1, 'RUN a \\'], [2, 'RUN <<EOF'], [3, 'FROM alpine AS x'], [2, 'RUN b \\'], [3, '# c'], [3, '\\']] as const) {
      const lines = text.split('\n');
      lines[line] = replacement;
      const edited = lines.join('\n');
      assert.deepEqual(snapshot(reparseDockerfile(parseDockerfile(text, 'u', 1), edited, 2)), snapshot(parseDockerfile(edited, 'u', 2)), replacement);
    }
  });

  test('diagnostics kept from the last run follow changes of stage names and of the check directive', () => {
    const open = openDocument('file:///d/Dockerfile');
    const lines = ['# check=skip=JSONArgsRecommended', 'FROM alpine:3 AS a', 'RUN echo', 'RUN echo', 'RUN --mount=type=bind,from=b,target=/b true', 'CMD x', 'FROM alpine:3 AS b', ''];
    const diagnose = (text: string, version: number) => {
      const diagnostics = open(text, version).diagnose();
      assert.deepEqual(diagnostics, dockerfileDiagnostics(parseDockerfile(text, 'file:///d/Dockerfile', version), contextWith()));
      return diagnostics.map((d) => d.code);
    };
    assert.ok(diagnose(lines.join('\n'), 1).includes('copy-from-later-stage'));
    lines[6] = 'FROM alpine:3 AS c';
    assert.ok(!diagnose(lines.join('\n'), 2).includes('copy-from-later-stage'), 'the renamed stage is no longer referenced');
    lines[0] = '# check=skip=MultipleInstructionsDisallowed';
    assert.ok(diagnose(lines.join('\n'), 3).includes('JSONArgsRecommended'));
  });

  test('an instruction the edit did not touch keeps its diagnostics from the last run', () => {
    const open = openDocument('file:///keep/Dockerfile');
    const lines = ['FROM alpine:3', 'RUN a', 'MAINTAINER me', 'RUN b', 'RUN c', 'EXPOSE 80', 'CMD ["x"]', ''];
    const first = open(lines.join('\n'), 1).diagnose();
    lines[5] = 'EXPOSE 8080';
    const second = open(lines.join('\n'), 2).diagnose();
    const maintainer = (diagnostics: typeof first) => diagnostics.find((d) => d.code === 'MaintainerDeprecated');
    assert.ok(maintainer(first));
    assert.equal(maintainer(second), maintainer(first), 'the same diagnostic, not recomputed');
    const consecutive = (diagnostics: typeof first) => diagnostics.filter((d) => d.code === 'consecutive-run').map((d) => d.range.start.line);
    assert.deepEqual(consecutive(second), [4]);
    lines[3] = 'COPY b /b';
    const third = open(lines.join('\n'), 3).diagnose();
    assert.deepEqual(consecutive(third), [], 'a RUN whose neighbour changed is looked at again');
  });

  test('random edits of the corpus, chained, always equal a full parse', () => {
    const random = seededRandom(20261123);
    const int = (n: number) => Math.floor(random() * n);
    const files = readdirSync(corpusDir).sort().map((file) => readFileSync(join(corpusDir, file), 'utf8'));
    for (const [index, original] of files.entries()) {
      const open = openDocument('file:///corpus');
      const eol = index % 2 === 0 ? '\n' : '\r\n';
      const lines = original.split('\n');
      open(lines.join(eol), 0).diagnose();
      for (let edit = 1; edit <= 40; edit++) {
        const line = int(lines.length);
        lines[line] = random() < 0.5 ? fragments[int(fragments.length)] : lines[line].slice(0, int(lines[line].length + 1)) + fragments[int(fragments.length)];
        const text = lines.join(eol);
        const edited = open(text, edit);
        // A parse of its own, diagnosed afresh, while the document's build on its last run.
        const full = parseDockerfile(text, 'file:///corpus', edit);
        assert.deepEqual(snapshot(edited.ast), snapshot(full), `file ${index}, edit ${edit} on line ${line}`);
        assert.deepEqual(edited.diagnose(), dockerfileDiagnostics(full, contextWith()), `diagnostics: file ${index}, edit ${edit}`);
      }
    }
  });

  test('editing a large file here and there keeps memory for the words it re-read, not a table per edit', () => {
    // Instructions taken over from earlier parses keep those parses' word tables: each must hold its own words only.
    const lines = Array.from({ length: 3_000 }, (_, i) => `RUN echo step ${i} && touch /tmp/file-${i}`);
    let text = ['FROM alpine:3', ...lines, ''].join('\n');
    let ast = parseDockerfile(text, 'file:///big/Dockerfile', 1);
    const before = process.memoryUsage().arrayBuffers;
    for (let edit = 0; edit < 200; edit++) {
      const line = 1 + ((edit * 137) % lines.length);
      const all = text.split('\n');
      all[line] = `RUN echo edited ${edit}`;
      text = all.join('\n');
      ast = reparseDockerfile(ast, text, edit + 2);
    }
    const grown = process.memoryUsage().arrayBuffers - before;
    assert.deepEqual(ast.instructions.map((i) => i.args.map((a) => a.raw)), parseDockerfile(text).instructions.map((i) => i.args.map((a) => a.raw)));
    assert.ok(grown < 2 * 1024 * 1024, `word tables grew by ${(grown / 1024 / 1024).toFixed(1)} MB over 200 edits`);
  });
});
