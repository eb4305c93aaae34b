/**
 * The parsed Compose file: the `yaml` package's document (every node keeps
 * its source range), plus what every feature asks of it — the YAML path at a
 * position, ranges as LSP ranges, and the index of declared and referenced
 * names. Parsing tolerates any text: broken YAML yields errors, never throws.
 * Large files are parsed incrementally (./incremental.ts).
 */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Document, isAlias, isMap, isPair, isScalar, isSeq, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { incrementalThreshold, parseYamlIncrementally } from './incremental';
import type { PathSegment, ReferenceKind } from './catalogue';
import { isHostPath, parseShortMount } from './syntax';

export interface ComposeDocument {
  readonly document: TextDocument;
  readonly text: string;
  readonly yaml: Document.Parsed;
  /** Built on first use: declarations and references of service/network/volume/secret/config names. */
  readonly symbols: () => SymbolIndex;
  /** The text split into lines (without line ends), on first use. */
  readonly lines: () => readonly string[];
}

/** `incrementalFrom`: file size from which unchanged chunks of the previous version are reused (tests lower it). */
export function parseCompose(document: TextDocument, incrementalFrom = incrementalThreshold): ComposeDocument {
  const text = document.getText();
  const yaml = parseYamlIncrementally(document.uri, text, incrementalFrom);
  let symbols: SymbolIndex | undefined;
  let lines: string[] | undefined;
  const parsed: ComposeDocument = {
    document,
    text,
    yaml,
    symbols: () => (symbols ??= buildSymbolIndex(parsed)),
    lines: () => (lines ??= text.split(/\r\n|\r|\n/)),
  };
  return parsed;
}

// ---- Ranges --------------------------------------------------------------------------------

export function offsetRange(compose: ComposeDocument, start: number, end: number): Range {
  return { start: compose.document.positionAt(start), end: compose.document.positionAt(end) };
}

/** The range of a node's value (without trailing comments or blank lines). */
export function nodeRange(compose: ComposeDocument, node: Node): Range {
  const [start, valueEnd] = node.range ?? [0, 0];
  return offsetRange(compose, start, contentEnd(compose, start, valueEnd));
}

/** Block collections end where the next line starts; ranges should stop at the last character. */
export function contentEnd(compose: ComposeDocument, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && /\s/.test(compose.text[trimmed - 1])) trimmed--;
  return trimmed;
}

function nodeStart(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

// ---- Reading the tree ----------------------------------------------------------------------

/** A mapping key as text; merge keys read as `<<`. */
export function keyName(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  if (key.value === null) return '';
  return typeof key.value === 'symbol' ? '<<' : String(key.value);
}

/** With `merge: true` the parser marks `<<` keys with a symbol value. */
function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && (typeof pair.key.value === 'symbol' || pair.key.value === '<<');
}

/** Own pairs of a mapping, merge keys (`<<`) left out. */
function ownPairs(map: YAMLMap): Pair<Scalar, Node | null>[] {
  return (map.items as Pair<Scalar, Node | null>[]).filter((pair) => isScalar(pair.key) && !isMergeKey(pair));
}

/**
 * A mapping's value for a key, following `<<: *anchor` merges the way Compose
 * does (own keys win), so a service that inherits `image:` through an anchor has one.
 */
export function getValue(compose: ComposeDocument, map: unknown, key: string, depth = 0): Node | null | undefined {
  if (!isMap(map) || depth > 8) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair.value as Node | null;
  }
  for (const pair of map.items) {
    if (!isMergeKey(pair)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const found = getValue(compose, resolveAlias(compose, source), key, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}


function resolveAlias(compose: ComposeDocument, node: unknown): unknown {
  if (!isAlias(node)) return node;
  try {
    return node.resolve(compose.yaml);
  } catch {
    return undefined;
  }
}

export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return value === null || value === undefined ? undefined : String(value);
}

/** Top-level sections keyed by name: `services`, `networks` … */
export function topLevel(compose: ComposeDocument, key: string): YAMLMap | undefined {
  const value = getValue(compose, compose.yaml.contents, key);
  return isMap(value) ? value : undefined;
}

export interface Named<T = Node | null> {
  readonly name: string;
  readonly key: Scalar;
  readonly value: T;
}

export function namedEntries(map: YAMLMap | undefined): Named[] {
  if (!map) return [];
  return ownPairs(map).map((pair) => ({ name: keyName(pair) ?? '', key: pair.key, value: pair.value }));
}

/** Resolves a path written in the Compose file against the file's own folder. */
export function resolvePath(compose: ComposeDocument, path: string): string | undefined {
  try {
    if (path.startsWith('/')) return new URL(`file://${encodeURI(path)}`).toString();
    return new URL(encodeURI(path.replace(/\\/g, '/')), compose.document.uri).toString();
  } catch {
    return undefined;
  }
}

// ---- Position → path -----------------------------------------------------------------------

export interface PathAtPosition {
  /** `['services', 'web', 'ports', 0]`. */
  readonly path: PathSegment[];
  /** The node under the cursor: a key scalar, a value scalar, or the innermost collection. */
  readonly node?: Node;
  /** Whether the cursor is on a mapping key (the last path segment). */
  readonly onKey: boolean;
}

/** The YAML path of the node under an offset. The end of a token counts as inside it. */
export function pathAtOffset(compose: ComposeDocument, offset: number): PathAtPosition {
  const path: PathSegment[] = [];
  let node: unknown = compose.yaml.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && containsPair(item, offset));
      if (!pair) return { path, node, onKey: false };
      const key = keyName(pair) ?? '';
      path.push(key);
      if (isScalar(pair.key) && within(pair.key, offset)) return { path, node: pair.key, onKey: true };
      if (!pair.value) return { path, node: pair.key as Node, onKey: true };
      node = pair.value;
      continue;
    }
    if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(item as Node, offset));
      if (index < 0) return { path, node, onKey: false };
      path.push(index);
      node = node.items[index];
      continue;
    }
    return { path, node: (node as Node | undefined) ?? undefined, onKey: false };
  }
}

function within(node: Node | null | undefined, offset: number): boolean {
  const range = node?.range;
  return !!range && offset >= range[0] && offset <= range[1];
}

function containsPair(pair: Pair, offset: number): boolean {
  const start = nodeStart(pair.key as Node);
  const end = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node | null)?.range?.[1] ?? start;
  return offset >= start && offset <= end;
}


// ---- Names: declarations and references ----------------------------------------------------

export interface NameOccurrence {
  readonly kind: ReferenceKind;
  readonly name: string;
  /** Offsets of just the name in the document text. */
  readonly start: number;
  readonly end: number;
  /** `depends_on: {x: {required: false}}`: Compose tolerates a missing target. */
  readonly optional?: boolean;
}

interface SymbolIndex {
  /** Top-level declarations by kind and name. */
  readonly declarations: ReadonlyMap<ReferenceKind, ReadonlyMap<string, NameOccurrence>>;
  readonly references: readonly NameOccurrence[];
}

const sectionOfKind: Record<ReferenceKind, string> = {
  service: 'services',
  network: 'networks',
  volume: 'volumes',
  secret: 'secrets',
  config: 'configs',
  model: 'models',
};

export function sectionOf(kind: ReferenceKind): string {
  return sectionOfKind[kind];
}

function buildSymbolIndex(compose: ComposeDocument): SymbolIndex {
  const declarations = new Map<ReferenceKind, Map<string, NameOccurrence>>();
  const references: NameOccurrence[] = [];
  for (const kind of Object.keys(sectionOfKind) as ReferenceKind[]) {
    const names = new Map<string, NameOccurrence>();
    for (const entry of namedEntries(topLevel(compose, sectionOfKind[kind]))) {
      if (entry.name.startsWith('x-')) continue;
      names.set(entry.name, occurrence(kind, entry.key, entry.name));
    }
    declarations.set(kind, names);
  }

  for (const service of namedEntries(topLevel(compose, 'services'))) {
    if (isMap(service.value)) references.push(...serviceReferences(compose, service.value));
  }
  return { declarations, references };
}

/** Per service body: the names it refers to, as offsets from the body's start, and the text they were read from. */
const referencesByBody = new WeakMap<Node, { readonly text: string; readonly found: readonly NameOccurrence[] }>();

/**
 * The names one service refers to. While its text is unchanged, incremental
 * parsing hands back the very same body node (ranges shifted), so on a large
 * file an edit reads only the edited service again.
 */
function serviceReferences(compose: ComposeDocument, body: YAMLMap): NameOccurrence[] {
  if (!body.range) return readServiceReferences(body);
  const [start, end] = body.range;
  const text = compose.text.slice(start, end);
  const previous = referencesByBody.get(body);
  if (previous?.text === text) return previous.found.map((found) => ({ ...found, start: found.start + start, end: found.end + start }));
  const found = readServiceReferences(body);
  referencesByBody.set(body, { text, found: found.map((occurrence) => ({ ...occurrence, start: occurrence.start - start, end: occurrence.end - start })) });
  return found;
}

function readServiceReferences(body: YAMLMap): NameOccurrence[] {
  const references: NameOccurrence[] = [];
  const addScalar = (kind: ReferenceKind, node: unknown, nameOf: (text: string) => string | undefined = (text) => text) => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const name = nameOf(node.value);
    if (name) references.push(occurrence(kind, node, name));
  };
  const addListOrKeys = (kind: ReferenceKind, value: unknown) => {
    if (isSeq(value)) for (const item of value.items) addScalar(kind, item);
    else if (isMap(value)) for (const pair of ownPairs(value)) addScalar(kind, pair.key);
  };
  const addGrants = (kind: ReferenceKind, value: unknown) => {
    if (!isSeq(value)) return;
    for (const item of value.items) {
      if (isScalar(item)) addScalar(kind, item);
      else if (isMap(item)) addScalar(kind, item.get('source', true));
    }
  };
  const serviceAfterPrefix = (text: string) => (text.startsWith('service:') ? text.slice('service:'.length) : undefined);

  const dependsOn = body.get('depends_on', true);
  if (isMap(dependsOn)) {
    for (const pair of ownPairs(dependsOn)) {
      const optional = isMap(pair.value) && ['false', 'False'].includes(scalarText(pair.value.get('required', true)) ?? '');
      const name = scalarText(pair.key);
      if (name) references.push({ ...occurrence('service', pair.key, name), optional });
    }
  } else {
    addListOrKeys('service', dependsOn);
  }
  const links = body.get('links', true);
  if (isSeq(links)) for (const item of links.items) addScalar('service', item, (text) => text.split(':')[0]);
  const extendsValue: unknown = body.get('extends', true);
  if (isScalar(extendsValue)) addScalar('service', extendsValue);
  else if (isMap(extendsValue) && !extendsValue.has('file')) addScalar('service', extendsValue.get('service', true));
  for (const key of ['network_mode', 'ipc', 'pid']) addScalar('service', body.get(key, true), serviceAfterPrefix);
  const volumesFrom = body.get('volumes_from', true);
  if (isSeq(volumesFrom)) {
    for (const item of volumesFrom.items) addScalar('service', item, (text) => (text.startsWith('container:') ? undefined : text.split(':')[0]));
  }
  addListOrKeys('network', body.get('networks', true));
  addListOrKeys('model', body.get('models', true));
  addGrants('secret', body.get('secrets', true));
  addGrants('config', body.get('configs', true));
  const build = body.get('build', true);
  if (isMap(build)) addGrants('secret', build.get('secrets', true));
  const volumes = body.get('volumes', true);
  if (isSeq(volumes)) {
    for (const item of volumes.items) {
      if (isScalar(item)) {
        addScalar('volume', item, (text) => {
          const mount = parseShortMount(text);
          return mount.ok && mount.value.sourceKind === 'volume' ? mount.value.source : undefined;
        });
      } else if (isMap(item)) {
        const type = scalarText(item.get('type', true));
        addScalar('volume', item.get('source', true), (text) => ((type === 'volume' || (!type && !isHostPath(text))) ? text : undefined));
      }
    }
  }
  return references;
}

/** The range of just the name within a scalar, for `links: [db:database]` or `network_mode: service:db`. */
function occurrence(kind: ReferenceKind, node: Scalar, name: string): NameOccurrence {
  const [start, end] = node.range ?? [0, 0];
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  const raw = String(node.value);
  // Names sit at the start (`db:alias`, `data:/data`) or at the end (`service:db`).
  const within = raw.startsWith(name) ? 0 : raw.endsWith(name) ? raw.length - name.length : raw.indexOf(name);
  const nameStart = start + quoted + Math.max(within, 0);
  return { kind, name, start: nameStart, end: Math.min(nameStart + name.length, end) };
}

/** The declaration or reference whose name is under an offset. */
export function nameAtOffset(compose: ComposeDocument, offset: number): NameOccurrence | undefined {
  const index = compose.symbols();
  for (const names of index.declarations.values()) {
    for (const occurrence of names.values()) if (offset >= occurrence.start && offset <= occurrence.end) return occurrence;
  }
  return index.references.find((occurrence) => offset >= occurrence.start && offset <= occurrence.end);
}
