/** The arguments each instruction needs: how many, and for ENV/LABEL, key=value items with a key. */
import type { Instruction } from '../../../../dockerfile/ast';
import { instructionsByName } from '../../../../dockerfile/catalogue';
import type { Localized } from '../../../localized';
import { keyValuePairs } from '../../readers';
import { dockerfileRule, instructionDocs, referenceHref, type Report, type ReportExtras } from '../rule';

/** The number of arguments, in whichever form the instruction is written. */
export function argumentCount(instruction: Instruction): number {
  return instruction.form === 'exec' ? (instruction.execArgs?.length ?? 0) : instruction.argCount;
}

/** Too few or too many arguments for the instruction; `undefined` when the count is right. */
function countProblem(instruction: Instruction): Localized | undefined {
  const name = instruction.name;
  const count = argumentCount(instruction);
  switch (name) {
    case 'ADD':
    case 'COPY': {
      if (count >= 2) return undefined;
      const given = count === 1 ? (instruction.execArgs ?? instruction.args)[0].value : undefined;
      return {
        en: `${name} needs a source and a destination: ${name} <src>... <dest>${given !== undefined ? ` (only "${given}" is given)` : ''}.`,
        ko: `${name}에는 원본과 대상 경로가 모두 필요합니다: ${name} <src>... <dest>${given !== undefined ? ` ("${given}" 하나만 있습니다)` : ''}.`,
      };
    }
    case 'RUN':
      return count === 0 && instruction.form !== 'exec' ? { en: 'RUN needs a command to run.', ko: 'RUN에는 실행할 명령이 필요합니다.' } : undefined;
    case 'FROM': {
      if (count === 1 || (count === 3 && instruction.argValue(1)!.toLowerCase() === 'as')) return undefined;
      return count === 0
        ? { en: 'FROM needs a base image, such as FROM alpine:3.20.', ko: 'FROM에는 베이스 이미지가 필요합니다 (예: FROM alpine:3.20).' }
        : { en: 'FROM takes an image and optionally AS <name>: FROM <image> [AS <name>].', ko: 'FROM에는 이미지 하나와, 필요하면 AS <이름>을 씁니다: FROM <image> [AS <name>].' };
    }
    case 'ARG':
    case 'ENV':
    case 'LABEL':
      return count === 0 ? { en: `${name} needs at least one ${name === 'ARG' ? 'name' : 'key=value pair'}.`, ko: `${name}에는 ${name === 'ARG' ? '이름' : 'key=value 쌍'}이 하나 이상 필요합니다.` } : undefined;
    case 'EXPOSE':
      return count === 0 ? { en: 'EXPOSE needs at least one port, such as EXPOSE 80 or EXPOSE 53/udp.', ko: 'EXPOSE에는 포트가 하나 이상 필요합니다 (예: EXPOSE 80, EXPOSE 53/udp).' } : undefined;
    case 'STOPSIGNAL':
      return count !== 1 ? { en: 'STOPSIGNAL takes exactly one signal, such as SIGTERM or 15.', ko: 'STOPSIGNAL에는 시그널을 정확히 하나 씁니다 (예: SIGTERM 또는 15).' } : undefined;
    case 'USER':
      return count !== 1 ? { en: 'USER takes exactly one user[:group], such as USER node or USER 1000:1000.', ko: 'USER에는 user[:group]을 정확히 하나 씁니다 (예: USER node, USER 1000:1000).' } : undefined;
    case 'WORKDIR':
    case 'VOLUME':
    case 'MAINTAINER':
      return count === 0 ? { en: `${name} needs an argument: ${instructionsByName.get(name)?.syntax[0]}.`, ko: `${name}에는 인자가 필요합니다: ${instructionsByName.get(name)?.syntax[0]}.` } : undefined;
    case 'ONBUILD':
      return instruction.trigger ? undefined : { en: 'ONBUILD needs the instruction to run later, such as ONBUILD COPY . /app.', ko: 'ONBUILD에는 나중에 실행할 명령어가 필요합니다 (예: ONBUILD COPY . /app).' };
    case 'SHELL':
      return instruction.form === 'exec' && count === 0 ? { en: 'SHELL needs the shell executable: SHELL ["/bin/bash", "-c"].', ko: 'SHELL에는 셸 실행 파일이 필요합니다: SHELL ["/bin/bash", "-c"].' } : undefined;
    default:
      return undefined;
  }
}

/** ENV and LABEL items: each key=value (unless the whole is the legacy `KEY value`), none with a blank key. */
function keyValueProblems(instruction: Instruction, report: Report, docs: ReportExtras): void {
  const name = instruction.name;
  const { legacy, spacedEquals, missingEquals, pairs } = keyValuePairs(instruction);
  // Spaces around "=" are their own rule, and explain the rest.
  if (spacedEquals) return;
  if (missingEquals) {
    report(missingEquals.range, { en: `"${missingEquals.value}" has no "=": in the key=value form every ${name} item must be key=value.`, ko: `"${missingEquals.value}"에 "="가 없습니다. key=value 형식에서는 ${name}의 모든 항목이 key=value여야 합니다.` }, docs);
    return;
  }
  if (legacy && instruction.args.length < 2) {
    report(instruction.argsRange ?? instruction.keywordRange, { en: `${name} ${pairs[0].key} needs a value: ${name} ${pairs[0].key}=<value>.`, ko: `${name} ${pairs[0].key}에 값이 없습니다: ${name} ${pairs[0].key}=<value>.` }, docs);
    return;
  }
  for (const pair of pairs) {
    if (pair.key === '') report(pair.range, { en: `${name} names cannot be blank: write key=value.`, ko: `${name}의 이름(key)은 비워 둘 수 없습니다. key=value로 쓰세요.` }, docs);
  }
}

export const argumentCountRule = dockerfileRule({
  id: 'argument-count',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: referenceHref,
  title: { en: 'Wrong arguments', ko: '잘못된 인자' },
  description: { en: 'Too few or too many arguments for the instruction (COPY without a destination, USER with two), or an ENV/LABEL item that is not key=value.', ko: '명령어의 인자가 너무 적거나 많습니다(대상 경로 없는 COPY, 인자가 둘인 USER). 또는 key=value가 아닌 ENV/LABEL 항목입니다.' },
  example: 'FROM alpine\nCOPY app',
  check: {
    instruction: {
      check(instruction, _facts, report) {
        const docs = instructionDocs(instruction.name);
        if (!docs) return;
        const problem = countProblem(instruction);
        // Worked out only when reported: most instructions have none.
        if (problem) report(() => instruction.argsRange ?? instruction.keywordRange, problem, docs);
        else if (instruction.name === 'ENV' || instruction.name === 'LABEL') keyValueProblems(instruction, report, docs);
      },
    },
  },
});
