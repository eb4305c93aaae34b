/** `${VAR` never closed, `${}`, or a modifier Docker's shell lexer does not have. */
import { instructionsByName } from '../../../../dockerfile/catalogue';
import { comparePositions } from '../../../../dockerfile/positions';
import { dockerfileRule, variablesHref } from '../rule';

export const malformedVariable = dockerfileRule({
  id: 'malformed-variable',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: variablesHref,
  title: { en: 'Malformed variable', ko: '잘못된 변수 참조' },
  description: { en: 'A ${ reference that is never closed, empty, or uses a modifier Docker does not support: the build fails.', ko: '닫히지 않았거나 비어 있거나 Docker가 지원하지 않는 수정자를 쓴 ${ 참조입니다. 빌드가 실패합니다.' },
  example: 'FROM alpine\nENV A=${B',
  check: {
    instruction: {
      check(instruction, _facts, report) {
        const spec = instructionsByName.get(instruction.name);
        if (!spec) return;
        for (const variable of instruction.variables) {
          if (!variable.malformed) continue;
          // Docker expands a RUN's flags, not its command: that is the shell's, where ${V:1} is a substring.
          if (!spec.expandsVariables && instruction.argsRange && comparePositions(variable.range.start, instruction.argsRange.start) >= 0) continue;
          // A reference left open to the end of a long instruction is quoted by its start.
          const text = variable.range.start.line === variable.range.end.line ? variable.text : variable.text.slice(0, 40);
          report(variable.range, !text.endsWith('}')
            ? { en: `Unterminated variable reference ${text}: close it with }.`, ko: `변수 참조 ${text}이(가) 닫히지 않았습니다. }로 닫으세요.` }
            : variable.name === ''
              ? { en: `Empty variable reference ${text}: write \${NAME}.`, ko: `변수 참조 ${text}이(가) 비어 있습니다. \${NAME}처럼 쓰세요.` }
              : { en: `Unsupported modifier in ${text}: Docker supports \${VAR:-default}, \${VAR:+alt}, \${VAR:?error}, #, ##, %, %%, / and //.`, ko: `${text}의 수정자는 지원되지 않습니다. Docker가 지원하는 것은 \${VAR:-default}, \${VAR:+alt}, \${VAR:?error}, #, ##, %, %%, /, //입니다.` });
        }
      },
    },
  },
});
