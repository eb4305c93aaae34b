/** `COPY --from=` and `RUN --mount=from=` may name only a stage defined before the one they are in. */
import type { Instruction, Range } from '../../../../dockerfile/ast';
import { instructionHref, mountKey } from '../../../../dockerfile/catalogue';
import type { Localized } from '../../../localized';
import { rememberingLast } from '../../readers';
import { dockerfileRule, type Report } from '../rule';
import type { InstructionFacts } from '../run';
import { mountsOf } from './mounts';

interface StageReference {
  /** How it is written: `--from` or `from`. */
  readonly what: string;
  readonly value: string;
  readonly range: () => Range;
}

/** The stages a COPY/ADD --from or a RUN mount's from= names; read once for both rules. */
const stageReferences = rememberingLast((instruction: Instruction): readonly StageReference[] => {
  const references: StageReference[] = [];
  if (instruction.name === 'COPY' || instruction.name === 'ADD') {
    const from = instruction.flags.find((f) => f.name === 'from');
    if (from?.value) references.push({ what: '--from', value: from.value, range: () => from.valueRange ?? from.range });
  }
  for (const { flag, fields, type } of mountsOf(instruction)) {
    const from = type && mountKey(type, 'from') ? fields.find((field) => field.key.toLowerCase() === 'from') : undefined;
    if (from?.value) references.push({ what: 'from', value: from.value, range: () => flag.valueRange ?? flag.range });
  }
  return references;
});

/** Reports the references to the instruction's own stage (`later` false) or to a later one (`later` true). */
function checkReferences(later: boolean, message: (reference: StageReference) => Localized) {
  return (instruction: Instruction, facts: InstructionFacts, report: Report) => {
    const current = instruction.stageIndex;
    if (current < 0) return;
    for (const reference of stageReferences(instruction)) {
      if (reference.value.includes('$')) continue;
      const target = /^\d+$/.test(reference.value) ? Number(reference.value) : facts.stageIndexOf(reference.value.toLowerCase());
      if (target === undefined) continue;
      if (later ? target > current : target === current) report(reference.range, message(reference), { docs: instructionHref('COPY') });
    }
  };
}

export const copyFromSelf = dockerfileRule({
  id: 'copy-from-self',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('COPY'),
  title: { en: 'Copy from its own stage', ko: '자기 스테이지에서 복사' },
  description: { en: 'COPY --from (or a mount\'s from=) names the stage it is in; a stage cannot copy from itself.', ko: 'COPY --from(또는 마운트의 from=)이 자기가 속한 스테이지를 가리킵니다. 스테이지는 자기 자신에서 복사할 수 없습니다.' },
  example: 'FROM alpine AS a\nCOPY --from=a /x /y',
  check: {
    instruction: {
      names: ['COPY', 'ADD', 'RUN'],
      triggers: false,
      check: checkReferences(false, ({ what, value }) => ({
        en: `${what}=${value} names the stage this instruction is in; a stage cannot copy from itself.`,
        ko: `${what}=${value}은(는) 이 명령어가 속한 스테이지입니다. 스테이지는 자기 자신에서 복사할 수 없습니다.`,
      })),
    },
  },
});

export const copyFromLaterStage = dockerfileRule({
  id: 'copy-from-later-stage',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('COPY'),
  title: { en: 'Copy from a later stage', ko: '뒤 스테이지에서 복사' },
  description: { en: 'COPY --from (or a mount\'s from=) names a stage defined further down: stages can only use the ones before them.', ko: 'COPY --from(또는 마운트의 from=)이 뒤에 정의된 스테이지를 가리킵니다. 스테이지는 앞에 있는 스테이지만 쓸 수 있습니다.' },
  example: 'FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b',
  check: {
    instruction: {
      names: ['COPY', 'ADD', 'RUN'],
      triggers: false,
      check: checkReferences(true, ({ what, value }) => ({
        en: `${what}=${value} names a later stage; stages can only use stages defined before them. Move that stage up.`,
        ko: `${what}=${value}은(는) 뒤에 나오는 스테이지입니다. 스테이지는 앞에 정의된 스테이지만 쓸 수 있으니 그 스테이지를 위로 옮기세요.`,
      })),
    },
  },
});
