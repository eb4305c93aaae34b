/**
 * What the Compose Specification's schema refuses, judged against the
 * catalogue (which a conformance test keeps equal to the schema compose-go
 * ships): unknown keys, values of the wrong type, missing required keys,
 * values outside an enumeration, a range or a pattern, names a section does
 * not allow, and deprecated keys. The walk calls these on every node.
 */
import { DiagnosticTag } from '../../../lsp';
import { isMap, isScalar, isSeq, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { composeRoot, KeySpec, PathSegment, ValueKind } from '../../../compose/catalogue';
import type { Localized } from '../../localized';
import { keyName } from '../../../compose/model';
import { closestMatch } from '../spelling';
import { hasInterpolation, isByteSize, isDuration } from '../../../compose/syntax';
import type { Collector } from '../report';
import { ComposeRuleMeta, docsPage, ruleMaker } from './rule';

const rule = ruleMaker('schema');

export const schemaRules = {
  unknownKey: rule(
    'unknown-key',
    { en: 'Unknown key', ko: '알 수 없는 키' },
    { en: 'A key the Compose Specification does not define at this place; Compose refuses the file ("additional property … is not allowed").', ko: 'Compose 명세가 이 자리에 정의하지 않은 키입니다. Compose가 파일을 거부합니다.' },
    'services:\n  web:\n    image: x\n    enviroment: []',
  ),
  wrongType: rule(
    'wrong-type',
    { en: 'Wrong type of value', ko: '잘못된 값의 종류' },
    { en: 'A value of a kind the key does not take (a string where a list belongs, a number where a string belongs, nothing where a value is needed).', ko: '키가 받지 않는 종류의 값입니다(목록 자리에 문자열, 문자열 자리에 숫자, 값이 필요한 자리에 빈 값).' },
    'services:\n  web:\n    image: x\n    ports: "80:80"',
  ),
  missingKey: rule(
    'missing-key',
    { en: 'Required key missing', ko: '필수 키 없음' },
    { en: 'A mapping without a key the specification requires there, like a device reservation without `capabilities`.', ko: '명세가 그 자리에 요구하는 키가 없는 매핑입니다. 예: `capabilities` 없는 장치 예약.' },
    'services:\n  web:\n    image: x\n    develop:\n      watch:\n        - path: ./src',
  ),
  invalidValue: rule(
    'invalid-value',
    { en: 'Invalid value', ko: '잘못된 값' },
    { en: 'A value outside what the key accepts: not one of its values, out of its range, or not of its pattern.', ko: '키가 받는 범위를 벗어난 값입니다: 허용된 값이 아니거나, 범위 밖이거나, 형식에 맞지 않습니다.' },
    'services:\n  web:\n    image: x\n    restart: sometimes',
  ),
  invalidName: rule(
    'invalid-name',
    { en: 'Invalid name', ko: '잘못된 이름' },
    { en: 'Service, volume, secret and config names are letters, digits, ".", "_" and "-"; other names must not be empty.', ko: '서비스·볼륨·secret·config 이름은 영문자, 숫자, ".", "_", "-"만 씁니다. 다른 이름은 비어 있으면 안 됩니다.' },
    'services:\n  "my web":\n    image: nginx',
  ),
  invalidDuration: rule(
    'invalid-duration',
    { en: 'Invalid duration', ko: '잘못된 시간 값' },
    { en: 'Durations are numbers with units, like `10s` or `1m30s`; a bare number is refused.', ko: '시간은 `10s`, `1m30s`처럼 단위가 붙은 숫자입니다. 단위 없는 숫자는 거부됩니다.' },
    'services:\n  web:\n    image: x\n    stop_grace_period: 10',
  ),
  invalidSize: rule(
    'invalid-size',
    { en: 'Invalid size', ko: '잘못된 크기 값' },
    { en: 'Sizes are bytes or numbers with units, like `512m` or `1g`.', ko: '크기는 바이트 수나 `512m`, `1g`처럼 단위가 붙은 숫자입니다.' },
    'services:\n  web:\n    image: x\n    mem_limit: lots',
  ),
  deprecatedKey: rule(
    'deprecated-key',
    { en: 'Deprecated key', ko: '더 이상 권장되지 않는 키' },
    { en: 'A key the specification deprecates: Compose still reads it and warns.', ko: '명세가 더 이상 권장하지 않는 키입니다. Compose는 읽지만 경고합니다.' },
    'volumes:\n  data:\n    external:\n      name: shared',
    { defaultSeverity: 'warning', tags: [DiagnosticTag.Deprecated] },
  ),
  obsoleteVersion: rule(
    'obsolete-version',
    { en: 'Obsolete version', ko: '쓰지 않는 version' },
    { en: 'The top-level `version` is ignored by Compose, which warns about it.', ko: '최상위 `version`은 Compose가 무시하고 경고합니다.' },
    "version: '3.8'\nservices:\n  web:\n    image: x",
    { defaultSeverity: 'warning', tags: [DiagnosticTag.Deprecated], docs: docsPage('version-and-name') },
  ),
} satisfies Record<string, ComposeRuleMeta>;

export const servicesSpec = composeRoot.children!.services;
export const serviceKeys = new Set(Object.keys(servicesSpec.named!.children!));

const kindNames: Record<ValueKind, Localized> = {
  string: { en: 'a string', ko: '문자열' },
  boolean: { en: 'true or false', ko: 'true 또는 false' },
  integer: { en: 'a whole number', ko: '정수' },
  number: { en: 'a number', ko: '숫자' },
  duration: { en: 'a duration like "30s" or "1m30s"', ko: '"30s"나 "1m30s" 같은 시간' },
  bytes: { en: 'a size like "512m" or "1g"', ko: '"512m"나 "1g" 같은 크기' },
  mapping: { en: 'a mapping (key: value lines)', ko: '매핑(key: value 줄)' },
  list: { en: 'a list ("- item" lines)', ko: '목록("- item" 줄)' },
  null: { en: 'empty', ko: '빈 값' },
};

export function lastKey(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

function describeKinds(spec: KeySpec): Localized {
  const kinds = spec.kinds.filter((kind) => kind !== 'null');
  return {
    en: kinds.map((kind) => kindNames[kind].en).join(' or '),
    ko: kinds.map((kind) => kindNames[kind].ko).join(' 또는 '),
  };
}

function describeValue(value: unknown): Localized {
  if (typeof value === 'string') return { en: `the text "${value}"`, ko: `문자열 "${value}"` };
  if (typeof value === 'number') return { en: `the number ${value}`, ko: `숫자 ${value}` };
  if (typeof value === 'boolean') return { en: `the boolean ${value}`, ko: `불리언 ${value}` };
  return { en: 'this value', ko: '이 값' };
}

function scalarFits(kind: ValueKind, value: unknown): boolean {
  switch (kind) {
    case 'string':
    case 'duration':
    case 'bytes':
      return typeof value === 'string';
    case 'boolean':
      // Compose still reads YAML 1.1 spellings (`yes`, `off`) as booleans.
      return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false|yes|no|on|off|y|n)$/i.test(value));
    case 'integer':
      return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value));
    default:
      return false;
  }
}

/** An empty value (`key:` and nothing) is accepted only where the specification allows null. */
export function checkEmptyValue(collector: Collector, anchor: Node, spec: KeySpec, path: readonly PathSegment[]): void {
  if (spec.kinds.includes('null')) return;
  const expected = describeKinds(spec);
  collector.report(schemaRules.wrongType, anchor, { en: `"${lastKey(path)}" needs a value: ${expected.en}.`, ko: `"${lastKey(path)}"에 값이 필요합니다: ${expected.ko}.` }, path);
}

/**
 * Reports a value of the wrong kind, and a scalar of the right kind whose
 * content is wrong; returns whether the value is of a kind the key takes
 * (so that what is inside it, and the checks of its place, apply).
 */
export function checkValue(collector: Collector, node: Node, spec: KeySpec, path: readonly PathSegment[], anchor: Node): boolean {
  if (isMap(node)) return expectCollection(collector, node, spec, path, 'mapping');
  if (isSeq(node)) return expectCollection(collector, node, spec, path, 'list');
  if (!isScalar(node)) return false;
  const value = node.value;
  if (value === null) {
    checkEmptyValue(collector, anchor, spec, path);
    return false;
  }
  if (typeof value === 'string' && hasInterpolation(value)) return true;
  const kind = spec.kinds.find((k) => scalarFits(k, value));
  if (kind) {
    checkScalar(collector, node, kind, spec, path);
    return true;
  }
  const text = String(value);
  if (spec.kinds.includes('duration') && typeof value === 'number') {
    collector.report(schemaRules.invalidDuration, node, { en: `"${lastKey(path)}" needs a unit: write "${text}s" for seconds (or ms, m, h).`, ko: `"${lastKey(path)}"에는 단위가 필요합니다: 초라면 "${text}s"로 쓰세요 (ms, m, h도 됩니다).` }, path);
    return false;
  }
  // A single item where a list belongs (`ports: "80:80"`) is fixed by wrapping it.
  const wrap = spec.kinds.includes('list') && !!spec.item && spec.item.kinds.some((itemKind) => scalarFits(itemKind, value));
  const expected = describeKinds(spec);
  const actual = describeValue(value);
  collector.report(schemaRules.wrongType, node, { en: `"${lastKey(path)}" must be ${expected.en}, not ${actual.en}.`, ko: `"${lastKey(path)}"은(는) ${expected.ko}이어야 하는데 ${actual.ko}입니다.` }, path, wrap ? { wrapInList: true } : undefined);
  return false;
}

function expectCollection(collector: Collector, node: YAMLMap | YAMLSeq, spec: KeySpec, path: readonly PathSegment[], kind: 'mapping' | 'list'): boolean {
  if (spec.kinds.includes(kind)) return true;
  const expected = describeKinds(spec);
  collector.report(schemaRules.wrongType, node, { en: `"${lastKey(path)}" must be ${expected.en}, not ${kindNames[kind].en}.`, ko: `"${lastKey(path)}"은(는) ${expected.ko}이어야 하는데 ${kindNames[kind].ko}입니다.` }, path);
  return false;
}

const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) patterns.set(source, (compiled = new RegExp(source)));
  return compiled;
}

/** For values that must match a pattern: the usual values, offered as a did-you-mean … */
const patternValues: Readonly<Record<string, readonly string[]>> = {
  pull_policy: ['always', 'never', 'missing', 'build', 'if_not_present', 'refresh', 'daily', 'weekly', 'every_12h'],
};

/** … or what the pattern asks for. */
const patternHints: Readonly<Record<string, Localized>> = {
  container_name: { en: 'use at least two characters, starting with a letter or digit, then letters, digits, "_", "." or "-".', ko: '영문자나 숫자로 시작하는 두 글자 이상으로, 영문자, 숫자, "_", ".", "-"를 쓰세요.' },
};

function checkScalar(collector: Collector, node: Scalar, kind: ValueKind, spec: KeySpec, path: readonly PathSegment[]): void {
  const key = lastKey(path);
  const value = node.value;
  const text = String(value);
  if (kind === 'duration' && !isDuration(text)) {
    collector.report(schemaRules.invalidDuration, node, { en: `"${text}" is not a duration: write a number with a unit, like "10s", "1m30s" or "500ms".`, ko: `"${text}"은(는) 시간 값이 아닙니다: "10s", "1m30s", "500ms"처럼 숫자에 단위를 붙여 쓰세요.` }, path);
  } else if (kind === 'bytes' && !isByteSize(text)) {
    collector.report(schemaRules.invalidSize, node, { en: `"${text}" is not a size: write bytes or a number with a unit, like "512m", "1g" or "256k".`, ko: `"${text}"은(는) 크기 값이 아닙니다: 바이트 수나 "512m", "1g", "256k"처럼 숫자에 단위를 붙여 쓰세요.` }, path);
  } else if (kind === 'string' && spec.values && !spec.open && !spec.values.includes(text) && !(key === 'restart' && /^on-failure:\d+$/.test(text))) {
    reportInvalidValue(collector, node, text, key, spec.values, path);
  } else if (kind === 'string' && spec.pattern && !pattern(spec.pattern).test(text)) {
    if (patternValues[key]) return reportInvalidValue(collector, node, text, key, patternValues[key], path);
    const hint = patternHints[key];
    collector.report(schemaRules.invalidValue, node, { en: `"${text}" is not a valid ${key}${hint ? `: ${hint.en}` : '.'}`, ko: `"${text}"은(는) 올바른 ${key} 값이 아닙니다${hint ? `: ${hint.ko}` : '.'}` }, path);
  } else if (typeof value === 'number' && spec.minimum !== undefined && value < spec.minimum) {
    collector.report(schemaRules.invalidValue, node, { en: `"${key}" must be ${spec.minimum} or more, not ${text}.`, ko: `"${key}"은(는) ${spec.minimum} 이상이어야 하는데 ${text}입니다.` }, path);
  } else if (typeof value === 'number' && spec.maximum !== undefined && value > spec.maximum) {
    collector.report(schemaRules.invalidValue, node, { en: `"${key}" must be ${spec.maximum} or less, not ${text}.`, ko: `"${key}"은(는) ${spec.maximum} 이하여야 하는데 ${text}입니다.` }, path);
  }
}

export function reportInvalidValue(collector: Collector, node: Scalar, text: string, key: string, allowed: readonly string[], path: readonly PathSegment[]): void {
  const suggestion = closestMatch(text, allowed);
  const list = allowed.map((value) => `"${value}"`).join(', ');
  collector.report(
    schemaRules.invalidValue,
    node,
    { en: `"${text}" is not a valid ${key}: use one of ${list}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`, ko: `"${text}"은(는) 올바른 ${key} 값이 아닙니다: ${list} 중 하나를 쓰세요.${suggestion ? ` "${suggestion}"의 오타인가요?` : ''}` },
    path,
    suggestion ? { replacement: suggestion } : undefined,
  );
}

/** Keys a mapping requires, among the keys it has (its own and merged-in ones). */
export function checkRequired(collector: Collector, keys: ReadonlySet<string>, spec: KeySpec, path: readonly PathSegment[], anchor: Node): void {
  for (const required of spec.required ?? []) {
    if (keys.has(required)) continue;
    const what: Localized = typeof path[path.length - 1] === 'number' ? { en: `Each "${lastKey(path)}" entry`, ko: `"${lastKey(path)}"의 각 항목` } : { en: `"${lastKey(path)}"`, ko: `"${lastKey(path)}"` };
    collector.report(schemaRules.missingKey, anchor, { en: `${what.en} needs "${required}": Compose refuses it without ("${required} is required").`, ko: `${what.ko}에 "${required}"이(가) 필요합니다: 없으면 Compose가 거부합니다("${required} is required").` }, path);
  }
}

/** A user-chosen name under a mapping whose names follow a pattern. */
export function checkName(collector: Collector, keyNode: Scalar, name: string, parent: KeySpec, path: readonly PathSegment[]): void {
  if (!parent.namePattern || pattern(parent.namePattern).test(name)) return;
  const message: Localized = name === ''
    ? { en: 'A name cannot be empty.', ko: '이름은 비어 있으면 안 됩니다.' }
    : { en: `"${name}" is not a valid name: use letters, digits, ".", "_" and "-" only.`, ko: `"${name}"은(는) 올바른 이름이 아닙니다: 영문자, 숫자, ".", "_", "-"만 쓸 수 있습니다.` };
  collector.report(schemaRules.invalidName, keyNode, message, path);
}

/** Returns the key the user probably meant, if any. */
export function reportUnknownKey(collector: Collector, keyNode: Scalar, key: string, parent: KeySpec, path: readonly PathSegment[], value: unknown): string | undefined {
  const known = Object.keys(parent.children ?? {});
  const suggestion = closestMatch(key, known);
  const parentKey = String(path[path.length - 2]);
  const where = path.length === 1 ? 'at the top level of a Compose file' : `under "${parentKey}"`;
  const whereKo = path.length === 1 ? 'Compose 파일 최상위에' : `"${parentKey}" 아래에`;
  // The old (v1) format put services at the top level, as one of the notes does.
  if (path.length === 1 && !suggestion && looksLikeService(value)) {
    collector.report(schemaRules.unknownKey, keyNode, { en: `"${key}" looks like a service, but services go under the top-level "services:" key (the format without it is obsolete).`, ko: `"${key}"은(는) 서비스처럼 보이지만, 서비스는 최상위 "services:" 키 아래에 써야 합니다 (services 없이 쓰는 형식은 더 이상 쓰지 않습니다).` }, path.slice(0, -1), {
      nestUnder: 'services',
    });
    return undefined;
  }
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  const hintKo = suggestion ? ` "${suggestion}"의 오타인가요?` : '';
  collector.report(
    schemaRules.unknownKey,
    keyNode,
    { en: `Unknown key "${key}" ${where}: Compose will reject the file.${hint}`, ko: `${whereKo} 알 수 없는 키 "${key}"이(가) 있어 Compose가 파일을 거부합니다.${hintKo}` },
    path.slice(0, -1),
    suggestion ? { replacement: suggestion } : undefined,
  );
  return suggestion;
}

function looksLikeService(value: unknown): boolean {
  if (!isMap(value) || value.items.length === 0) return false;
  const keys = value.items.map((pair) => keyName(pair) ?? '');
  return keys.some((key) => key === 'image' || key === 'build') && keys.every((key) => serviceKeys.has(key) || key.startsWith('x-'));
}

export function reportDeprecated(collector: Collector, keyNode: Scalar, key: string, spec: KeySpec, path: readonly PathSegment[]): void {
  if (path.length === 1 && key === 'version') {
    collector.report(schemaRules.obsoleteVersion, keyNode, { en: 'The top-level "version" is obsolete: Compose ignores it and warns. Remove it.', ko: '최상위 "version"은 더 이상 쓰지 않습니다: Compose는 이를 무시하고 경고합니다. 지우세요.' }, path);
    return;
  }
  collector.report(schemaRules.deprecatedKey, keyNode, { en: `"${key}" is deprecated. ${spec.deprecated?.en ?? ''}`, ko: `"${key}"은(는) 더 이상 권장되지 않습니다(deprecated). ${spec.deprecated?.ko ?? ''}` }, path);
}
