/** `RUN --mount=type=…,key=value,…`: a known type, its keys, their values, and a target where one is needed. */
import type { Flag, Instruction } from '../../../../dockerfile/ast';
import { mountKey, mountTypes, mountTypesByName, type MountTypeSpec } from '../../../../dockerfile/catalogue';
import type { Localized } from '../../../localized';
import { rememberingLast } from '../../readers';
import { dockerfileRule, mountHref } from '../rule';

export interface MountField {
  readonly key: string;
  readonly value: string | undefined;
}

/** A `--mount` flag read as its `key=value` fields. */
export interface RunMount {
  readonly flag: Flag;
  readonly fields: readonly MountField[];
  /** `type=`, or bind. */
  readonly typeName: string;
  /** `undefined` for a type BuildKit does not have. */
  readonly type: MountTypeSpec | undefined;
}

/**
 * The `--mount` flags of a RUN with a value to check (one with a variable is known only at build
 * time), read once for all the rules that check them.
 */
export const mountsOf = rememberingLast((instruction: Instruction): readonly RunMount[] => {
  const mounts: RunMount[] = [];
  for (const flag of instruction.flags) {
    if (flag.name.toLowerCase() !== 'mount' || !flag.value || flag.value.includes('$')) continue;
    const fields = flag.value.split(',').map((field): MountField => {
      const equals = field.indexOf('=');
      return equals < 0 ? { key: field.trim(), value: undefined } : { key: field.slice(0, equals).trim(), value: field.slice(equals + 1).trim() };
    });
    const typeName = (fields.find((f) => f.key.toLowerCase() === 'type')?.value ?? 'bind').toLowerCase();
    mounts.push({ flag, fields, typeName, type: mountTypesByName.get(typeName) });
  }
  return mounts;
});

export const invalidMount = dockerfileRule({
  id: 'invalid-mount',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: mountHref,
  title: { en: 'Invalid mount', ko: '잘못된 마운트' },
  description: { en: 'A RUN --mount with an unknown type or key, a bad value, or no target where the type needs one.', ko: 'RUN --mount의 타입이나 키를 알 수 없거나, 값이 틀렸거나, 필요한 target이 없습니다.' },
  example: 'FROM alpine\nRUN --mount=type=volume,target=/x echo hi',
  check: {
    instruction: {
      names: ['RUN'],
      check(instruction, _facts, report) {
        for (const { flag, fields, typeName, type } of mountsOf(instruction)) {
          const range = () => flag.valueRange ?? flag.range;
          if (!type) {
            report(range, { en: `Unknown mount type "${typeName}": use one of ${mountTypes.map((t) => t.type).join(', ')}.`, ko: `알 수 없는 마운트 타입 "${typeName}": ${mountTypes.map((t) => t.type).join(', ')} 중 하나를 쓰세요.` });
            continue;
          }
          let hasTarget = false;
          for (const field of fields) {
            if (field.key === '' || field.key.toLowerCase() === 'type') continue;
            const key = mountKey(type, field.key);
            if (!key) {
              // BuildKit reads every mount key whatever the type, so a key of another type is ignored (mount-key-ignored), not rejected.
              if (!mountTypes.some((other) => mountKey(other, field.key))) {
                report(range, { en: `Unknown key "${field.key}" for a ${type.type} mount: it accepts ${type.keys.map((k) => k.name).join(', ')}.`, ko: `${type.type} 마운트에 알 수 없는 키 "${field.key}": 쓸 수 있는 키는 ${type.keys.map((k) => k.name).join(', ')}입니다.` });
              }
              continue;
            }
            if (key.name === 'target') hasTarget = true;
            const v = field.value;
            if (v?.includes('$')) continue;
            const bad = (expected: Localized) =>
              report(range, {
                en: `Invalid value ${v === undefined ? '(none)' : `"${v}"`} for ${key.name} in a ${type.type} mount: expected ${expected.en}.`,
                ko: `${type.type} 마운트의 ${key.name} 값 ${v === undefined ? '(없음)' : `"${v}"`}이(가) 잘못되었습니다. ${expected.ko}이어야 합니다.`,
              });
            if (key.kind === 'boolean') {
              if (v !== undefined && !/^(true|false)$/i.test(v)) bad({ en: 'true or false', ko: 'true 또는 false' });
            } else if (v === undefined || v === '') bad({ en: `a ${key.kind === 'path' ? 'path' : 'value'}`, ko: key.kind === 'path' ? '경로' : '값' });
            else if (key.kind === 'enum' && !key.values?.includes(v)) bad({ en: `one of ${key.values?.join(', ')}`, ko: `${key.values?.join(', ')} 중 하나` });
            else if (key.kind === 'integer' && !(key.name === 'size' ? /^\d+(\.\d+)?[kmgtpb]?i?b?$/i : /^\d+$/).test(v)) bad({ en: 'a whole number', ko: '0 이상의 정수' });
            else if (key.kind === 'octal' && !/^0?[0-7]{3,4}$/.test(v)) bad({ en: 'an octal mode such as 0755', ko: '0755 같은 8진수 모드' });
          }
          if (!hasTarget && (type.type === 'bind' || type.type === 'cache' || type.type === 'tmpfs')) {
            report(range, { en: `A ${type.type} mount needs a target: --mount=type=${type.type},target=/path.`, ko: `${type.type} 마운트에는 target이 필요합니다: --mount=type=${type.type},target=/path.` });
          }
        }
      },
    },
  },
});

export const mountKeyIgnored = dockerfileRule({
  id: 'mount-key-ignored',
  kind: 'syntax',
  defaultSeverity: 'warning',
  docs: mountHref,
  title: { en: 'Mount key of another type', ko: '다른 타입의 마운트 키' },
  description: { en: 'A key that belongs to another mount type: BuildKit accepts it and ignores it.', ko: '다른 마운트 타입의 키입니다. BuildKit은 받아들이지만 무시합니다.' },
  example: 'FROM alpine\nRUN --mount=type=cache,target=/x,size=10 echo hi',
  check: {
    instruction: {
      names: ['RUN'],
      check(instruction, _facts, report) {
        for (const { flag, fields, type } of mountsOf(instruction)) {
          if (!type) continue;
          for (const field of fields) {
            if (field.key === '' || field.key.toLowerCase() === 'type' || mountKey(type, field.key)) continue;
            const elsewhere = mountTypes.find((other) => mountKey(other, field.key));
            if (!elsewhere) continue;
            report(() => flag.valueRange ?? flag.range, {
              en: `"${field.key}" has no effect on a ${type.type} mount (it belongs to ${elsewhere.type} mounts); a ${type.type} mount uses ${type.keys.map((k) => k.name).join(', ')}.`,
              ko: `"${field.key}"은(는) ${type.type} 마운트에서 아무 효과가 없습니다 (${elsewhere.type} 마운트의 키입니다). ${type.type} 마운트에는 ${type.keys.map((k) => k.name).join(', ')}을(를) 씁니다.`,
            });
          }
        }
      },
    },
  },
});
