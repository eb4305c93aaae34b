/**
 * BuildKit's experimental InvalidDefinitionDescription: the comment right above an ARG or a named
 * FROM is its description (for `docker build --call=outline`) when it starts with the name.
 */
import type { Instruction } from '../../../../dockerfile/ast';
import { argDeclarations } from '../../readers';
import { buildCheckHref, dockerfileRule, type Report } from '../rule';
import type { DocumentRun } from '../run';

function checkDescription(run: DocumentRun, instruction: Instruction, names: readonly string[], report: Report): void {
  const comments = run.commentsAbove(instruction);
  if (comments.length === 0 || names.length === 0) return;
  const firstWord = comments[comments.length - 1].split(' ')[0];
  if (names.includes(firstWord)) return;
  const example = names.length > 1 ? '<arg_key>' : names[0];
  report(instruction.keywordRange, {
    en: `Comment for ${instruction.name} should follow the format: \`# ${example} <description>\`. If it is not meant as a description, put an empty line between the comment and the ${instruction.name}.`,
    ko: `${instruction.name}의 주석은 \`# ${example} <설명>\` 형식이어야 합니다. 설명이 아니라면 주석과 ${instruction.name} 사이에 빈 줄을 넣으세요.`,
  });
}

export const invalidDefinitionDescription = dockerfileRule({
  id: 'InvalidDefinitionDescription',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  experimental: true,
  docs: buildCheckHref('InvalidDefinitionDescription'),
  title: { en: 'Comment is not a description', ko: '설명 형식이 아닌 주석' },
  description: { en: 'The comment right above an ARG or a named stage does not start with its name, so `docker build --call=outline` cannot show it as the description.', ko: 'ARG나 이름 있는 스테이지 바로 위의 주석이 그 이름으로 시작하지 않아서 `docker build --call=outline`이 설명으로 보여 줄 수 없습니다.' },
  example: '# check=experimental=InvalidDefinitionDescription\n# the version to build\nARG VERSION=1\nFROM alpine',
  check: {
    document(run, report) {
      for (const instruction of run.ast.instructions) {
        if (instruction.name === 'ARG') checkDescription(run, instruction, argDeclarations(instruction).map((d) => d.name), report);
        else if (instruction.name === 'FROM') {
          const stage = run.ast.stages[instruction.stageIndex];
          if (stage?.from === instruction && stage.name) checkDescription(run, instruction, [stage.name], report);
        }
      }
    },
  },
});
