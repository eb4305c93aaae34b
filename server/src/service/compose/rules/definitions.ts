/**
 * Top-level volumes, networks, secrets and configs as compose-go validates
 * them: an external volume configures nothing else; a secret or config
 * takes its value from exactly one place (unless a driver or `external`
 * provides it); and the deprecated `external.name` cannot disagree with `name`.
 */
import { isMap, isScalar, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { PathSegment } from '../../../compose/catalogue';
import { getValue, keyName, scalarText } from '../../../compose/model';
import type { Collector } from '../report';
import { ComposeRuleMeta, docsPage, NodeCheck, ruleMaker } from './rule';

const rule = ruleMaker('consistency');

export const definitionRules = {
  externalWithOtherKeys: rule('external-with-other-keys', { en: 'External volume with settings', ko: '설정이 있는 외부 볼륨' }, { en: 'Compose neither creates nor configures an external volume: only `name` may go with `external: true` ("conflicting parameters").', ko: 'Compose는 외부 볼륨을 만들거나 설정하지 않습니다: `external: true`와 함께 쓸 수 있는 것은 `name`뿐입니다("conflicting parameters").' }, 'volumes:\n  data:\n    external: true\n    driver: local', { docs: docsPage('volumes') }),
  conflictingSources: rule('conflicting-sources', { en: 'Value from two places', ko: '두 곳에서 오는 값' }, { en: 'A secret takes `file` or `environment`, a config `file`, `environment` or `content`: one of them ("mutually exclusive").', ko: 'secret은 `file`이나 `environment`, config는 `file`, `environment`, `content` 중 하나만 씁니다("mutually exclusive").' }, 'secrets:\n  token:\n    file: ./token\n    environment: TOKEN', { docs: docsPage('secrets') }),
  missingSource: rule('missing-source', { en: 'No value', ko: '값이 없음' }, { en: 'A secret or config must say where its value comes from, unless it is external or has a driver ("one of file|environment must be set").', ko: 'secret과 config는 값을 어디서 가져올지 정해야 합니다(외부이거나 driver가 있으면 예외)("one of file|environment must be set").' }, 'secrets:\n  token:\n    labels: [a=b]', { docs: docsPage('secrets') }),
  externalNameConflict: rule('external-name-conflict', { en: '`name` and `external.name` disagree', ko: '`name`과 `external.name`이 다름' }, { en: 'The deprecated `external.name` sets the name too; with a different `name` Compose refuses both ("name and external.name conflict").', ko: '더 이상 권장되지 않는 `external.name`도 이름을 정합니다. 다른 `name`이 있으면 Compose가 거부합니다("name and external.name conflict").' }, 'volumes:\n  data:\n    name: a\n    external:\n      name: b', { docs: docsPage('volumes') }),
} satisfies Record<string, ComposeRuleMeta>;

interface Definition {
  readonly section: string;
  readonly name: string;
  readonly body: YAMLMap;
  readonly keys: readonly { readonly name: string; readonly key: Scalar }[];
}

function definition(node: Node, path: readonly PathSegment[]): Definition | undefined {
  if (!isMap(node)) return undefined;
  const keys = (node.items as Pair[]).filter((pair) => isScalar(pair.key)).map((pair) => ({ name: keyName(pair) ?? '', key: pair.key as Scalar }));
  return { section: String(path[0]), name: String(path[1]), body: node, keys };
}

/** compose-go checks this on volumes only: external networks, secrets and configs may carry other keys. */
function checkExternalVolume(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  const found = definition(node, path);
  const external = found && getValue(collector.compose, found.body, 'external');
  // Only a YAML `true` counts: compose-go reads the tag, not the text.
  if (!found || !isScalar(external) || external.value !== true) return;
  for (const key of found.keys) {
    if (key.name === 'external' || key.name === 'name' || key.name.startsWith('x-')) continue;
    collector.report(definitionRules.externalWithOtherKeys, key.key, { en: `"${key.name}" conflicts with "external: true": Compose does not create or configure external volumes. Remove "${key.name}" or "external".`, ko: `"${key.name}"은(는) "external: true"와 충돌합니다: Compose는 외부 볼륨을 만들거나 설정하지 않습니다. "${key.name}"(이)나 "external"을 지우세요.` }, [...path, key.name]);
  }
}

/** Where a secret or config takes its value from. */
function checkSources(collector: Collector, node: Node, path: readonly PathSegment[], key: Scalar | undefined): void {
  const found = definition(node, path);
  if (!found) return;
  const kind = found.section === 'secrets' ? 'secret' : 'config';
  const allowed = kind === 'secret' ? ['file', 'environment'] : ['file', 'environment', 'content'];
  const sources = found.keys.filter((key) => allowed.includes(key.name));
  if (sources.length > 1) {
    const quoted = sources.map((key) => `"${key.name}"`);
    for (const source of sources.slice(1)) {
      collector.report(definitionRules.conflictingSources, source.key, { en: `A ${kind} takes its value from one place: ${quoted.join(' and ')} are both set. Keep one.`, ko: `${kind}의 값은 한 곳에서만 가져옵니다: ${quoted.join(', ')}이(가) 모두 설정되어 있습니다. 하나만 남기세요.` }, [...path, source.name]);
    }
  }
  const provided = found.keys.some((key) => key.name === 'external' || key.name === 'driver');
  if (sources.length > 0 || provided) return;
  const options = allowed.map((key) => `"${key}:"`).join(', ');
  collector.report(definitionRules.missingSource, key ?? node, { en: `${kind === 'secret' ? 'Secret' : 'Config'} "${found.name}" does not say where its value comes from: add one of ${options}, or "external: true" ("one of ${allowed.join('|')} must be set").`, ko: `${kind} "${found.name}"의 값을 어디서 가져올지 정해져 있지 않습니다: ${options} 중 하나나 "external: true"를 추가하세요("one of ${allowed.join('|')} must be set").` }, path);
}

/** The deprecated `external: {name: …}` beside a different `name`. */
function checkExternalName(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  const found = definition(node, path);
  if (!found) return;
  const compose = collector.compose;
  const external = getValue(compose, found.body, 'external');
  const externalName = isMap(external) ? getValue(compose, external, 'name') : undefined;
  const name = scalarText(getValue(compose, found.body, 'name'));
  if (externalName === undefined || name === undefined || scalarText(externalName) === name) return;
  collector.report(definitionRules.externalNameConflict, externalName as Node, { en: `"external.name: ${scalarText(externalName)}" disagrees with "name: ${name}" ("name and external.name conflict; only use name"): remove "external.name" and keep "external: true".`, ko: `"external.name: ${scalarText(externalName)}"이(가) "name: ${name}"과(와) 다릅니다("name and external.name conflict; only use name"): "external.name"을 지우고 "external: true"를 남기세요.` }, [...path, 'external', 'name']);
}

export const definitionNodeChecks: readonly NodeCheck[] = [
  { at: 'volumes.*', check: checkExternalVolume },
  { at: 'secrets.*', check: checkSources },
  { at: 'configs.*', check: checkSources },
  ...['volumes.*', 'networks.*', 'secrets.*', 'configs.*'].map((at) => ({ at, check: checkExternalName })),
];
