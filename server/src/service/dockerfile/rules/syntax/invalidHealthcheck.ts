/** HEALTHCHECK CMD <command> or HEALTHCHECK NONE, nothing else. */
import { instructionHref } from '../../../../dockerfile/catalogue';
import { dockerfileRule } from '../rule';

export const invalidHealthcheck = dockerfileRule({
  id: 'invalid-healthcheck',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('HEALTHCHECK'),
  title: { en: 'Invalid HEALTHCHECK', ko: '잘못된 HEALTHCHECK' },
  description: { en: 'A HEALTHCHECK that is not CMD <command> or NONE (or NONE with arguments or flags).', ko: 'CMD <명령>이나 NONE이 아닌 HEALTHCHECK(또는 인자나 플래그가 붙은 NONE)입니다.' },
  example: 'FROM alpine\nHEALTHCHECK curl localhost',
  check: {
    instruction: {
      names: ['HEALTHCHECK'],
      check(instruction, _facts, report) {
        const range = () => instruction.argsRange ?? instruction.keywordRange;
        const kind = instruction.argValue(0)?.toUpperCase();
        if (kind === 'NONE') {
          if (instruction.argCount > 1) report(range, { en: 'HEALTHCHECK NONE takes no other arguments.', ko: 'HEALTHCHECK NONE 뒤에는 다른 인자를 쓸 수 없습니다.' });
          else if (instruction.flags.length > 0) report(instruction.flags[0].range, { en: 'HEALTHCHECK NONE takes no flags.', ko: 'HEALTHCHECK NONE에는 플래그를 쓸 수 없습니다.' });
        } else if (kind !== 'CMD') {
          report(range, { en: 'HEALTHCHECK needs CMD <command> or NONE, such as HEALTHCHECK CMD curl -f http://localhost/ || exit 1.', ko: 'HEALTHCHECK에는 CMD <명령> 또는 NONE이 필요합니다 (예: HEALTHCHECK CMD curl -f http://localhost/ || exit 1).' });
        } else if (instruction.argCount === 1) {
          report(range, { en: 'HEALTHCHECK CMD needs the command that checks the container.', ko: 'HEALTHCHECK CMD 뒤에 컨테이너를 검사할 명령이 필요합니다.' });
        }
      },
    },
  },
});
