/**
 * Compose hover: knowledge-base text for keys and meaningful values, and for
 * a port mapping or a mount, this very value explained in plain words
 * ("host 3307 → container 3306").
 */
import type { Hover, Position } from 'vscode-languageserver';
import { isMap, isScalar, isSeq } from 'yaml';
import { knowledgeId, PathSegment, specAt } from '../../compose/catalogue';
import { keyDocs } from '../../compose/docs';
import { say, type Localized } from '../localized';
import { ComposeDocument, getValue, nameAtOffset, nodeRange, pathAtOffset, PathAtPosition, scalarText, topLevel } from '../../compose/model';
import { parsePortMapping, parsePortRange, parseShortMount, PortMapping, PortRange } from '../../compose/syntax';
import { getEntry } from '../../knowledge/index';
import { renderFull } from '../../knowledge/render';
import { notesHoverSection } from '../../notes/render';
import type { ServiceContext } from '../mode';
import { hoverExtras } from '../session';

export function composeHover(compose: ComposeDocument, position: Position, ctx: ServiceContext): Hover | null {
  const offset = compose.document.offsetAt(position);
  const at = pathAtOffset(compose, offset);
  // Only words have hovers: not the blank space inside a mapping.
  if (!isScalar(at.node) || at.path.length === 0) return null;
  const language = ctx.docsLanguage;
  const parts: string[] = [];
  // Inside a long-syntax item (`published:` under `ports:`) the whole item is explained, keys included.
  const explained = at.onKey && at.path.length <= 4 ? (at.path.length === 2 && at.path[0] === 'services' ? summarizeService(compose, String(at.path[1])) : undefined) : explainValue(compose, at);
  if (explained) parts.push(say(language, explained));
  const reference = at.onKey ? undefined : nameAtOffset(compose, offset);
  if (reference) {
    const declared = compose.symbols().declarations.get(reference.kind)?.get(reference.name);
    if (declared && declared.start !== reference.start) {
      const line = compose.document.positionAt(declared.start).line + 1;
      parts.push(say(language, { en: `${capitalize(reference.kind)} \`${reference.name}\`, declared on line ${line}.`, ko: `${koreanKind[reference.kind]} \`${reference.name}\`, ${line}번째 줄에 선언됨.` }));
    }
  }
  const value = at.onKey ? undefined : scalarText(at.node);
  const path = docsPath(at.path);
  const extras = path.length > 0 && getEntry(knowledgeId(path)) ? hoverExtras(ctx, compose.document.uri, position) : {};
  const docs = path.length > 0 ? keyDocs(path, language, value, extras) : undefined;
  if (docs) parts.push(docs);
  const fromNotes = at.onKey ? userNotesFor(at.path, ctx) : undefined;
  if (fromNotes) parts.push(fromNotes);
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: nodeRange(compose, at.node) };
}

/** "Dockside: Explain": the full knowledge entry of the key under the cursor. */
export function composeExplain(compose: ComposeDocument, position: Position, ctx: ServiceContext): { title: string; markdown: string } | null {
  const at = pathAtOffset(compose, compose.document.offsetAt(position));
  const entry = getEntry(knowledgeId(docsPath(at.path)));
  return entry ? { title: entry.title, markdown: renderFull(entry, ctx.docsLanguage) } : null;
}

/**
 * "From your notes": what the user's own notes say about the Compose key under
 * the cursor (none configured: nothing). Names the user chose (a service
 * called `web`) are their own words, not keys the notes could explain.
 */
function userNotesFor(path: readonly PathSegment[], ctx: ServiceContext): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string' || !knowledgeId(path).endsWith(`.${key}`)) return undefined;
  return notesHoverSection(ctx.notes, [key], ctx.docsLanguage);
}

/** List items are documented by their list's key; keys the catalogue does not know (typos, `x-`) by nothing. */
function docsPath(path: readonly PathSegment[]): PathSegment[] {
  const result = [...path];
  while (typeof result[result.length - 1] === 'number') result.pop();
  return specAt(result) ? result : [];
}

const koreanKind: Record<string, string> = { service: '서비스', network: '네트워크', volume: '볼륨', secret: '시크릿', config: '설정(config)', model: '모델' };

// ---- This very value ---------------------------------------------------------------------------

function explainValue(compose: ComposeDocument, at: PathAtPosition): Localized | undefined {
  const [top, , key, index] = at.path;
  if (top !== 'services' || typeof index !== 'number') return undefined;
  const item = itemNode(compose, at);
  if (key === 'ports') return explainPort(item);
  if (key === 'volumes') return explainMount(item);
  return undefined;
}

/** The whole list item under the cursor, even when the cursor is on a key inside it. */
function itemNode(compose: ComposeDocument, at: PathAtPosition): unknown {
  let node: unknown = compose.yaml.contents;
  for (const segment of at.path.slice(0, 4)) {
    if (isMap(node)) node = node.get(segment, true);
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

function explainPort(item: unknown): Localized | undefined {
  let mapping: PortMapping | undefined;
  if (isScalar(item) && item.value !== null) {
    const parsed = parsePortMapping(String(item.value));
    mapping = parsed.ok ? parsed.value : undefined;
  } else if (isMap(item)) {
    const target = parsePortRange(scalarText(item.get('target', true)) ?? '', 'container');
    const publishedText = scalarText(item.get('published', true));
    const published = publishedText === undefined ? undefined : parsePortRange(publishedText, 'host');
    if (target.ok) {
      mapping = {
        target: target.value,
        published: published?.ok ? published.value : undefined,
        hostIp: scalarText(item.get('host_ip', true)),
        protocol: scalarText(item.get('protocol', true)) ?? 'tcp',
      };
    }
  }
  if (!mapping) return undefined;
  const container = ports(mapping.target);
  const ip = mapping.hostIp ? `${mapping.hostIp}:` : '';
  if (!mapping.published) {
    return {
      en: `**container ${container}** (${mapping.protocol}) → a random free port on the host${mapping.hostIp ? ` ${mapping.hostIp}` : ''}; \`docker compose port\` shows which.`,
      ko: `**컨테이너 ${container}** (${mapping.protocol}) → 호스트${mapping.hostIp ? ` ${mapping.hostIp}` : ''}의 임의의 빈 포트; \`docker compose port\`로 확인.`,
    };
  }
  const host = `${ip}${ports(mapping.published)}`;
  const onlyLocal = mapping.hostIp === '127.0.0.1' || mapping.hostIp === '::1';
  return {
    en: `**host ${host} → container ${container}** (${mapping.protocol})${onlyLocal ? ', reachable only from this machine' : ''}`,
    ko: `**호스트 ${host} → 컨테이너 ${container}** (${mapping.protocol})${onlyLocal ? ', 이 컴퓨터에서만 접근 가능' : ''}`,
  };
}

/** On a service's name: what it runs, where it listens, what it waits for. */
function summarizeService(compose: ComposeDocument, name: string): Localized | undefined {
  const service = getValue(compose, topLevel(compose, 'services'), name);
  if (!isMap(service)) return undefined;
  const en: string[] = [];
  const ko: string[] = [];
  const image = scalarText(service.get('image', true));
  const build: unknown = service.get('build', true);
  const context = isMap(build) ? (scalarText(build.get('context', true)) ?? '.') : scalarText(build);
  if (image) {
    en.push(`runs image \`${image}\``);
    ko.push(`이미지 \`${image}\` 실행`);
  }
  if (context !== undefined) {
    en.push(`built from \`${context}\``);
    ko.push(`\`${context}\`에서 빌드`);
  }
  const published: unknown = service.get('ports', true);
  const mappings = isSeq(published) ? published.items.map((item) => explainPort(item)).filter((text): text is Localized => !!text) : [];
  for (const mapping of mappings) {
    en.push(mapping.en.replace(/\*\*/g, ''));
    ko.push(mapping.ko.replace(/\*\*/g, ''));
  }
  const dependsOn: unknown = service.get('depends_on', true);
  const needs = isSeq(dependsOn) ? dependsOn.items.map((item) => scalarText(item) ?? '') : isMap(dependsOn) ? dependsOn.items.map((pair) => scalarText(pair.key) ?? '') : [];
  if (needs.length > 0) {
    en.push(`starts after ${needs.join(', ')}`);
    ko.push(`${needs.join(', ')} 다음에 시작`);
  }
  if (en.length === 0) return undefined;
  return { en: `**Service \`${name}\`**: ${en.join(' · ')}`, ko: `**서비스 \`${name}\`**: ${ko.join(' · ')}` };
}

function ports(range: PortRange): string {
  return range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
}

function explainMount(item: unknown): Localized | undefined {
  let source: string | undefined;
  let target: string | undefined;
  let kind: string | undefined;
  let readOnly = false;
  if (isScalar(item) && typeof item.value === 'string') {
    const parsed = parseShortMount(item.value);
    if (!parsed.ok) return undefined;
    ({ source, target } = parsed.value);
    kind = parsed.value.sourceKind ?? 'anonymous';
    readOnly = parsed.value.mode?.split(',').includes('ro') ?? false;
  } else if (isMap(item)) {
    source = scalarText(item.get('source', true));
    target = scalarText(item.get('target', true));
    kind = scalarText(item.get('type', true)) ?? 'volume';
    readOnly = scalarText(item.get('read_only', true)) === 'true';
  }
  if (!target || !kind) return undefined;
  const ro: Localized = readOnly ? { en: ' (read-only)', ko: ' (읽기 전용)' } : { en: '', ko: '' };
  const what: Record<string, Localized> = {
    volume: source ? { en: `named volume \`${source}\``, ko: `이름 있는 볼륨 \`${source}\`` } : { en: 'an anonymous volume', ko: '익명 볼륨' },
    anonymous: { en: 'an anonymous volume', ko: '익명 볼륨' },
    bind: { en: `host path \`${source ?? ''}\``, ko: `호스트 경로 \`${source ?? ''}\`` },
    tmpfs: { en: 'a tmpfs (in memory)', ko: 'tmpfs(메모리)' },
    image: { en: `image \`${source ?? ''}\``, ko: `이미지 \`${source ?? ''}\`` },
  };
  const from = what[kind] ?? { en: `\`${source ?? kind}\``, ko: `\`${source ?? kind}\`` };
  const note: Localized =
    kind === 'bind'
      ? { en: 'The container sees the host folder itself: changes show on both sides.', ko: '컨테이너가 호스트 폴더를 그대로 본다: 변경이 양쪽에 보인다.' }
      : kind === 'volume' || kind === 'anonymous'
        ? { en: 'Docker manages the data; it outlives the container.', ko: '데이터는 Docker가 관리하며 컨테이너가 지워져도 남는다.' }
        : { en: '', ko: '' };
  return {
    en: `**${from.en} → container \`${target}\`**${ro.en}\n\n${note.en}`.trim(),
    ko: `**${from.ko} → 컨테이너 \`${target}\`**${ro.ko}\n\n${note.ko}`.trim(),
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
