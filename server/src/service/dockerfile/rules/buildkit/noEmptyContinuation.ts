/** Empty lines inside a continued instruction: BuildKit warns on the instruction's last line, and will make them errors. */
import { TextEdit } from '../../../../lsp';
import { instructionsByName } from '../../../../dockerfile/catalogue';
import { edits, titledFix } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';

export const noEmptyContinuation = dockerfileRule({
  id: 'NoEmptyContinuation',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('NoEmptyContinuation'),
  title: { en: 'Empty continuation line', ko: '빈 연속 줄' },
  description: { en: 'An empty line inside an instruction continued with \\: a future release will treat it as the end of the instruction.', ko: '\\로 이어지는 명령어 안의 빈 줄입니다. 앞으로 나올 버전은 이 줄을 명령어의 끝으로 봅니다.' },
  example: 'FROM alpine\nRUN echo a \\\n\n  b',
  check: {
    instruction: {
      check(instruction, _facts, report) {
        if (instruction.emptyContinuationLines.length === 0 || !instructionsByName.has(instruction.name)) return;
        // The line BuildKit names: the instruction's last (heredoc bodies come after it).
        const last = instruction.argsRange?.end ?? instruction.keywordRange.end;
        report({ start: { line: last.line, character: 0 }, end: last }, {
          en: `Empty continuation line in ${instruction.name}: remove it (a future Docker release will treat it as the end of the instruction).`,
          ko: `${instruction.name}에 빈 줄이 이어져 있습니다. 지우세요 (앞으로 나올 Docker 버전은 이 빈 줄을 명령어의 끝으로 봅니다).`,
        });
      },
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    const lines = instruction?.emptyContinuationLines ?? [];
    if (lines.length === 0) return [];
    const removals = lines.map((line) => TextEdit.del({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }));
    return [titledFix(language, { en: 'Remove the empty continuation lines', ko: '빈 연속 줄 지우기' }, diagnostic, edits(ast, ...removals))];
  },
});
