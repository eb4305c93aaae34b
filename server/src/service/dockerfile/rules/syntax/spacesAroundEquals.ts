/** `LABEL KEY = value` / `ENV A= b`: Docker does not read key=value across spaces. */
import { TextEdit } from '../../../../lsp';
import { instructionHref } from '../../../../dockerfile/catalogue';
import { comparePositions } from '../../../../dockerfile/positions';
import { keyValuePairs, quoteValue } from '../../readers';
import { changeTo, edits, titledFix } from '../fixes';
import { dockerfileRule, referenceHref } from '../rule';

export const spacesAroundEquals = dockerfileRule({
  id: 'spaces-around-equals',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: referenceHref,
  title: { en: 'Spaces around =', ko: '= 앞뒤의 공백' },
  description: { en: 'ENV or LABEL written KEY = value: Docker reads a different value than intended, or fails.', ko: 'ENV나 LABEL을 KEY = value로 썼습니다. Docker가 의도와 다른 값으로 읽거나 실패합니다.' },
  example: 'FROM alpine\nLABEL version = 1',
  check: {
    instruction: {
      names: ['ENV', 'LABEL'],
      check(instruction, _facts, report) {
        const { spacedEquals, pairs } = keyValuePairs(instruction);
        if (!spacedEquals) return;
        const name = instruction.name;
        const key = pairs[pairs.length - 1]?.key ?? '';
        report(instruction.argsRange ?? spacedEquals.range, {
          en: `${name} ${key} has spaces around "=": Docker would not read it as key=value. Write ${name} key=value with no spaces (quote the value if it has spaces).`,
          ko: `${name} ${key}의 "=" 앞뒤에 공백이 있어 Docker가 key=value로 읽지 못합니다. 공백 없이 ${name} key=value로 쓰세요 (값에 공백이 있으면 따옴표로 감싸세요).`,
        }, { docs: instructionHref(name) });
      },
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    if (!instruction?.argsRange) return [];
    const { legacy, spacedEquals, pairs } = keyValuePairs(instruction);
    if (!spacedEquals) return [];
    if (legacy) {
      const replacement = `${pairs[0].key}=${quoteValue(pairs[0].value.replace(/^=\s*/, ''))}`;
      return [changeTo(ast, language, diagnostic, instruction.argsRange, replacement, `${instruction.name} ${replacement}`)];
    }
    // `KEY= value`: join the value to its key.
    const next = instruction.args.find((arg) => comparePositions(arg.range.start, spacedEquals.range.end) > 0);
    if (!next) return [];
    return [titledFix(language, { en: `Remove the space after ${spacedEquals.value}`, ko: `${spacedEquals.value} 뒤의 공백 지우기` }, diagnostic, edits(ast, TextEdit.del({ start: spacedEquals.range.end, end: next.range.start })))];
  },
});
