/**
 * `FROM --platform=$BULIDPLATFORM`: an undeclared variable in the platform expands to nothing, and
 * BuildKit fails the build ("empty platform value from expression …", or a platform it cannot parse).
 */
import { instructionHref, platformArgs } from '../../../../dockerfile/catalogue';
import { expandWord } from '../../expansion';
import { platformFlag } from '../../readers';
import { didYouMean } from '../../spelling';
import { dockerfileRule } from '../rule';
import { platformPattern } from './flagValues';

/** What an automatic platform arg stands for here: any valid value will do to check the expression's shape. */
function samplePlatformValue(name: string): string {
  if (name.endsWith('PLATFORM')) return 'linux/amd64';
  if (name.endsWith('OS')) return 'linux';
  if (name.endsWith('ARCH')) return 'amd64';
  return 'v8';
}

export const invalidPlatform = dockerfileRule({
  id: 'invalid-platform',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('FROM'),
  title: { en: 'Platform expands to nothing', ko: '비어 버리는 플랫폼' },
  description: { en: 'FROM --platform uses a variable no ARG declares (often a typo of $BUILDPLATFORM): it expands to an empty or invalid platform and the build fails.', ko: 'FROM --platform이 어떤 ARG도 선언하지 않은 변수를 씁니다($BUILDPLATFORM의 오타가 흔합니다). 빈 값이나 잘못된 플랫폼이 되어 빌드가 실패합니다.' },
  example: 'FROM --platform=$BULIDPLATFORM alpine',
  check: {
    stage(stage, run, report) {
      const flag = platformFlag(stage.from);
      const value = flag?.value;
      if (!flag || !value?.includes('$')) return;
      const globals = run.globalDefaults(stage.from.range.start.line);
      const automatic = new Set(platformArgs.map((arg) => arg.name));
      const inValue = stage.from.variables.filter((v) => !v.malformed && value.includes(v.text));
      const undeclared = inValue.filter((v) => !globals.has(v.name) && !automatic.has(v.name));
      if (undeclared.length === 0) return;
      const expanded = expandWord(value, (name) => globals.get(name) ?? (automatic.has(name) ? samplePlatformValue(name) : undefined));
      if (expanded !== '' && expanded.split(',').every((platform) => platformPattern.test(platform))) return;
      const suggestion = didYouMean(undeclared[0].name, [...globals.keys(), ...automatic]);
      const hint = suggestion ? { en: ` (did you mean ${suggestion}?)`, ko: ` (${suggestion}의 오타인가요?)` } : { en: '', ko: '' };
      report(() => flag.valueRange ?? flag.range, expanded === ''
        ? { en: `--platform=${value} expands to an empty platform, because no ARG declares $${undeclared[0].name}${hint.en}: the build fails.`, ko: `$${undeclared[0].name}을(를) 선언한 ARG가 없어서 --platform=${value}이(가) 빈 플랫폼이 되고 빌드가 실패합니다${hint.ko}.` }
        : { en: `--platform=${value} expands to "${expanded}", which is not a platform, because no ARG declares $${undeclared[0].name}${hint.en}: the build fails.`, ko: `$${undeclared[0].name}을(를) 선언한 ARG가 없어서 --platform=${value}이(가) 플랫폼이 아닌 "${expanded}"이(가) 되고 빌드가 실패합니다${hint.ko}.` });
    },
  },
});
