/** SHELL in JSON form, ONBUILD triggers it may wrap, and exec-form arguments BuildKit reads otherwise than they look. */
import { instructionHref, notOnbuildTriggers } from '../../../../dockerfile/catalogue';
import { dockerfileRule, referenceHref } from '../rule';

export const shellRequiresJson = dockerfileRule({
  id: 'shell-requires-json',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('SHELL'),
  title: { en: 'SHELL needs JSON form', ko: 'SHELL은 JSON 형식' },
  description: { en: 'SHELL written in shell form: it only takes a JSON array, such as SHELL ["/bin/bash", "-c"].', ko: 'SHELL을 셸 형식으로 썼습니다. SHELL ["/bin/bash", "-c"]처럼 JSON 배열만 받습니다.' },
  example: 'FROM alpine\nSHELL /bin/bash -c',
  check: {
    instruction: {
      names: ['SHELL'],
      check(instruction, _facts, report) {
        if (instruction.form !== 'exec' && !instruction.execNotStrings) {
          report(() => instruction.argsRange ?? instruction.keywordRange, { en: 'SHELL requires JSON form: SHELL ["/bin/bash", "-c"].', ko: 'SHELL은 JSON 형식으로 써야 합니다: SHELL ["/bin/bash", "-c"].' });
        }
      },
    },
  },
});

export const invalidOnbuildTrigger = dockerfileRule({
  id: 'invalid-onbuild-trigger',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('ONBUILD'),
  title: { en: 'Invalid ONBUILD trigger', ko: '잘못된 ONBUILD 트리거' },
  description: { en: 'ONBUILD wrapping ONBUILD, FROM or MAINTAINER, which it may not.', ko: 'ONBUILD가 감쌀 수 없는 ONBUILD, FROM, MAINTAINER를 감쌌습니다.' },
  example: 'FROM alpine\nONBUILD FROM alpine',
  check: {
    instruction: {
      names: ['ONBUILD'],
      check(instruction, _facts, report) {
        const trigger = instruction.trigger;
        if (trigger && notOnbuildTriggers.has(trigger.name)) {
          report(trigger.keywordRange, { en: `${trigger.name} cannot be an ONBUILD trigger (ONBUILD, FROM and MAINTAINER are not allowed).`, ko: `${trigger.name}은(는) ONBUILD 트리거가 될 수 없습니다 (ONBUILD, FROM, MAINTAINER는 허용되지 않습니다).` });
        }
      },
    },
  },
});

export const malformedExecForm = dockerfileRule({
  id: 'malformed-exec-form',
  kind: 'syntax',
  defaultSeverity: 'warning',
  docs: referenceHref,
  title: { en: 'Not valid JSON', ko: '올바르지 않은 JSON' },
  description: { en: 'Arguments that look like the exec (JSON) form but are not JSON (single quotes, a missing comma): Docker runs them as a shell command.', ko: 'exec(JSON) 형식처럼 보이지만 JSON이 아닌 인자입니다(작은따옴표, 빠진 쉼표). Docker는 셸 명령으로 실행합니다.' },
  example: "FROM alpine\nCMD ['node', 'server.js']",
  check: {
    instruction: {
      check(instruction, _facts, report) {
        if (!instruction.malformedExec) return;
        report(() => instruction.argsRange ?? instruction.keywordRange, {
          en: `${instruction.name} looks like exec (JSON) form but is not a valid JSON array of strings, so Docker runs it as a shell command. Use double quotes: ["executable", "arg"].`,
          ko: `${instruction.name}이(가) exec(JSON) 형식처럼 보이지만 올바른 문자열 JSON 배열이 아니어서 Docker가 셸 명령으로 실행합니다. 큰따옴표를 쓰세요: ["executable", "arg"].`,
        }, { docs: instructionHref(instruction.name) });
      },
    },
  },
});

export const jsonArrayNotStrings = dockerfileRule({
  id: 'json-array-not-strings',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: referenceHref,
  title: { en: 'JSON array of non-strings', ko: '문자열이 아닌 JSON 배열' },
  description: { en: 'Exec-form arguments that are a JSON array with numbers, nested arrays or objects in it: BuildKit rejects them ("arrays must be comprised of strings only").', ko: '숫자, 중첩 배열, 객체가 들어 있는 JSON 배열 인자입니다. BuildKit이 거부합니다("arrays must be comprised of strings only").' },
  example: 'FROM alpine\nCMD ["sleep", 10]',
  check: {
    instruction: {
      check(instruction, _facts, report) {
        if (!instruction.execNotStrings) return;
        report(() => instruction.argsRange ?? instruction.keywordRange, {
          en: `${instruction.name} is a JSON array with something other than strings in it, which fails the build: quote every element, such as ["sleep", "10"].`,
          ko: `${instruction.name}의 JSON 배열에 문자열이 아닌 요소가 있어 빌드가 실패합니다. 모든 요소를 따옴표로 감싸세요 (예: ["sleep", "10"]).`,
        }, { docs: instructionHref(instruction.name) });
      },
    },
  },
});
