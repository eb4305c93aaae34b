/** FROM --platform: neither a constant that pins the stage, nor $TARGETPLATFORM, which is the default. */
import { TextEdit } from '../../../../lsp';
import { platformFlag } from '../../readers';
import { edits, titledFix } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';
import { platformPattern } from '../syntax/flagValues';

const knownOperatingSystems = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'android', 'ios', 'plan9', 'js', 'wasip1']);

export const fromPlatformFlagConstDisallowed = dockerfileRule({
  id: 'FromPlatformFlagConstDisallowed',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('FromPlatformFlagConstDisallowed'),
  title: { en: 'Constant FROM --platform', ko: '상수 FROM --platform' },
  description: { en: 'FROM --platform with a constant pins the stage to one platform; BuildKit allows it when the stage\'s name says which.', ko: '상수로 쓴 FROM --platform은 스테이지를 한 플랫폼에 고정합니다. 스테이지 이름이 그 플랫폼을 밝히면 BuildKit은 허용합니다.' },
  example: 'FROM --platform=linux/amd64 alpine',
  check: {
    stage(stage, _run, report) {
      const flag = platformFlag(stage.from);
      const value = flag?.value;
      // A platform BuildKit cannot parse fails later, and is invalid-flag-value's.
      if (!flag || !value || value.includes('$') || !platformPattern.test(value)) return;
      const parts = value.toLowerCase().split('/');
      const [os, architecture] = parts.length === 1 && !knownOperatingSystems.has(parts[0]) ? ['linux', parts[0]] : [parts[0], parts[1] ?? ''];
      const name = stage.name ?? '';
      if (name.includes(os) || (architecture !== '' && name.includes(architecture))) return;
      report(flag.valueRange ?? flag.range, {
        en: `FROM --platform should not use the constant "${value}": it pins the stage to one platform. Use $BUILDPLATFORM or $TARGETPLATFORM, or let --platform on the command line decide.`,
        ko: `FROM --platform에 상수 "${value}"을(를) 쓰면 스테이지가 한 플랫폼에 고정됩니다. $BUILDPLATFORM이나 $TARGETPLATFORM을 쓰거나, 명령줄의 --platform에 맡기세요.`,
      });
    },
  },
});

export const redundantTargetPlatform = dockerfileRule({
  id: 'RedundantTargetPlatform',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('RedundantTargetPlatform'),
  title: { en: 'Redundant --platform', ko: '불필요한 --platform' },
  description: { en: 'FROM --platform=$TARGETPLATFORM says what a stage does anyway.', ko: 'FROM --platform=$TARGETPLATFORM은 스테이지의 기본 동작을 다시 적은 것입니다.' },
  example: 'FROM --platform=$TARGETPLATFORM alpine',
  check: {
    stage(stage, _run, report) {
      const flag = platformFlag(stage.from);
      if (!flag?.value || !/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/.test(flag.value)) return;
      report(flag.valueRange ?? flag.range, { en: 'Setting --platform to $TARGETPLATFORM is redundant: it is already the default. Remove the flag.', ko: '--platform을 $TARGETPLATFORM으로 지정할 필요는 없습니다. 이미 기본값이니 플래그를 지우세요.' });
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    const flag = instruction && platformFlag(instruction);
    if (!instruction || !flag) return [];
    const end = instruction.args[0]?.range.start ?? flag.range.end;
    return [titledFix(language, { en: 'Remove --platform', ko: '--platform 지우기' }, diagnostic, edits(ast, TextEdit.del({ start: flag.range.start, end })))];
  },
});
