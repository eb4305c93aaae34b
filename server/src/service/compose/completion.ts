/**
 * Compose completion: the keys valid at the cursor and not written yet (the
 * common ones first, each with a snippet of the right shape), the snippets of
 * snippets/compose.json where a service or top-level key starts, enumerated
 * values, and names — services, declared networks, volumes, secrets and
 * configs, local images, variables from `env_file`s.
 *
 * Completion happens while the YAML is half-typed, so the place in the tree
 * is read from indentation (the way the user sees it), not from the parse.
 */
import { CompletionItem, CompletionItemKind, CompletionItemTag, CompletionList, InsertTextFormat, Position, Range } from '../../lsp';
import { isMap, isScalar, isSeq } from 'yaml';
import { KeySpec, PathSegment, ReferenceKind, specAt, ValueKind } from '../../compose/catalogue';
import { keyDocs } from '../../compose/docs';
import { ComposeDocument, getValue, resolvePath, scalarText, topLevel } from '../../compose/model';
import { inline, type Localized } from '../localized';
import type { ServiceContext } from '../mode';
import { composeSnippetItems } from './snippets';

export const composeCompletionTriggers = [' ', '['] as const;

interface Place {
  /** Path of the value being completed, or of the mapping whose keys are being completed. */
  readonly path: PathSegment[];
  /** Completing a key (true) or a value (false). */
  readonly key: boolean;
  /** The line also holds a list dash before the cursor, so a scalar list item fits too. */
  readonly listItem: boolean;
  /** What is already typed of the word being completed. */
  readonly prefix: string;
  /** Column where the key starts (for sibling lookup). */
  readonly column: number;
  /** The rest of the line already has `:` after the word: insert just the name. */
  readonly keyAlreadyComplete: boolean;
}

export async function composeCompletion(compose: ComposeDocument, position: Position, ctx: ServiceContext): Promise<CompletionList | null> {
  const place = placeAt(compose, position);
  if (!place) return null;
  const range: Range = { start: { line: position.line, character: position.character - place.prefix.length }, end: position };
  const items: CompletionItem[] = [];
  if (place.key) {
    const spec = specAt(place.path);
    if (spec?.children) items.push(...keyItems(compose, place, spec, range, ctx));
    if (spec?.named) items.push(...namedKeyItems(compose, place, range, ctx));
    items.push(...composeSnippetItems(compose, place, range, indentUnit(compose), ctx));
    // On a fresh list item both fit: the short form's names first, then the long form's keys.
    if (place.listItem) items.unshift(...(await valueItems(compose, place.path, range, ctx)).map((item) => ({ ...item, sortText: `0${item.sortText ?? item.label}` })));
  } else {
    items.push(...(await valueItems(compose, place.path, range, ctx)));
  }
  return { isIncomplete: false, items };
}

// ---- Where the cursor is -------------------------------------------------------------------------

const keyLine = /^(\s*)(-\s+)?([A-Za-z0-9_.$-]*)$/;
const valueLine = /^(\s*)(-\s+)?(["']?[^\s"'#-][^#]*?)["']?\s*:\s+(.*)$/;
const listItemLine = /^(\s*)-\s+(.*)$/;

function placeAt(compose: ComposeDocument, position: Position): Place | undefined {
  const lines = compose.lines();
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const after = line.slice(position.character);
  if (/(^|\s)#/.test(before)) return undefined;

  let match = keyLine.exec(before);
  if (match) {
    const [, indent, dash, prefix] = match;
    const column = indent.length + (dash?.length ?? 0);
    const path = dash ? [...ancestors(lines, position.line, indent.length, true), 0] : ancestors(lines, position.line, column, false);
    return { path, key: true, listItem: !!dash, prefix, column, keyAlreadyComplete: /^[A-Za-z0-9_.-]*\s*:/.test(after) };
  }
  match = valueLine.exec(before);
  if (match) {
    const [, indent, dash, key, value] = match;
    const column = indent.length + (dash?.length ?? 0);
    const parent = dash ? [...ancestors(lines, position.line, indent.length, true), 0] : ancestors(lines, position.line, column, false);
    const path: PathSegment[] = [...parent, key.replace(/^["']/, '')];
    return valueInLine(path, value, column);
  }
  match = listItemLine.exec(before);
  if (match) {
    const [, indent, value] = match;
    return valueInLine([...ancestors(lines, position.line, indent.length, true), 0], value, indent.length);
  }
  return undefined;
}

/** `[a, b` is a flow list: complete its next item. */
function valueInLine(path: PathSegment[], value: string, column: number): Place {
  if (value.startsWith('[')) {
    const prefix = value.slice(Math.max(value.lastIndexOf('['), value.lastIndexOf(',')) + 1).trimStart();
    return { path: [...path, 0], key: false, listItem: true, prefix: prefix.replace(/^["']/, ''), column, keyAlreadyComplete: false };
  }
  return { path, key: false, listItem: false, prefix: value.replace(/^["']/, ''), column, keyAlreadyComplete: false };
}

/**
 * The keys (and list items, as index 0) that enclose a line at `column`,
 * read upwards from the indentation. A list's dash may sit at its key's
 * column (`ports:` / `- "80:80"`), hence `dashOwner`.
 */
function ancestors(lines: readonly string[], lineIndex: number, column: number, dashOwner: boolean): PathSegment[] {
  const path: PathSegment[] = [];
  let limit = column;
  let ownerMayBeLevel = dashOwner;
  for (let index = lineIndex - 1; index >= 0 && limit > 0; index--) {
    const text = lines[index];
    const match = /^(\s*)(-\s+)?(.*)$/.exec(text)!;
    const [, indent, dash, rest] = match;
    if (rest.trim() === '' || rest.startsWith('#')) continue;
    const keyMatch = /^(["']?)([^"'#:]+?)\1\s*:(\s|$)/.exec(rest);
    const valueAfterKey = keyMatch ? rest.slice(keyMatch[0].length).trim() : '';
    const opensBlock = !!keyMatch && (valueAfterKey === '' || valueAfterKey.startsWith('#') || /^[|>]/.test(valueAfterKey) || /^&\S+$/.test(valueAfterKey));
    const contentColumn = indent.length + (dash?.length ?? 0);
    if (dash && indent.length < limit) {
      // Inside this list item: a key on the dash line that opens a block may enclose us too.
      if (keyMatch && opensBlock && contentColumn < limit) path.unshift(keyMatch[2].trim());
      path.unshift(0);
      limit = indent.length;
      ownerMayBeLevel = true;
      continue;
    }
    if (dash) continue;
    const isOwner = indent.length < limit || (ownerMayBeLevel && indent.length === limit && opensBlock);
    if (keyMatch && isOwner) {
      path.unshift(keyMatch[2].trim());
      limit = indent.length;
      ownerMayBeLevel = false;
    }
  }
  return path;
}

/** Keys already written beside the cursor's key, so completion does not offer them twice. */
function siblingKeys(lines: readonly string[], lineIndex: number, column: number, startsListItem: boolean): Set<string> {
  const keys = new Set<string>();
  const visit = (index: number): boolean => {
    const match = /^(\s*)(-\s+)?(["']?)([^\s"'#:]+)\3\s*:(\s|$)/.exec(lines[index]);
    const indent = /^(\s*)(-\s+)?/.exec(lines[index])!;
    const blank = lines[index].trim() === '' || lines[index].trim().startsWith('#');
    if (blank) return true;
    const start = indent[1].length;
    const contentColumn = start + (indent[2]?.length ?? 0);
    if (contentColumn === column && match) keys.add(match[4]);
    if (indent[2] && contentColumn === column) return false; // the first line of our list item
    return start >= column;
  };
  // A `- ` on the cursor's line starts a new item: lines above belong to earlier items.
  if (!startsListItem) for (let index = lineIndex - 1; index >= 0 && visit(index); index--);
  for (let index = lineIndex + 1; index < lines.length; index++) {
    const text = lines[index];
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const start = /^\s*/.exec(text)![0].length;
    if (start < column) break;
    const match = /^(\s*)(["']?)([^\s"'#:]+)\2\s*:(\s|$)/.exec(text);
    if (start === column && match) keys.add(match[3]);
  }
  return keys;
}

// ---- Keys ----------------------------------------------------------------------------------------

/** The keys people write most, first, where a mapping has such keys; the rest follow alphabetically. */
function commonKeys(path: readonly PathSegment[]): readonly string[] {
  if (path.length === 0) return ['services', 'volumes', 'networks', 'secrets', 'configs'];
  if (path[0] !== 'services' || typeof path[1] !== 'string') return [];
  if (path.length === 2) return ['image', 'build', 'ports', 'environment', 'volumes', 'depends_on', 'command', 'restart', 'networks'];
  if (path.length === 3 && path[2] === 'build') return ['context', 'dockerfile', 'args', 'target'];
  if (path.length === 3 && path[2] === 'healthcheck') return ['test', 'interval', 'timeout', 'retries', 'start_period'];
  return [];
}

/** What a key holds, in the reader's language: `문자열 | 목록`. */
const kindLabels: Readonly<Record<ValueKind, Localized>> = {
  string: { en: 'string', ko: '문자열' },
  boolean: { en: 'boolean', ko: '참/거짓' },
  integer: { en: 'integer', ko: '정수' },
  number: { en: 'number', ko: '숫자' },
  duration: { en: 'duration', ko: '시간' },
  bytes: { en: 'size', ko: '크기' },
  mapping: { en: 'mapping', ko: '매핑' },
  list: { en: 'list', ko: '목록' },
  null: { en: 'null', ko: 'null' },
};

function keyItems(compose: ComposeDocument, place: Place, spec: KeySpec, range: Range, ctx: ServiceContext): CompletionItem[] {
  const present = siblingKeys(compose.lines(), range.start.line, place.column, place.listItem);
  const unit = indentUnit(compose);
  const common = commonKeys(place.path);
  const language = ctx.docsLanguage;
  return Object.entries(spec.children!)
    .filter(([name]) => !present.has(name))
    .map(([name, child]) => {
      const path = [...place.path, name];
      const deprecated = !!child.deprecated;
      const rank = common.indexOf(name);
      return {
        label: name,
        kind: CompletionItemKind.Property,
        detail: child.kinds.filter((kind) => kind !== 'null').map((kind) => inline(language, kindLabels[kind])).join(' | '),
        documentation: { kind: 'markdown', value: keyDocs(path, language) ?? '' },
        tags: deprecated ? [CompletionItemTag.Deprecated] : undefined,
        sortText: deprecated ? `z${name}` : rank >= 0 ? `a${String(rank).padStart(2, '0')}` : `b${name}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: place.keyAlreadyComplete ? name : keySnippet(name, child, unit) },
      } satisfies CompletionItem;
    });
}

/** The shape follows the key's first kind: a block mapping, a block list, a choice, or a scalar. */
function keySnippet(name: string, spec: KeySpec, unit: string): string {
  const first = spec.kinds[0];
  if (first === 'mapping') return `${name}:\n${unit}$0`;
  if (first === 'list') return `${name}:\n${unit}- $0`;
  if (spec.values) return `${name}: \${1|${spec.values.join(',')}|}`;
  if (first === 'boolean') return `${name}: \${1|true,false|}`;
  return `${name}: $0`;
}

/** Two spaces unless the file already indents otherwise. */
function indentUnit(compose: ComposeDocument): string {
  for (const line of compose.lines()) {
    const indent = /^( +)\S/.exec(line);
    if (indent) return indent[1];
  }
  return '  ';
}

/** Keys the user names: `depends_on:` / `networks:` mapping forms, `environment:` variables. */
function namedKeyItems(compose: ComposeDocument, place: Place, range: Range, ctx: ServiceContext): CompletionItem[] {
  const last = place.path[place.path.length - 1];
  const service = serviceOf(place.path);
  if (place.path[0] === 'services' && place.path.length === 3) {
    if (last === 'depends_on') {
      const unit = indentUnit(compose);
      return nameItems(compose, 'service', range, service, (name) => `${name}:\n${unit}condition: \${1|${conditionsFor(compose, name).join(',')}|}`, ctx);
    }
    const kind = ({ networks: 'network', models: 'model' } as Record<string, ReferenceKind | undefined>)[String(last)];
    if (kind) return nameItems(compose, kind, range, service, (name) => `${name}:`, ctx);
    if (last === 'environment') return envFileItems(compose, service, range, ctx, (name) => `${name}: `);
  }
  return [];
}

/** A service with a healthcheck is best waited for until healthy: offer that first. */
function conditionsFor(compose: ComposeDocument, service: string): string[] {
  const body = getValue(compose, topLevel(compose, 'services'), service);
  const healthy = isMap(body) && getValue(compose, body, 'healthcheck') !== undefined;
  const conditions = ['service_started', 'service_healthy', 'service_completed_successfully'];
  return healthy ? ['service_healthy', ...conditions.filter((condition) => condition !== 'service_healthy')] : conditions;
}

// ---- Values --------------------------------------------------------------------------------------

const networkDrivers = ['bridge', 'overlay', 'host', 'none', 'macvlan', 'ipvlan'];
const loggingDrivers = ['json-file', 'local', 'journald', 'syslog', 'gelf', 'fluentd', 'awslogs', 'splunk', 'etwlogs', 'gcplogs', 'none'];
const pullPolicies = ['always', 'never', 'missing', 'build', 'daily', 'weekly', 'every_12h'];

async function valueItems(compose: ComposeDocument, path: PathSegment[], range: Range, ctx: ServiceContext): Promise<CompletionItem[]> {
  const spec = specAt(path);
  const key = lastKey(path);
  const service = serviceOf(path);
  const inService = path[0] === 'services' && path.length >= 3;
  const serviceKey = inService ? path[2] : undefined;
  const isItem = typeof path[path.length - 1] === 'number';

  if (inService && serviceKey === 'volumes' && path.length === 4 && isItem) {
    return nameItems(compose, 'volume', range, service, (name) => `${name}:\${1:/path/in/container}`, ctx);
  }
  if (inService && serviceKey === 'environment' && path.length === 4 && isItem) {
    return envFileItems(compose, service, range, ctx, (name) => `${name}=`);
  }
  // A list's items refer to what the list refers to (`links: [db]`).
  const refers = spec?.refers ?? (isItem ? specAt(path.slice(0, -1))?.refers : undefined);
  if (refers && (isItem || spec?.kinds.includes('string'))) return nameItems(compose, refers, range, service, (name) => name, ctx);
  if (inService && path.length === 3) {
    if (key === 'image') return imageItems(range, ctx);
    if (key === 'network_mode') return networkModeItems(compose, range, service, ctx);
    if (key === 'pull_policy') return enumItems(path, pullPolicies, range, ctx);
    if (key === 'restart') return enumItems(path, [...spec!.values!, 'on-failure:3'], range, ctx);
  }
  if (key === 'driver' && (path[0] === 'networks' || path[0] === 'volumes') && path.length === 3) {
    return enumItems(path, path[0] === 'networks' ? networkDrivers : ['local'], range, ctx);
  }
  if (key === 'driver' && path.includes('logging')) return enumItems(path, loggingDrivers, range, ctx);
  if (spec?.values) return enumItems(path, spec.values, range, ctx);
  if (spec?.kinds[0] === 'boolean') return enumItems(path, ['true', 'false'], range, ctx);
  return [];
}

function enumItems(path: PathSegment[], values: readonly string[], range: Range, ctx: ServiceContext): CompletionItem[] {
  return values.map((value, index) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    documentation: { kind: 'markdown', value: keyDocs(path, ctx.docsLanguage, value) ?? '' },
    sortText: String(index).padStart(3, '0'),
    // YAML would read a bare `no` as text but other tools as false: quote it, as Docker's docs do.
    textEdit: { range, newText: value === 'no' ? '"no"' : value },
  }));
}

const referenceKindLabels: Readonly<Record<ReferenceKind, Localized>> = {
  service: { en: 'service', ko: '서비스' },
  network: { en: 'network', ko: '네트워크' },
  volume: { en: 'volume', ko: '볼륨' },
  secret: { en: 'secret', ko: '시크릿' },
  config: { en: 'config', ko: '설정(config)' },
  model: { en: 'model', ko: '모델' },
};

function nameItems(compose: ComposeDocument, kind: ReferenceKind, range: Range, service: string | undefined, text: (name: string) => string, ctx: ServiceContext): CompletionItem[] {
  const declared = [...(compose.symbols().declarations.get(kind)?.keys() ?? [])].filter((name) => !(kind === 'service' && name === service));
  return declared.map((name) => ({
    label: name,
    kind: kind === 'service' ? CompletionItemKind.Module : CompletionItemKind.Reference,
    detail: inline(ctx.docsLanguage, referenceKindLabels[kind]),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: text(name) },
  }));
}

async function imageItems(range: Range, ctx: ServiceContext): Promise<CompletionItem[]> {
  const images = await ctx.engine.localImages();
  const tags = [...new Set(images.flatMap((image) => image.tags).filter((tag) => tag && !tag.includes('<none>')))];
  return tags.map((tag) => ({
    label: tag,
    kind: CompletionItemKind.Value,
    detail: inline(ctx.docsLanguage, { en: 'local image', ko: '로컬 이미지' }),
    textEdit: { range, newText: tag },
  }));
}

function networkModeItems(compose: ComposeDocument, range: Range, service: string | undefined, ctx: ServiceContext): CompletionItem[] {
  const forms = ['bridge', 'host', 'none'];
  const services = [...(compose.symbols().declarations.get('service')?.keys() ?? [])].filter((name) => name !== service);
  const items = enumItems(['services', service ?? '*', 'network_mode'], forms, range, ctx);
  for (const name of services) items.push({ label: `service:${name}`, kind: CompletionItemKind.Module, textEdit: { range, newText: `service:${name}` } });
  items.push({ label: 'container:', kind: CompletionItemKind.Value, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: 'container:${1:name}' } });
  return items;
}

/** Variable names from the service's `env_file` files, not yet set in `environment`. */
function envFileItems(compose: ComposeDocument, service: string | undefined, range: Range, ctx: ServiceContext, text: (name: string) => string): CompletionItem[] {
  const body = service === undefined ? undefined : getValue(compose, topLevel(compose, 'services'), service);
  const envFile = isMap(body) ? body.get('env_file', true) : undefined;
  const paths: string[] = [];
  if (isScalar(envFile)) paths.push(scalarText(envFile) ?? '');
  if (isSeq(envFile)) {
    for (const item of envFile.items) paths.push((isMap(item) ? scalarText(item.get('path', true)) : scalarText(item)) ?? '');
  }
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const uri = path && resolvePath(compose, path);
    const content = uri ? ctx.workspace.readFile(uri) : undefined;
    if (!content) continue;
    for (const line of content.split(/\r?\n/)) {
      const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
      if (!match || seen.has(match[1])) continue;
      seen.add(match[1]);
      items.push({ label: match[1], kind: CompletionItemKind.Variable, detail: path, textEdit: { range, newText: text(match[1]) } });
    }
  }
  return items;
}

function serviceOf(path: readonly PathSegment[]): string | undefined {
  return path[0] === 'services' && typeof path[1] === 'string' ? path[1] : undefined;
}

function lastKey(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}
