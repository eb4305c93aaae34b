/** An instruction BuildKit does not know, with the closest one it does. */
import { instructionsByName } from '../../../../dockerfile/catalogue';
import { suggestInstruction } from '../../spelling';
import { changeTo, inCaseOf } from '../fixes';
import { dockerfileRule } from '../rule';

export const unknownInstruction = dockerfileRule({
  id: 'unknown-instruction',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: 'https://docs.docker.com/reference/dockerfile/#overview',
  title: { en: 'Unknown instruction', ko: '알 수 없는 명령어' },
  description: { en: 'A keyword that is not a Dockerfile instruction, often a typo such as EXPOSEE: the build fails.', ko: 'Dockerfile 명령어가 아닌 키워드입니다. EXPOSEE 같은 오타가 흔하며 빌드가 실패합니다.' },
  example: 'FROM alpine\nEXPOSEE 80',
  check: {
    instruction: {
      check(instruction, _facts, report) {
        if (instructionsByName.has(instruction.name)) return;
        const suggestion = suggestInstruction(instruction.keyword);
        report(instruction.keywordRange, {
          en: `Unknown instruction ${instruction.keyword}.${suggestion ? ` Did you mean ${suggestion}?` : ' Check the spelling against the Dockerfile reference.'}`,
          ko: `${instruction.keyword}은(는) 알 수 없는 명령어입니다.${suggestion ? ` ${suggestion}을(를) 쓰려던 것인가요?` : ' Dockerfile 레퍼런스에서 철자를 확인하세요.'}`,
        });
      },
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    const suggestion = instruction && suggestInstruction(instruction.keyword);
    if (!instruction || !suggestion) return [];
    const replacement = inCaseOf(suggestion, instruction.keyword);
    return [changeTo(ast, language, diagnostic, instruction.keywordRange, replacement)];
  },
});

