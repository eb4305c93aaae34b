/** FROM … AS: the two keywords in the same case (a FROM in mixed case is ConsistentInstructionCasing's). */
import { changeTo } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';

export const fromAsCasing = dockerfileRule({
  id: 'FromAsCasing',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('FromAsCasing'),
  title: { en: 'FROM and AS in different case', ko: 'FROM과 AS의 대소문자 불일치' },
  description: { en: 'The AS of FROM … AS name in another case than FROM.', ko: 'FROM … AS 이름의 AS가 FROM과 다른 대소문자로 쓰였습니다.' },
  example: 'FROM alpine as build',
  check: {
    stage(stage, _run, report) {
      const from = stage.from;
      const as = from.argCount >= 3 ? from.argValue(1) : undefined;
      if (as?.toLowerCase() !== 'as') return;
      const lower = from.keyword === from.keyword.toLowerCase();
      const upper = from.keyword === from.keyword.toUpperCase();
      if (!lower && !upper) return;
      if (as === (lower ? 'as' : 'AS')) return;
      report(from.argRange(1)!, { en: `'${as}' and '${from.keyword}' keywords' casing do not match: write ${upper ? 'AS' : 'as'}.`, ko: `'${as}'과(와) '${from.keyword}'의 대소문자가 다릅니다. ${upper ? 'AS' : 'as'}(으)로 쓰세요.` });
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    if (instruction?.name !== 'FROM') return [];
    return [changeTo(ast, language, diagnostic, diagnostic.range, instruction.keyword === instruction.keyword.toUpperCase() ? 'AS' : 'as')];
  },
});
