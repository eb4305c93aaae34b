/**
 * What compose-go's loader and consistency check refuse in a service that
 * no schema can say: an image or build to run, options that exclude each
 * other, replicas that disagree, a fixed container name for several
 * containers, watch rules and device requests that cannot work, and
 * `depends_on` loops.
 */
import { isMap, isScalar, isSeq, Node, Scalar, YAMLMap } from 'yaml';
import type { PathSegment } from '../../../compose/catalogue';
import { getValue, keyName, scalarText } from '../../../compose/model';
import { closestMatch } from '../spelling';
import { hasInterpolation, isByteSize } from '../../../compose/syntax';
import type { Collector } from '../report';
import type { Project, ServiceEntry } from '../project';
import { ComposeRuleMeta, docsPage, NodeCheck, ProjectCheck, ruleMaker } from './rule';
import { schemaRules } from './schema';

const rule = ruleMaker('consistency', { docs: docsPage('services') });

export const serviceRules = {
  missingImage: rule('missing-image', { en: 'Nothing to run', ko: '실행할 것이 없음' }, { en: 'A service needs `image`, `build`, `provider` or `extends` ("has neither an image nor a build context").', ko: '서비스에는 `image`, `build`, `provider` 또는 `extends`가 필요합니다.' }, 'services:\n  web:\n    restart: always'),
  networkModeWithNetworks: rule('network-mode-with-networks', { en: '`network_mode` with `networks`', ko: '`network_mode`와 `networks` 함께 씀' }, { en: 'A service either shares a network stack (`network_mode`) or joins networks; Compose refuses both.', ko: '서비스는 네트워크 스택을 공유하거나(`network_mode`) 네트워크에 참여합니다. 둘 다 쓰면 거부됩니다.' }, 'services:\n  web:\n    image: x\n    network_mode: host\n    networks: [default]'),
  invalidHealthcheckTest: rule('invalid-healthcheck-test', { en: 'Healthcheck test without CMD', ko: 'CMD 없는 healthcheck test' }, { en: 'A `test` list must start with `CMD`, `CMD-SHELL` or `NONE`.', ko: '`test` 목록은 `CMD`, `CMD-SHELL`, `NONE` 중 하나로 시작해야 합니다.' }, 'services:\n  web:\n    image: x\n    healthcheck:\n      test: ["curl", "-f", "http://localhost"]'),
  scaleReplicasMismatch: rule('scale-replicas-mismatch', { en: '`scale` and `deploy.replicas` disagree', ko: '`scale`과 `deploy.replicas`가 다름' }, { en: 'Both set the number of containers; compose-go refuses distinct values.', ko: '둘 다 컨테이너 수를 정합니다. 값이 다르면 거부됩니다.' }, 'services:\n  web:\n    image: x\n    scale: 2\n    deploy:\n      replicas: 3'),
  conflictingResources: rule('conflicting-resources', { en: 'Limits set twice, differently', ko: '한도를 두 번, 다르게 설정' }, { en: '`cpus`, `mem_limit`, `mem_reservation` and `pids_limit` must agree with their `deploy.resources` counterparts.', ko: '`cpus`, `mem_limit`, `mem_reservation`, `pids_limit`는 `deploy.resources`의 같은 값과 일치해야 합니다.' }, 'services:\n  web:\n    image: x\n    cpus: 1\n    deploy:\n      resources:\n        limits:\n          cpus: "2"', { docs: docsPage('deploy') }),
  containerNameWithReplicas: rule('container-name-with-replicas', { en: 'Fixed container name for several containers', ko: '여러 컨테이너에 고정 이름' }, { en: 'A container name is unique on the engine: compose-go refuses `container_name` with more than one replica.', ko: '컨테이너 이름은 엔진에서 유일합니다: 복제본이 둘 이상이면 `container_name`을 거부합니다.' }, 'services:\n  web:\n    image: x\n    container_name: web\n    scale: 2'),
  dockerfileConflict: rule('dockerfile-conflict', { en: '`dockerfile` with `dockerfile_inline`', ko: '`dockerfile`과 `dockerfile_inline` 함께 씀' }, { en: 'A build reads one Dockerfile: from a file or written inline, not both.', ko: '빌드는 Dockerfile 하나를 읽습니다: 파일이든 인라인이든 하나만 쓰세요.' }, 'services:\n  web:\n    build:\n      dockerfile: Dockerfile\n      dockerfile_inline: FROM alpine', { docs: docsPage('build') }),
  platformNotBuilt: rule('platform-not-built', { en: '`platform` not among `build.platforms`', ko: '`build.platforms`에 없는 `platform`' }, { en: 'When a service builds for several platforms, the one it runs on must be one of them.', ko: '여러 플랫폼으로 빌드할 때, 실행할 플랫폼은 그중 하나여야 합니다.' }, 'services:\n  web:\n    platform: linux/arm64\n    build:\n      context: https://github.com/docker/example.git\n      platforms: [linux/amd64]', { docs: docsPage('build') }),
  watchTargetRequired: rule('watch-target-required', { en: 'Sync without a target', ko: 'target 없는 sync' }, { en: 'A `sync`, `sync+restart` or `sync+exec` watch rule copies files into the container: it needs `target`.', ko: '`sync`, `sync+restart`, `sync+exec` 감시 규칙은 컨테이너로 파일을 복사하므로 `target`이 필요합니다.' }, 'services:\n  web:\n    image: x\n    develop:\n      watch:\n        - path: ./src\n          action: sync', { docs: docsPage('develop') }),
  invalidDeviceRequest: rule('invalid-device-request', { en: 'Invalid device request', ko: '잘못된 장치 요청' }, { en: '`count` is a number or `all`, and excludes `device_ids`.', ko: '`count`는 숫자나 `all`이며, `device_ids`와 함께 쓸 수 없습니다.' }, 'services:\n  web:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n              count: 2\n              device_ids: ["0"]', { docs: docsPage('deploy') }),
  envNameSpace: rule('env-name-space', { en: 'Environment variable name with a space', ko: '공백이 든 환경 변수 이름' }, { en: 'In `NAME = value`, the name ends with a space; compose-go refuses it ("declared with a trailing space").', ko: '`NAME = value`에서 이름이 공백으로 끝납니다. compose-go가 거부합니다("declared with a trailing space").' }, 'services:\n  web:\n    image: x\n    environment:\n      - DEBUG = true'),
  dependsOnCycle: rule('depends-on-cycle', { en: '`depends_on` cycle', ko: '`depends_on` 순환' }, { en: 'Services that wait for each other can never start ("dependency cycle detected").', ko: '서로를 기다리는 서비스는 시작할 수 없습니다("dependency cycle detected").' }, 'services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]'),
  extendsCycle: rule('extends-cycle', { en: '`extends` loop', ko: '`extends` 순환' }, { en: 'Services that extend each other never resolve ("Circular reference").', ko: '서로를 확장하는 서비스는 풀리지 않습니다("Circular reference").' }, 'services:\n  a:\n    image: x\n    extends: b\n  b:\n    extends: a'),
  duplicateContainerName: rule('duplicate-container-name', { en: 'Container name used twice', ko: '두 번 쓰인 컨테이너 이름' }, { en: 'Two services with the same `container_name` cannot both be created.', ko: '같은 `container_name`을 쓰는 두 서비스는 함께 만들 수 없습니다.' }, 'services:\n  a:\n    image: x\n    container_name: app\n  b:\n    image: x\n    container_name: app'),
} satisfies Record<string, ComposeRuleMeta>;

const numberOf = (node: unknown): number | undefined => {
  const text = scalarText(node);
  return text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
};

/** A size in bytes, for comparing `mem_limit: 1g` with `memory: 1024m`. */
function bytesOf(node: unknown): number | undefined {
  const text = scalarText(node);
  if (text === undefined || hasInterpolation(text) || !isByteSize(text)) return undefined;
  const match = /^(-?\d+(?:\.\d+)?)\s*([bkmgtp]?)/i.exec(text)!;
  return Number(match[1]) * 1024 ** 'bkmgtp'.indexOf(match[2].toLowerCase() || 'b');
}

function checkService(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  if (!isMap(node)) return;
  const compose = collector.compose;
  const name = String(path[1]);
  const value = (key: string) => getValue(compose, node, key);
  const keyOf = (key: string) => node.items.find((pair) => keyName(pair) === key)?.key as Scalar | undefined;

  const networks = value('networks');
  if (value('network_mode') !== undefined && networks) {
    collector.report(serviceRules.networkModeWithNetworks, networks, { en: `"network_mode" and "networks" cannot be used together in service "${name}": keep one.`, ko: `서비스 "${name}"에서 "network_mode"와 "networks"는 함께 쓸 수 없습니다: 하나만 남기세요.` }, [...path, 'networks']);
  }

  const deploy = value('deploy');
  const scaleNode = value('scale');
  const replicasNode = isMap(deploy) ? getValue(compose, deploy, 'replicas') : undefined;
  for (const [countNode, where] of [[scaleNode, [...path, 'scale']], [replicasNode, [...path, 'deploy', 'replicas']]] as const) {
    const count = numberOf(countNode);
    if (count !== undefined && count < 0) {
      collector.report(schemaRules.invalidValue, countNode as Node, { en: `"${String(where[where.length - 1])}" counts containers: it must be 0 or more, not ${count}.`, ko: `"${String(where[where.length - 1])}"은(는) 컨테이너 수라서 0 이상이어야 하는데 ${count}입니다.` }, where);
    }
  }
  const scale = numberOf(scaleNode);
  const replicas = numberOf(replicasNode);
  if (scale !== undefined && replicas !== undefined && scale !== replicas) {
    collector.report(serviceRules.scaleReplicasMismatch, scaleNode as Node, { en: `"scale: ${scale}" disagrees with "deploy.replicas: ${replicas}" in service "${name}": keep one of them.`, ko: `서비스 "${name}"에서 "scale: ${scale}"과(와) "deploy.replicas: ${replicas}"이(가) 다릅니다: 하나만 남기세요.` }, [...path, 'scale']);
  }
  const count = Math.max(scale ?? 1, replicas ?? 1);
  const containerName = keyOf('container_name') ?? value('container_name');
  if (count > 1 && containerName) {
    collector.report(serviceRules.containerNameWithReplicas, containerName, { en: `"container_name" names one container, but service "${name}" asks for ${count}: Compose refuses it. Remove "container_name".`, ko: `"container_name"은 컨테이너 하나의 이름인데 서비스 "${name}"은(는) ${count}개를 만듭니다: Compose가 거부합니다. "container_name"을 지우세요.` }, [...path, 'container_name']);
  }

  checkResources(collector, value, deploy, path);

  const build = value('build');
  if (isMap(build)) {
    const dockerfile = build.items.find((pair) => keyName(pair) === 'dockerfile');
    if (dockerfile && getValue(compose, build, 'dockerfile_inline') !== undefined && isScalar(dockerfile.key)) {
      collector.report(serviceRules.dockerfileConflict, dockerfile.key, { en: '"dockerfile" and "dockerfile_inline" cannot be used together: keep one.', ko: '"dockerfile"과 "dockerfile_inline"은 함께 쓸 수 없습니다: 하나만 남기세요.' }, [...path, 'build', 'dockerfile']);
    }
    const platforms = getValue(compose, build, 'platforms');
    const platform = value('platform');
    const wanted = scalarText(platform);
    if (isSeq(platforms) && platforms.items.length > 0 && wanted !== undefined && !hasInterpolation(wanted) && !platforms.items.some((item) => scalarText(item) === wanted)) {
      collector.report(serviceRules.platformNotBuilt, platform as Node, { en: `Service "${name}" runs on "${wanted}", which is not among its "build.platforms": add it there, or pick one of them.`, ko: `서비스 "${name}"은(는) "${wanted}"에서 실행하는데 "build.platforms"에 없습니다: 그곳에 추가하거나 그중 하나를 고르세요.` }, [...path, 'platform']);
    }
  }
}

/**
 * compose-go refuses a service-level limit that differs from its
 * `deploy.resources` counterpart once that block exists, an unset
 * counterpart counting as 0.
 */
const resourcePairs = [
  { key: 'cpus', section: 'limits', field: 'cpus', read: numberOf },
  { key: 'mem_limit', section: 'limits', field: 'memory', read: bytesOf },
  { key: 'mem_reservation', section: 'reservations', field: 'memory', read: bytesOf },
  { key: 'pids_limit', section: 'limits', field: 'pids', read: numberOf },
] as const;

function checkResources(collector: Collector, value: (key: string) => unknown, deploy: unknown, path: readonly PathSegment[]): void {
  const compose = collector.compose;
  const resources = isMap(deploy) ? getValue(compose, deploy, 'resources') : undefined;
  for (const { key, section, field, read } of resourcePairs) {
    const block = isMap(resources) ? getValue(compose, resources, section) : undefined;
    if (!isMap(block)) continue;
    const own = value(key);
    const other = getValue(compose, block, field);
    const mine = read(own);
    const theirs = other === undefined ? 0 : read(other);
    if (!mine || theirs === undefined || mine === theirs) continue;
    const set = other === undefined ? { en: 'is not set', ko: '설정되지 않았습니다' } : { en: `is ${scalarText(other)}`, ko: `${scalarText(other)}입니다` };
    collector.report(serviceRules.conflictingResources, own as Node, {
      en: `"${key}: ${scalarText(own)}" differs from "deploy.resources.${section}.${field}", which ${set.en}: Compose refuses two different values ("can't set distinct values"). Set it in one place.`,
      ko: `"${key}: ${scalarText(own)}"이(가) "deploy.resources.${section}.${field}"과(와) 다릅니다(그 값은 ${set.ko}): Compose는 서로 다른 두 값을 거부합니다("can't set distinct values"). 한 곳에만 쓰세요.`,
    }, [...path, key]);
  }
}

function checkHealthcheck(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  const test = isMap(node) ? getValue(collector.compose, node, 'test') : undefined;
  if (!isSeq(test)) return;
  const first = test.items[0];
  const word = isScalar(first) ? String(first.value) : undefined;
  if (word === 'CMD' || word === 'CMD-SHELL' || word === 'NONE') return;
  const target = (isScalar(first) ? first : test) as Node;
  // `CMD_SHELL` is a typo to correct; `curl` is a command that needs "CMD" in front of it.
  const typo = word === undefined ? undefined : closestMatch(word, ['CMD', 'CMD-SHELL', 'NONE']);
  collector.report(serviceRules.invalidHealthcheckTest, target, { en: `A healthcheck "test" list must start with "CMD", "CMD-SHELL" or "NONE", e.g. ["CMD", "curl", "-f", "http://localhost"].${typo ? ` Did you mean "${typo}"?` : ''}`, ko: `healthcheck의 "test" 목록은 "CMD", "CMD-SHELL", "NONE" 중 하나로 시작해야 합니다. 예: ["CMD", "curl", "-f", "http://localhost"].${typo ? ` "${typo}"의 오타인가요?` : ''}` }, [...path, 'test'], typo ? { replacement: typo } : word ? { prefixCommand: true } : undefined);
}

const syncActions = ['sync', 'sync+restart', 'sync+exec'];

function checkWatch(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  if (!isMap(node)) return;
  const action = getValue(collector.compose, node, 'action');
  const text = scalarText(action);
  if (text === undefined || !syncActions.includes(text) || getValue(collector.compose, node, 'target') !== undefined) return;
  collector.report(serviceRules.watchTargetRequired, action as Node, { en: `"action: ${text}" copies changed files into the container: add "target", the path they go to ("target is required for sync, sync+exec and sync+restart actions").`, ko: `"action: ${text}"은(는) 바뀐 파일을 컨테이너로 복사합니다: 복사할 경로인 "target"을 추가하세요("target is required for sync, sync+exec and sync+restart actions").` }, path);
}

function checkDeviceRequest(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  if (!isMap(node)) return;
  const compose = collector.compose;
  const count = getValue(compose, node, 'count');
  const text = scalarText(count);
  if (text !== undefined && !hasInterpolation(text) && text !== 'all' && !/^-?\d+$/.test(text)) {
    collector.report(serviceRules.invalidDeviceRequest, count as Node, { en: `"count: ${text}" is not a number: the only other value allowed is "all".`, ko: `"count: ${text}"은(는) 숫자가 아닙니다: 숫자 외에는 "all"만 쓸 수 있습니다.` }, [...path, 'count']);
  }
  const ids = getValue(compose, node, 'device_ids');
  if (count !== undefined && ids !== undefined) {
    collector.report(serviceRules.invalidDeviceRequest, ids as Node, { en: '"count" and "device_ids" exclude each other: ask for a number of devices, or for these devices.', ko: '"count"와 "device_ids"는 함께 쓸 수 없습니다: 장치 개수를 정하거나, 장치를 지정하세요.' }, [...path, 'device_ids']);
  }
}

/** `NAME = value` in list form: compose-go refuses a name that ends with a space. */
function checkEnvironmentNames(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  if (!isSeq(node)) return;
  node.items.forEach((item, index) => {
    if (!isScalar(item) || typeof item.value !== 'string') return;
    const match = /^([^=]*?)(\s+)=(\s*)(.*)$/.exec(item.value);
    if (!match) return;
    const [, name, , , value] = match;
    collector.report(serviceRules.envNameSpace, item, { en: `The name "${name}" is followed by a space before "=": Compose refuses it ("environment variable ${name} is declared with a trailing space"). Write ${name}=${value}.`, ko: `이름 "${name}" 뒤, "=" 앞에 공백이 있어 Compose가 거부합니다("environment variable ${name} is declared with a trailing space"). ${name}=${value}(으)로 쓰세요.` }, [...path, index], { replacement: `${name}=${value}` });
  });
}

export const serviceNodeChecks: readonly NodeCheck[] = [
  { at: 'services.*', check: checkService },
  { at: 'services.*.healthcheck', check: checkHealthcheck },
  { at: 'services.*.develop.watch.[]', check: checkWatch },
  { at: 'services.*.deploy.resources.reservations.devices.[]', check: checkDeviceRequest },
  { at: 'services.*.gpus.[]', check: checkDeviceRequest },
  { at: 'services.*.environment', check: checkEnvironmentNames },
];

function checkImages(project: Project): void {
  const collector = project.collector;
  if (collector.overlay) return;
  for (const service of project.services) {
    if (service.bodies.length === 0) continue;
    if (['image', 'build', 'provider', 'extends'].some((key) => project.value(service, key) !== undefined)) continue;
    collector.report(serviceRules.missingImage, service.key, { en: `Service "${service.name}" needs "image", "build" or "provider" to say what to run.`, ko: `서비스 "${service.name}"에는 무엇을 실행할지 정하는 "image", "build" 또는 "provider"가 필요합니다.` }, ['services', service.name]);
  }
}

/** Container names are global on the engine: two services with the same one cannot both run. */
function checkContainerNames(project: Project): void {
  const seen = new Map<string, string>();
  for (const service of project.services) {
    const node = project.value(service, 'container_name');
    const name = scalarText(node);
    if (name === undefined || hasInterpolation(name)) continue;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, service.name);
    else project.collector.report(serviceRules.duplicateContainerName, node as Node, { en: `Service "${first}" already uses the container name "${name}": the second container cannot be created. Pick another name.`, ko: `서비스 "${first}"이(가) 이미 컨테이너 이름 "${name}"을(를) 씁니다: 두 번째 컨테이너는 만들 수 없습니다. 다른 이름을 고르세요.` }, ['services', service.name, 'container_name']);
  }
}

function checkDependsOnCycles(project: Project): void {
  const edges = new Map<string, { target: string; node: Scalar }[]>();
  for (const service of project.services) {
    const dependsOn = project.value(service, 'depends_on');
    const targets: { target: string; node: Scalar }[] = [];
    if (isSeq(dependsOn)) for (const item of dependsOn.items) if (isScalar(item)) targets.push({ target: String(item.value), node: item });
    if (isMap(dependsOn)) for (const pair of (dependsOn as YAMLMap).items) if (isScalar(pair.key)) targets.push({ target: String(pair.key.value), node: pair.key });
    edges.set(service.name, targets);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<Scalar>();
  const visit = (name: string): void => {
    state.set(name, 'visiting');
    stack.push(name);
    for (const edge of edges.get(name) ?? []) {
      const targetState = state.get(edge.target);
      if (targetState === 'visiting' && !reported.has(edge.node)) {
        reported.add(edge.node);
        const cycle = [...stack.slice(stack.indexOf(edge.target)), edge.target].join(' → ');
        project.collector.report(serviceRules.dependsOnCycle, edge.node, { en: `depends_on forms a cycle (${cycle}): Compose cannot decide which service to start first.`, ko: `depends_on이 순환합니다 (${cycle}): Compose가 어느 서비스를 먼저 시작할지 정할 수 없습니다.` }, ['services', name, 'depends_on']);
      } else if (targetState === undefined && edges.has(edge.target)) {
        visit(edge.target);
      }
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of edges.keys()) if (!state.has(name)) visit(name);
}

/** `extends` within this file, followed until it leaves the file, ends, or comes back. */
function checkExtendsCycles(project: Project): void {
  const extended = (service: ServiceEntry): Scalar | undefined => {
    const value = project.value(service, 'extends');
    if (isScalar(value)) return value;
    if (!isMap(value) || getValue(project.compose, value, 'file') !== undefined) return undefined;
    const target = getValue(project.compose, value, 'service');
    return isScalar(target) ? target : undefined;
  };
  for (const start of project.services) {
    const chain = [start.name];
    let current: ServiceEntry | undefined = start;
    while (current) {
      const next = extended(current);
      const name = scalarText(next);
      if (name === undefined) break;
      if (name === start.name) {
        project.collector.report(serviceRules.extendsCycle, extended(start) as Node, { en: `extends forms a loop (${[...chain, name].join(' → ')}): Compose cannot resolve it ("Circular reference").`, ko: `extends가 순환합니다 (${[...chain, name].join(' → ')}): Compose가 풀 수 없습니다("Circular reference").` }, ['services', start.name, 'extends']);
        break;
      }
      if (chain.includes(name)) break;
      chain.push(name);
      current = project.service(name);
    }
  }
}

export const serviceProjectChecks: readonly ProjectCheck[] = [checkImages, checkContainerNames, checkDependsOnCycles, checkExtendsCycles];
