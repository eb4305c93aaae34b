/**
 * What Compose accepts but users regret, from the notes and from
 * experience: `KEY= value` (the value keeps the space), passwords written in
 * the file, legacy `links`, waiting for a health status nothing reports,
 * and declarations no service uses.
 */
import { DiagnosticTag } from '../../../lsp';
import { isMap, isScalar, isSeq, Node, Scalar } from 'yaml';
import type { PathSegment } from '../../../compose/catalogue';
import { getValue, keyName, offsetRange, scalarText, sectionOf } from '../../../compose/model';
import { hasInterpolation } from '../../../compose/syntax';
import type { Collector } from '../report';
import type { Project } from '../project';
import { capitalize, koreanKind, namesMayBeElsewhere } from './references';
import { composeFileDocs, ComposeRuleMeta, docsPage, NodeCheck, ProjectCheck, ruleMaker } from './rule';

const rule = ruleMaker('best-practice', { defaultSeverity: 'warning', docs: docsPage('services') });

export const bestPracticeRules = {
  envSpaceAroundEquals: rule('env-space-around-equals', { en: 'Space after `=`', ko: '`=` 뒤의 공백' }, { en: 'In `KEY= value` the value starts with a space, which Compose keeps.', ko: '`KEY= value`에서 값이 공백으로 시작하며, Compose는 그 공백을 그대로 둡니다.' }, 'services:\n  web:\n    image: x\n    environment:\n      - MYSQL_DATABASE= jjdb'),
  plainTextSecret: rule('plain-text-secret', { en: 'Password in plain text', ko: '평문 비밀번호' }, { en: 'A password, token or key written in the file ends up in version control; use secrets or `.env`.', ko: '파일에 쓴 비밀번호·토큰·키는 버전 관리에 남습니다. secrets나 `.env`를 쓰세요.' }, 'services:\n  web:\n    image: x\n    environment:\n      MYSQL_ROOT_PASSWORD: hunter2'),
  legacyLinks: rule('legacy-links', { en: 'Legacy `links`', ko: '옛 `links`' }, { en: 'Services on one network already reach each other by name; `links` is a legacy feature.', ko: '같은 네트워크의 서비스는 이미 이름으로 서로 닿습니다. `links`는 옛 기능입니다.' }, 'services:\n  web:\n    image: x\n    links: [db]\n  db:\n    image: postgres', { tags: [DiagnosticTag.Deprecated] }),
  healthyWithoutHealthcheck: rule('healthy-without-healthcheck', { en: '`service_healthy` without a healthcheck', ko: 'healthcheck 없는 `service_healthy`' }, { en: 'Waiting for a healthy service fails unless it (or its image) defines a healthcheck.', ko: '서비스(나 이미지)에 healthcheck가 없으면 healthy를 기다리는 것은 실패합니다.' }, 'services:\n  web:\n    image: x\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres'),
  unusedDeclaration: rule('unused-declaration', { en: 'Unused declaration', ko: '쓰지 않는 선언' }, { en: 'A network, volume, secret or config no service uses.', ko: '어떤 서비스도 쓰지 않는 네트워크, 볼륨, secret, config입니다.' }, 'services:\n  web:\n    image: x\nvolumes:\n  leftover:', { defaultSeverity: 'hint', tags: [DiagnosticTag.Unnecessary], docs: composeFileDocs }),
} satisfies Record<string, ComposeRuleMeta>;

const secretLikeName = /PASSW(OR)?D|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;

function checkEnvironment(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (!isScalar(item) || typeof item.value !== 'string') return;
      const match = /^([^=\s]*)=(\s*)(.*)$/.exec(item.value);
      if (!match) return;
      const [, name, space, value] = match;
      if (space) {
        collector.report(bestPracticeRules.envSpaceAroundEquals, item, { en: `The value of ${name} starts with a space: Compose keeps it, so the value is "${space}${value}". Remove the spaces around "=": ${name}=${value}.`, ko: `${name}의 값이 공백으로 시작합니다: Compose는 공백을 그대로 두므로 값은 "${space}${value}"이(가) 됩니다. "=" 앞뒤의 공백을 지우세요: ${name}=${value}.` }, [...path, index], { replacement: `${name}=${value}` });
      }
      checkSecretValue(collector, item, name, value, [...path, index]);
    });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const name = keyName(pair);
      if (name === undefined || !isScalar(pair.value) || pair.value.value === null) continue;
      checkSecretValue(collector, pair.value, name, String(pair.value.value), [...path, name]);
    }
  }
}

function checkSecretValue(collector: Collector, node: Scalar, name: string, value: string, path: readonly PathSegment[]): void {
  if (!secretLikeName.test(name) || /_FILE$/i.test(name) || value.trim() === '' || hasInterpolation(value)) return;
  collector.report(bestPracticeRules.plainTextSecret, node, { en: `${name} is written in plain text in the Compose file. Use "secrets:" (and ${name}_FILE=/run/secrets/…) or an interpolated \${${name}} from a git-ignored .env file.`, ko: `${name}이(가) Compose 파일에 평문으로 적혀 있습니다. "secrets:"(와 ${name}_FILE=/run/secrets/…)를 쓰거나, git에서 제외한 .env 파일의 \${${name}} 치환을 쓰세요.` }, path);
}

function checkLinks(collector: Collector, _node: Node, path: readonly PathSegment[], key: Scalar | undefined): void {
  if (!key) return;
  collector.report(bestPracticeRules.legacyLinks, key, { en: '"links" is a legacy feature: services on the same network already reach each other by service name. Use "networks" (and "depends_on" for start order).', ko: '"links"는 옛 기능입니다: 같은 네트워크의 서비스는 이미 서비스 이름으로 서로 접근할 수 있습니다. "networks"를 쓰세요 (시작 순서는 "depends_on"으로).' }, path);
}

export const bestPracticeNodeChecks: readonly NodeCheck[] = [
  { at: 'services.*.environment', check: checkEnvironment },
  { at: 'services.*.links', check: checkLinks },
];

/**
 * `condition: service_healthy` waits for a health status that only a
 * healthcheck produces: without one here, the image must define HEALTHCHECK
 * or `docker compose up` fails. A warning, since the image may have one.
 */
function checkHealthyDependencies(project: Project): void {
  const compose = project.compose;
  for (const service of project.services) {
    const dependsOn = project.value(service, 'depends_on');
    if (!isMap(dependsOn)) continue;
    for (const pair of dependsOn.items) {
      const name = keyName(pair);
      const condition = isMap(pair.value) ? getValue(compose, pair.value, 'condition') : undefined;
      if (name === undefined || scalarText(condition) !== 'service_healthy') continue;
      const target = project.service(name);
      if (!target || target.bodies.length === 0) continue;
      const healthcheck = project.value(target, 'healthcheck');
      const disabled = isMap(healthcheck) && ['true', 'True'].includes(scalarText(getValue(compose, healthcheck, 'disable')) ?? '');
      if (healthcheck !== undefined && !disabled) continue;
      project.collector.report(bestPracticeRules.healthyWithoutHealthcheck, condition as Node, { en: `"${name}" has no healthcheck${disabled ? ' (it is disabled)' : ''}: "service_healthy" fails unless its image defines HEALTHCHECK. Add a "healthcheck:" to "${name}", or wait for "service_started".`, ko: `"${name}"에 healthcheck가 없습니다${disabled ? ' (꺼져 있습니다)' : ''}: 이미지에 HEALTHCHECK가 없으면 "service_healthy"는 실패합니다. "${name}"에 "healthcheck:"를 추가하거나 "service_started"를 기다리세요.` }, ['services', service.name, 'depends_on', name, 'condition']);
    }
  }
}

/** Declared networks, volumes, secrets and configs no service uses: leftovers, shown faded. */
function checkUnused(project: Project): void {
  if (namesMayBeElsewhere(project)) return;
  const compose = project.compose;
  const index = compose.symbols();
  for (const kind of ['network', 'volume', 'secret', 'config'] as const) {
    const used = new Set(index.references.filter((reference) => reference.kind === kind).map((reference) => reference.name));
    for (const declaration of index.declarations.get(kind)!.values()) {
      // `networks: default:` configures the network every service joins.
      if (used.has(declaration.name) || (kind === 'network' && declaration.name === 'default')) continue;
      project.collector.report(bestPracticeRules.unusedDeclaration, offsetRange(compose, declaration.start, declaration.end), { en: `${capitalize(kind)} "${declaration.name}" is declared but no service uses it.`, ko: `${koreanKind[kind] ?? kind} "${declaration.name}"은(는) 선언되었지만 어떤 서비스도 쓰지 않습니다.` }, [sectionOf(kind), declaration.name]);
    }
  }
}

export const bestPracticeProjectChecks: readonly ProjectCheck[] = [checkHealthyDependencies, checkUnused];
