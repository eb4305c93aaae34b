/**
 * BuildKit's ConsistentInstructionCasing: every instruction of the stages in one case, the
 * majority's. One decision (`casingPlan`) gives both the warning and its fix.
 */
import type { DockerfileAst, Instruction } from '../../../../dockerfile/ast';
import { instructionsByName } from '../../../../dockerfile/catalogue';
import { changeTo } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';

interface CasingPlan {
  readonly majority: 'lowercase' | 'uppercase';
  /** The keyword an instruction should be written as, when it is not. */
  expected(instruction: Instruction): string | undefined;
}

/**
 * As BuildKit counts: each stage's FROM and the instructions in it (not the ARGs before the first
 * FROM, not ONBUILD triggers, not unknown keywords, which fail the build anyway); a keyword in
 * mixed case counts for neither side; a tie is upper case.
 */
export function casingPlan(ast: DockerfileAst): CasingPlan {
  let upper = 0;
  let lower = 0;
  for (const stage of ast.stages) {
    for (const instruction of stage.instructions) {
      if (!instructionsByName.has(instruction.name)) continue;
      if (instruction.keyword === instruction.name) upper++;
      else if (instruction.keyword === instruction.name.toLowerCase()) lower++;
    }
  }
  const majority = lower > upper ? 'lowercase' : 'uppercase';
  return {
    majority,
    expected(instruction) {
      if (instruction.stageIndex < 0 || !instructionsByName.has(instruction.name)) return undefined;
      const wanted = majority === 'lowercase' ? instruction.name.toLowerCase() : instruction.name;
      return instruction.keyword === wanted ? undefined : wanted;
    },
  };
}

export const consistentInstructionCasing = dockerfileRule({
  id: 'ConsistentInstructionCasing',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('ConsistentInstructionCasing'),
  title: { en: 'Inconsistent instruction casing', ko: '명령어 대소문자 불일치' },
  description: { en: 'Instructions written in mixed case, or in the minority\'s case: all should use the same casing.', ko: '대소문자가 섞였거나 소수 쪽 대소문자로 쓴 명령어입니다. 모든 명령어는 같은 대소문자로 써야 합니다.' },
  example: 'FROM alpine\nrun echo hi\nRUN echo again',
  check: {
    document(run, report) {
      const plan = casingPlan(run.ast);
      for (const stage of run.ast.stages) {
        for (const instruction of stage.instructions) {
          const expected = plan.expected(instruction);
          if (expected === undefined) continue;
          const mixed = instruction.keyword !== instruction.name && instruction.keyword !== instruction.name.toLowerCase();
          report(instruction.keywordRange, mixed
            ? { en: `Command '${instruction.keyword}' should be consistently cased: write ${expected}.`, ko: `명령어 '${instruction.keyword}'의 대소문자가 섞여 있습니다. ${expected}(으)로 쓰세요.` }
            : {
              en: `Command '${instruction.keyword}' should match the case of the command majority (${plan.majority}): write ${expected}.`,
              ko: `명령어 '${instruction.keyword}'은(는) 다른 명령어 대부분처럼 ${plan.majority === 'lowercase' ? '소문자' : '대문자'}로 써야 합니다: ${expected}(으)로 쓰세요.`,
            });
        }
      }
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    const expected = instruction && casingPlan(ast).expected(instruction);
    return instruction && expected ? [changeTo(ast, language, diagnostic, instruction.keywordRange, expected)] : [];
  },
});
