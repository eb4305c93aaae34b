/** The parser directives at the top of the file: each once, a valid escape character, a `# check=` BuildKit can read. */
import { buildCheckNames } from '../../../../dockerfile/catalogue';
import { parseCheckOptions } from '../checkConfig';
import { dockerfileRule, directivesHref, referenceHref } from '../rule';

export const duplicateDirective = dockerfileRule({
  id: 'duplicate-directive',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: directivesHref,
  title: { en: 'Duplicate parser directive', ko: '중복된 파서 지시어' },
  description: { en: 'A parser directive (syntax, escape, check) given twice: BuildKit rejects the file.', ko: '파서 지시어(syntax, escape, check)가 두 번 나오면 BuildKit이 파일을 거부합니다.' },
  example: '# escape=`\n# escape=\\\nFROM alpine',
  check: {
    document(run, report) {
      const seen = new Set<string>();
      for (const directive of run.ast.directives) {
        if (seen.has(directive.name)) {
          report(directive.range, { en: `Only one "${directive.name}" parser directive may be used; remove this one.`, ko: `"${directive.name}" 파서 지시어는 한 번만 쓸 수 있습니다. 이 줄을 지우세요.` });
        }
        seen.add(directive.name);
      }
    },
  },
});

export const invalidEscapeDirective = dockerfileRule({
  id: 'invalid-escape-directive',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: `${referenceHref}#escape`,
  title: { en: 'Invalid escape character', ko: '잘못된 이스케이프 문자' },
  description: { en: 'The escape directive accepts only \\ or ` (backtick).', ko: 'escape 지시어에는 \\ 또는 `(백틱)만 쓸 수 있습니다.' },
  example: '# escape=/\nFROM alpine',
  check: {
    document(run, report) {
      for (const directive of run.ast.directives) {
        if (directive.name === 'escape' && directive.value !== '\\' && directive.value !== '`') {
          report(directive.valueRange, {
            en: `Invalid escape character "${directive.value}": the escape directive accepts only \\ or \` (backtick).`,
            ko: `잘못된 이스케이프 문자 "${directive.value}": escape 지시어에는 \\ 또는 \`(백틱)만 쓸 수 있습니다.`,
          });
        }
      }
    },
  },
});

export const unknownCheck = dockerfileRule({
  id: 'unknown-check',
  kind: 'syntax',
  defaultSeverity: 'warning',
  docs: `${referenceHref}#check`,
  title: { en: 'Unknown build check', ko: '알 수 없는 빌드 체크' },
  description: { en: 'The check directive names a build check BuildKit does not have, or an option it does not take: that part does nothing.', ko: 'check 지시어가 BuildKit에 없는 빌드 체크나 옵션을 씁니다. 그 부분은 아무 효과가 없습니다.' },
  example: '# check=skip=JsonArgsRecommended\nFROM alpine',
  check: {
    document(run, report) {
      for (const directive of run.ast.directives) {
        if (directive.name !== 'check') continue;
        const config = parseCheckOptions(directive.value);
        if ('option' in config) {
          report(directive.valueRange, {
            en: `Invalid check option "${config.option}": the check directive takes skip=, experimental= and error=, separated by ";".`,
            ko: `잘못된 check 옵션 "${config.option}": check 지시어에는 ";"로 구분한 skip=, experimental=, error=만 씁니다.`,
          });
          continue;
        }
        for (const name of [...config.skip, ...config.experimental]) {
          if (name !== '' && !buildCheckNames.has(name) && !/^[a-z]+(-[a-z]+)*$/.test(name)) {
            report(directive.valueRange, { en: `Unknown build check "${name}" in the check directive.`, ko: `check 지시어의 "${name}"은(는) 알 수 없는 빌드 체크입니다.` });
          }
        }
      }
    },
  },
});
