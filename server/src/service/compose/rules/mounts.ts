/**
 * Mounts and ports compose-go (or the Engine, when it creates the
 * container) refuses: mount and port syntax, a bind mount without a host
 * path, one container path mounted twice ("target already mounted"),
 * `host_ip` that is not an IP address, and a host port published twice.
 */
import { isMap, isScalar, isSeq, Node } from 'yaml';
import type { PathSegment } from '../../../compose/catalogue';
import { getValue, scalarText } from '../../../compose/model';
import { hasInterpolation, isHostPath, isIpAddress, parsePortMapping, parsePortRange, parseShortMount, PortMapping } from '../../../compose/syntax';
import type { Collector } from '../report';
import type { Project } from '../project';
import { ComposeRuleMeta, docsPage, NodeCheck, ProjectCheck, ruleMaker } from './rule';

const rule = ruleMaker('consistency', { docs: docsPage('services') });

export const mountRules = {
  invalidMount: rule('invalid-mount', { en: 'Invalid mount', ko: '잘못된 마운트' }, { en: 'A mount Compose cannot read: bad short syntax, a bind mount without a host path, or no container path.', ko: 'Compose가 읽지 못하는 마운트입니다: 잘못된 짧은 형식, 호스트 경로 없는 바인드 마운트, 컨테이너 경로 없음.' }, 'services:\n  web:\n    image: x\n    volumes:\n      - type: bind\n        target: /app'),
  duplicateMountTarget: rule('duplicate-mount-target', { en: 'Container path mounted twice', ko: '두 번 마운트된 컨테이너 경로' }, { en: 'Two mounts (volumes or tmpfs) at one container path: the container cannot be created ("target already mounted").', ko: '한 컨테이너 경로에 마운트(볼륨이나 tmpfs)가 둘 있어 컨테이너를 만들 수 없습니다("target already mounted").' }, 'services:\n  web:\n    image: x\n    tmpfs: [/data]\n    volumes: ["./data:/data"]'),
  invalidPort: rule('invalid-port', { en: 'Invalid port', ko: '잘못된 포트' }, { en: 'A port mapping Compose cannot read: bad syntax, out of range, or a `host_ip` that is not an IP address.', ko: 'Compose가 읽지 못하는 포트 매핑입니다: 잘못된 형식, 범위 밖, IP 주소가 아닌 `host_ip`.' }, 'services:\n  web:\n    image: x\n    ports:\n      - "70000:80"'),
  duplicateHostPort: rule('duplicate-host-port', { en: 'Host port published twice', ko: '두 번 공개된 호스트 포트' }, { en: 'Two containers cannot listen on the same host port, IP and protocol: the second fails to start.', ko: '두 컨테이너가 같은 호스트 포트·IP·프로토콜을 쓸 수 없어 두 번째가 시작하지 못합니다.' }, 'services:\n  a:\n    image: x\n    ports: ["8080:80"]\n  b:\n    image: x\n    ports: ["8080:81"]'),
} satisfies Record<string, ComposeRuleMeta>;

function checkMount(collector: Collector, item: Node, path: readonly PathSegment[]): void {
  if (isScalar(item) && typeof item.value === 'string') {
    if (hasInterpolation(item.value)) return;
    const parsed = parseShortMount(item.value);
    if (!parsed.ok) collector.report(mountRules.invalidMount, item, { en: parsed.message, ko: `잘못된 마운트: ${parsed.message}` }, path);
    return;
  }
  if (!isMap(item)) return;
  const compose = collector.compose;
  const type = scalarText(getValue(compose, item, 'type'));
  const sourceNode = getValue(compose, item, 'source');
  const source = scalarText(sourceNode);
  if (getValue(compose, item, 'target') === undefined) {
    collector.report(mountRules.invalidMount, item.items[0]?.key as Node ?? item, { en: 'This mount has no "target": the path in the container it mounts at ("missing a mount target").', ko: '이 마운트에 컨테이너 안의 마운트 경로인 "target"이 없습니다("missing a mount target").' }, path);
  }
  if (type !== 'bind') return;
  if (source === undefined) {
    collector.report(mountRules.invalidMount, item.items[0]?.key as Node ?? item, { en: 'A bind mount needs "source", the host path it mounts ("field Source must not be empty").', ko: '바인드 마운트에는 마운트할 호스트 경로인 "source"가 필요합니다("field Source must not be empty").' }, path);
  } else if (!isHostPath(source) && !hasInterpolation(source)) {
    collector.report(mountRules.invalidMount, sourceNode as Node, { en: `A bind mount needs a host path as "source": write "./${source}" for a folder beside this file.`, ko: `바인드 마운트의 "source"는 호스트 경로여야 합니다: 이 파일 옆 폴더라면 "./${source}"(으)로 쓰세요.` }, [...path, 'source']);
  }
}

/** The container path a mount or tmpfs entry takes, without a trailing slash. */
function mountTarget(collector: Collector, item: unknown, tmpfs: boolean): string | undefined {
  let target: string | undefined;
  if (isScalar(item) && typeof item.value === 'string') {
    if (tmpfs) target = item.value.split(':')[0];
    else {
      const parsed = parseShortMount(item.value);
      target = parsed.ok ? parsed.value.target : undefined;
    }
  } else if (isMap(item)) {
    target = scalarText(getValue(collector.compose, item, 'target'));
  }
  if (!target || hasInterpolation(target)) return undefined;
  return target.replace(/\/+$/, '') || '/';
}

/** Every container path is mounted once, by `volumes` or by `tmpfs`. */
function checkMountTargets(collector: Collector, node: Node, path: readonly PathSegment[]): void {
  if (!isMap(node)) return;
  const compose = collector.compose;
  const entries: { item: Node; target: string; where: PathSegment[] }[] = [];
  for (const key of ['volumes', 'tmpfs'] as const) {
    const value = getValue(compose, node, key);
    const items = isSeq(value) ? value.items : key === 'tmpfs' && isScalar(value) ? [value] : [];
    items.forEach((item, index) => {
      const target = mountTarget(collector, item, key === 'tmpfs');
      if (target) entries.push({ item: item as Node, target, where: isSeq(value) ? [...path, key, index] : [...path, key] });
    });
  }
  entries.sort((a, b) => (a.item.range?.[0] ?? 0) - (b.item.range?.[0] ?? 0));
  const seen = new Set<string>();
  for (const { item, target, where } of entries) {
    if (!seen.has(target)) {
      seen.add(target);
      continue;
    }
    collector.report(mountRules.duplicateMountTarget, item, { en: `"${target}" is already mounted by another volume or tmpfs ("target already mounted"): the container cannot be created. Remove one or change its target.`, ko: `"${target}"은(는) 이미 다른 볼륨이나 tmpfs가 마운트한 경로입니다("target already mounted"): 컨테이너를 만들 수 없습니다. 하나를 지우거나 target을 바꾸세요.` }, where);
  }
}

/** A port entry's mapping, reporting what makes it unreadable. */
function portMapping(collector: Collector | undefined, item: unknown, path: readonly PathSegment[]): PortMapping | undefined {
  const report = (node: Node, message: string, where: readonly PathSegment[]) => collector?.report(mountRules.invalidPort, node, { en: message, ko: `잘못된 포트: ${message}` }, where);
  if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
    const text = String(item.value);
    if (hasInterpolation(text)) return undefined;
    const parsed = parsePortMapping(text);
    if (!parsed.ok) return void report(item, parsed.message, path);
    return parsed.value;
  }
  if (!isMap(item)) return undefined;
  const target = item.get('target', true);
  const published = item.get('published', true);
  const hostIp = scalarText(item.get('host_ip', true));
  if (!target) return void report(item, 'A port in long syntax needs "target": the container port.', path);
  if (hostIp !== undefined && !hasInterpolation(hostIp) && !isIpAddress(hostIp)) report(item.get('host_ip', true) as Node, `"${hostIp}" is not an IP address to bind to ("invalid ip address").`, [...path, 'host_ip']);
  const targetText = scalarText(target);
  if (targetText === undefined || hasInterpolation(targetText)) return undefined;
  const targetRange = parsePortRange(targetText, 'container');
  if (!targetRange.ok) return void report(target as Node, targetRange.message, [...path, 'target']);
  let publishedRange;
  const publishedText = scalarText(published);
  if (publishedText !== undefined) {
    if (hasInterpolation(publishedText)) return undefined;
    const parsed = parsePortRange(publishedText, 'host');
    if (!parsed.ok) return void report(published as Node, parsed.message, [...path, 'published']);
    publishedRange = parsed.value;
  }
  return { hostIp, published: publishedRange, target: targetRange.value, protocol: scalarText(item.get('protocol', true)) ?? 'tcp' };
}

export const mountNodeChecks: readonly NodeCheck[] = [
  { at: 'services.*.volumes.[]', check: checkMount },
  { at: 'services.*', check: checkMountTargets },
  { at: 'services.*.ports.[]', check: (collector, item, path) => void portMapping(collector, item, path) },
];

function normalizeHostIp(ip: string | undefined): string {
  return !ip || ip === '0.0.0.0' || ip === '::' ? '*' : ip;
}

/** A host port, IP and protocol can be published once across all services. */
function checkHostPorts(project: Project): void {
  const first = new Map<string, string>();
  for (const service of project.services) {
    const ports = project.value(service, 'ports');
    if (!isSeq(ports)) continue;
    ports.items.forEach((item, index) => {
      const mapping = portMapping(undefined, item, []);
      if (!mapping?.published) return;
      const { start, end } = mapping.published;
      // Ranges are short in practice; cap the walk so a typo like 1-65535 stays cheap.
      for (let port = start; port <= Math.min(end, start + 1024); port++) {
        const key = `${normalizeHostIp(mapping.hostIp)}|${mapping.protocol}|${port}`;
        const owner = first.get(key);
        if (owner === undefined) {
          first.set(key, service.name);
          continue;
        }
        const where = owner === service.name ? 'earlier in this service' : `by service "${owner}"`;
        const whereKo = owner === service.name ? '이 서비스 앞쪽에서' : `서비스 "${owner}"에서`;
        project.collector.report(mountRules.duplicateHostPort, item as Node, {
          en: `Host port ${port}/${mapping.protocol}${mapping.hostIp ? ` on ${mapping.hostIp}` : ''} is already published ${where}: the second container would fail to start. Pick another host port.`,
          ko: `${mapping.hostIp ? `${mapping.hostIp}의 ` : ''}호스트 포트 ${port}/${mapping.protocol}은(는) 이미 ${whereKo} 공개했습니다: 두 번째 컨테이너는 시작하지 못합니다. 다른 호스트 포트를 고르세요.`,
        }, ['services', service.name, 'ports', index]);
        break;
      }
    });
  }
}

export const mountProjectChecks: readonly ProjectCheck[] = [checkHostPorts];
