/** Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage count: an earlier one does nothing. */
import type { Instruction } from '../../../../dockerfile/ast';
import { buildCheckHref, dockerfileRule } from '../rule';

const onceEach = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const multipleInstructionsDisallowed = dockerfileRule({
  id: 'MultipleInstructionsDisallowed',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('MultipleInstructionsDisallowed'),
  title: { en: 'CMD, ENTRYPOINT or HEALTHCHECK given twice', ko: '두 번 쓴 CMD, ENTRYPOINT, HEALTHCHECK' },
  description: { en: 'A stage with several CMD, ENTRYPOINT or HEALTHCHECK instructions: only the last one applies.', ko: '한 스테이지에 CMD, ENTRYPOINT, HEALTHCHECK가 여러 번 있습니다. 마지막 것만 적용됩니다.' },
  example: 'FROM alpine\nCMD ["a"]\nCMD ["b"]',
  check: {
    stage(_stage, _run, report) {
      const last = new Map<string, Instruction>();
      return {
        instruction(instruction) {
          const name = instruction.name;
          if (!onceEach.has(name)) return;
          const earlier = last.get(name);
          if (earlier) {
            report(earlier.keywordRange, { en: `Multiple ${name} instructions in one stage: only the last one applies, so this one has no effect. Remove it or merge them.`, ko: `한 스테이지에 ${name}이(가) 여러 개 있습니다. 마지막 것만 적용되므로 이 줄은 효과가 없습니다. 지우거나 하나로 합치세요.` });
          }
          last.set(name, instruction);
        },
      };
    },
  },
});
