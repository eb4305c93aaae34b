/** STOPSIGNAL: a signal name (with or without SIG) or number. */
import { instructionHref, signals } from '../../../../dockerfile/catalogue';
import { dockerfileRule } from '../rule';

export const invalidSignal = dockerfileRule({
  id: 'invalid-signal',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('STOPSIGNAL'),
  title: { en: 'Invalid signal', ko: '잘못된 시그널' },
  description: { en: 'A STOPSIGNAL that is neither a signal name nor a number.', ko: '시그널 이름도 번호도 아닌 STOPSIGNAL입니다.' },
  example: 'FROM alpine\nSTOPSIGNAL SIGFOO',
  check: {
    instruction: {
      names: ['STOPSIGNAL'],
      check(instruction, _facts, report) {
        if (instruction.argCount !== 1) return;
        const value = instruction.argValue(0)!;
        if (value.includes('$') || (/^\d+$/.test(value) && Number(value) > 0 && Number(value) <= 64)) return;
        const name = value.toUpperCase().startsWith('SIG') ? value.toUpperCase() : `SIG${value.toUpperCase()}`;
        if (signals.includes(name) || /^SIGRT(MIN\+\d+|MAX-\d+)$/.test(name)) return;
        report(instruction.argRange(0)!, { en: `Invalid signal "${value}": use a name such as SIGTERM, SIGINT or SIGQUIT, or a number.`, ko: `잘못된 시그널 "${value}": SIGTERM, SIGINT, SIGQUIT 같은 이름이나 번호를 쓰세요.` });
      },
    },
  },
});
