/** Each flag's value of the kind it takes: a duration, a platform, permissions, a checksum, one of a list. */
import type { Localized } from '../../../localized';
import { dockerfileRule, instructionDocs, referenceHref } from '../rule';
import { knownFlags } from './flags';

// µ (micro sign) and μ (Greek mu) escaped: one character above U+00FF in the bundle makes V8 keep all its source two bytes a character.
const goDuration = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$/;
export const platformPattern = /^[a-z0-9_]+(?:\/[a-z0-9_]+(?:\/[a-z0-9_.]+)?)?$/i;
const chmodPattern = /^(?:[0-7]{3,4}|[ugoa]*[-+=][rwxXst]*(?:,[ugoa]*[-+=][rwxXst]*)*)$/;
const chownPattern = /^[^:\s]+(?::[^:\s]+)?$/;
const checksumPattern = /^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128}|[a-f0-9]{40}|[a-f0-9]{64})$/;

export const invalidFlagValue = dockerfileRule({
  id: 'invalid-flag-value',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: referenceHref,
  title: { en: 'Invalid flag value', ko: '잘못된 플래그 값' },
  description: { en: 'A flag value of the wrong kind: a duration, platform, permission, checksum or choice the build rejects.', ko: '플래그 값의 형식이 틀렸습니다. 빌드가 거부하는 시간, 플랫폼, 권한, 체크섬, 선택지입니다.' },
  example: 'FROM alpine\nRUN --network=bridge echo hi',
  check: {
    instruction: {
      check(instruction, facts, report) {
        if (instruction.flags.length === 0) return;
        const docs = instructionDocs(instruction.name);
        for (const { flag, spec } of knownFlags(instruction, facts)) {
          if (!spec) continue;
          const value = flag.value;
          // Only a flag with a problem needs its range worked out.
          const range = () => flag.valueRange ?? flag.range;
          const invalid = (expected: Localized) =>
            report(range, {
              en: `Invalid value ${value === undefined ? '(none)' : `"${value}"`} for --${spec.name}: expected ${expected.en}.`,
              ko: `--${spec.name}의 값 ${value === undefined ? '(없음)' : `"${value}"`}이(가) 잘못되었습니다. ${expected.ko}이어야 합니다.`,
            }, docs);
          if (spec.kind === 'boolean') {
            if (value !== undefined && !/^(true|false)$/i.test(value) && !value.includes('$')) invalid({ en: 'true or false (or the bare flag)', ko: 'true 또는 false(혹은 값 없이 플래그만)' });
            continue;
          }
          if (value === undefined || value === '') {
            report(range, { en: `--${spec.name} needs a value: --${spec.name}=<${spec.kind}>.`, ko: `--${spec.name}에는 값이 필요합니다: --${spec.name}=<${spec.kind}>.` }, docs);
            continue;
          }
          if (value.includes('$')) continue;
          switch (spec.kind) {
            case 'enum':
              if (!spec.values?.includes(value)) invalid({ en: `one of ${spec.values?.join(', ')}`, ko: `${spec.values?.join(', ')} 중 하나` });
              break;
            case 'duration':
              if (value !== '0' && !goDuration.test(value)) invalid({ en: 'a duration such as 30s, 1m30s or 500ms', ko: '30s, 1m30s, 500ms 같은 시간 값' });
              break;
            case 'integer':
              if (!/^\d+$/.test(value)) invalid({ en: 'a whole number', ko: '0 이상의 정수' });
              break;
            case 'platform':
              if (!value.split(',').every((p) => platformPattern.test(p))) invalid({ en: 'a platform such as linux/amd64 or linux/arm64/v8', ko: 'linux/amd64나 linux/arm64/v8 같은 플랫폼' });
              break;
            case 'chmod':
              if (!chmodPattern.test(value)) invalid({ en: 'octal permissions such as 755, or symbolic ones such as u+x', ko: '755 같은 8진수 권한이나 u+x 같은 기호 권한' });
              break;
            case 'chown':
              if (!chownPattern.test(value)) invalid({ en: 'user[:group], as names or numeric ids', ko: '이름이나 숫자 ID로 된 user[:group]' });
              break;
            case 'checksum':
              if (!checksumPattern.test(value)) invalid({ en: 'sha256:<64 hex digits> (or sha384/sha512)', ko: 'sha256:<16진수 64자리> (또는 sha384/sha512)' });
              break;
            default:
              break;
          }
        }
      },
    },
  },
});
