/** The flags an instruction takes: each known (labs ones under the labs frontend) and, unless repeatable, once. */
import type { FlagSpec } from '../../../../dockerfile/catalogue';
import { instructionHref, instructionsByName } from '../../../../dockerfile/catalogue';
import type { Flag, Instruction } from '../../../../dockerfile/ast';
import { rememberingLast } from '../../readers';
import { dockerfileRule, referenceHref } from '../rule';
import type { InstructionFacts } from '../run';

interface KnownFlag {
  readonly flag: Flag;
  readonly spec: FlagSpec | undefined;
}

function flagsWithSpecs(instruction: Instruction, labs: boolean): readonly KnownFlag[] {
  const allowed = instructionsByName.get(instruction.name)?.flags ?? [];
  return instruction.flags.map((flag) => {
    const spec = allowed.find((f) => f.name === flag.name.toLowerCase());
    return { flag, spec: spec && (!spec.labs || labs) ? spec : undefined };
  });
}

// Read once for the three flag rules; one memory for each frontend, as the answer depends on it.
const knownFlagsUnderLabs = rememberingLast((instruction) => flagsWithSpecs(instruction, true));
const knownFlagsWithoutLabs = rememberingLast((instruction) => flagsWithSpecs(instruction, false));

/** A flag and its spec, when the instruction takes it here (labs flags only under the labs frontend). */
export function knownFlags(instruction: Instruction, facts: InstructionFacts): readonly KnownFlag[] {
  return (facts.labs ? knownFlagsUnderLabs : knownFlagsWithoutLabs)(instruction);
}

export const unknownFlag = dockerfileRule({
  id: 'unknown-flag',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: referenceHref,
  title: { en: 'Unknown flag', ko: '알 수 없는 플래그' },
  description: { en: 'A flag the instruction does not take (or one only the labs frontend has): the build fails.', ko: '명령어가 받지 않는 플래그(또는 labs 프런트엔드에만 있는 플래그)입니다. 빌드가 실패합니다.' },
  example: 'FROM alpine\nCOPY --form=build /app /app',
  check: {
    instruction: {
      check(instruction, facts, report) {
        const spec = instructionsByName.get(instruction.name);
        if (!spec || instruction.flags.length === 0) return;
        for (const { flag, spec: flagSpec } of knownFlags(instruction, facts)) {
          if (flagSpec) continue;
          const labsOnly = spec.flags.find((f) => f.name === flag.name.toLowerCase())?.labs;
          const names = spec.flags.filter((f) => !f.labs || facts.labs).map((f) => `--${f.name}`);
          report(flag.nameRange, {
            en: `Unknown flag --${flag.name} for ${instruction.name}. ${names.length > 0 ? `${instruction.name} accepts ${names.join(', ')}.` : `${instruction.name} takes no flags.`}${labsOnly ? ' It needs the labs frontend (# syntax=docker/dockerfile:1-labs).' : ''}`,
            ko: `${instruction.name}에는 --${flag.name} 플래그가 없습니다. ${names.length > 0 ? `쓸 수 있는 플래그: ${names.join(', ')}.` : `${instruction.name}은(는) 플래그를 받지 않습니다.`}${labsOnly ? ' labs 프런트엔드(# syntax=docker/dockerfile:1-labs)가 필요합니다.' : ''}`,
          }, { docs: instructionHref(instruction.name) });
        }
      },
    },
  },
});

export const duplicateFlag = dockerfileRule({
  id: 'duplicate-flag',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: referenceHref,
  title: { en: 'Duplicate flag', ko: '중복된 플래그' },
  description: { en: 'A flag given twice that the instruction takes once.', ko: '한 번만 쓸 수 있는 플래그가 두 번 쓰였습니다.' },
  example: 'FROM alpine\nCOPY --chmod=644 --chmod=600 a /a',
  check: {
    instruction: {
      check(instruction, facts, report) {
        if (instruction.flags.length < 2) return;
        const seen = new Set<string>();
        for (const { flag, spec } of knownFlags(instruction, facts)) {
          if (!spec) continue;
          if (seen.has(spec.name) && !spec.repeatable) {
            report(flag.nameRange, { en: `--${spec.name} is given more than once; ${instruction.name} accepts it once.`, ko: `--${spec.name}이(가) 여러 번 쓰였습니다. ${instruction.name}에는 한 번만 쓸 수 있습니다.` }, { docs: instructionHref(instruction.name) });
          }
          seen.add(spec.name);
        }
      },
    },
  },
});
