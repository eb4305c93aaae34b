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
import { AliasTable, analyzeAliases, noAliases } from './aliases';
import { incrementalThreshold, parseYamlIncrementally, ReusableChunks } from './incremental';
import type { PathSegment, ReferenceKind } from './catalogue';
import { isHostPath, parseShortMount } from './syntax';

export interface ComposeDocument {
  readonly document: TextDocument;
  readonly text: string;
  readonly yaml: Document.Parsed;
  /** The root of each YAML document in the file (`---` separates them): one for most files, each a layer over the ones before. */
  readonly layers: readonly unknown[];
  /** Built on first use: where every alias points, and what is wrong with the aliases. */
  readonly aliases: () => AliasTable;
  /** Built on first use: declarations and references of service/network/volume/secret/config names. */
  readonly symbols: () => SymbolIndex;
  /** The text split into lines (without line ends), on first use. */
  readonly lines: () => readonly string[];
  /** What the parse of the document's next version may reuse (./incremental.ts). */
  readonly chunks: ReusableChunks;
}

/**
 * `previous`: the same document's last parse, whose unchanged chunks a large file reuses;
 * `incrementalFrom`: the file size from which it does (tests lower it).
 */
export function parseCompose(document: TextDocument, previous?: ComposeDocument, incrementalFrom = incrementalThreshold): ComposeDocument {
  const text = document.getText();
  const { document: yaml, layers, chunks } = parseYamlIncrementally(text, previous?.chunks, incrementalFrom);
  let symbols: SymbolIndex | undefined;
  let lines: string[] | undefined;
  let aliases: AliasTable | undefined;
  const parsed: ComposeDocument = {
    document,
    text,
    yaml,
    layers,
    // Without a `*` there is no alias to resolve, and no need to read the file again for them.
    aliases: () => (aliases ??= text.includes('*') ? analyzeAliases(layers) : noAliases),
    symbols: () => (symbols ??= buildSymbolIndex(parsed)),
    lines: () => (lines ??= text.split(/\r\n|\r|\n/)),
    chunks,
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

/** Own pairs of a mapping, merge keys (`<<`) left out. */
function ownPairs(map: YAMLMap): Pair<Scalar, Node | null>[] {
  return (map.items as Pair<Scalar, Node | null>[]).filter((pair) => isScalar(pair.key) && !isMergeKey(pair));
}

/**
 * A mapping's value for a key, following `<<:` merges the way Compose does
 * (own keys win, then each merged mapping in order), so a service that
 * inherits `image:` through an anchor has one. A value written as an alias
 * is the node the alias names.
 */
export function getValue(compose: ComposeDocument, map: unknown, key: string, depth = 0): Node | null | undefined {
  if (!isMap(map) || depth > 8) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return resolveAlias(compose, pair.value) as Node | null | undefined;
  }
  for (const pair of map.items) {
    if (!isMergeKey(pair)) continue;
    for (const source of mergeSources(compose, pair.value)) {
      const found = getValue(compose, source, key, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The node an alias names (`undefined` when it names nothing, or itself); any other node as it is. */
export function resolveAlias(compose: ComposeDocument, node: unknown): unknown {
  return isAlias(node) ? compose.aliases().targets.get(node) : node;
}

/** What a `<<:` merges in: a mapping, or each mapping of a list (either possibly through aliases). */
export function mergeSources(compose: ComposeDocument, value: unknown): unknown[] {
  const resolved = resolveAlias(compose, value);
  return isSeq(resolved) ? resolved.items.map((item) => resolveAlias(compose, item)) : [resolved];
}

/** `<<` keys, which the parser marks with a symbol value. */
export function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && (typeof pair.key.value === 'symbol' || pair.key.value === '<<');
}

export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return value === null || value === undefined ? undefined : String(value);
}

/** Top-level sections keyed by name: `services`, `networks` … (of the first document that has it). */
export function topLevel(compose: ComposeDocument, key: string): YAMLMap | undefined {
  const value = getValue(compose, compose.yaml.contents, key);
  return isMap(value) ? value : undefined;
}

/** A top-level section in every document that has it, in order: each layer adds to the ones before. */
export function sections(compose: ComposeDocument, key: string): YAMLMap[] {
  const found: YAMLMap[] = [];
  for (const layer of compose.layers) {
    const value = getValue(compose, layer, key);
    if (isMap(value)) found.push(value);
  }
  return found;
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
    // Under a section every key is a name, `x-` ones too; a later layer's name adds nothing to navigate to.
    for (const section of sections(compose, sectionOfKind[kind])) {
      for (const entry of namedEntries(section)) if (!names.has(entry.name)) names.set(entry.name, occurrence(kind, entry.key, entry.name));
    }
    declarations.set(kind, names);
  }

  for (const section of sections(compose, 'services')) {
    for (const service of namedEntries(section)) {
      const body = resolveAlias(compose, service.value);
      if (isMap(body)) references.push(...serviceReferences(compose, body));
    }
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
  if (!body.range) return readServiceReferences(compose, body);
  const [start, end] = body.range;
  const text = compose.text.slice(start, end);
  const previous = referencesByBody.get(body);
  if (previous?.text === text) return previous.found.map((found) => ({ ...found, start: found.start + start, end: found.end + start }));
  const found = readServiceReferences(compose, body);
  referencesByBody.set(body, { text, found: found.map((occurrence) => ({ ...occurrence, start: occurrence.start - start, end: occurrence.end - start })) });
  return found;
}

/** Keys an anchor merges in (`<<: *defaults`) count as the service's own. */
function readServiceReferences(compose: ComposeDocument, body: YAMLMap): NameOccurrence[] {
  const references: NameOccurrence[] = [];
  const value = (key: string): unknown => getValue(compose, body, key);
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

  const dependsOn = value('depends_on');
  if (isMap(dependsOn)) {
    for (const pair of ownPairs(dependsOn)) {
      const optional = isMap(pair.value) && ['false', 'False'].includes(scalarText(pair.value.get('required', true)) ?? '');
      const name = scalarText(pair.key);
      if (name) references.push({ ...occurrence('service', pair.key, name), optional });
    }
  } else {
    addListOrKeys('service', dependsOn);
  }
  const links = value('links');
  if (isSeq(links)) for (const item of links.items) addScalar('service', item, (text) => text.split(':')[0]);
  const extendsValue: unknown = value('extends');
  if (isScalar(extendsValue)) addScalar('service', extendsValue);
  else if (isMap(extendsValue) && !extendsValue.has('file')) addScalar('service', extendsValue.get('service', true));
  for (const key of ['network_mode', 'ipc', 'pid']) addScalar('service', value(key), serviceAfterPrefix);
  const volumesFrom = value('volumes_from');
  if (isSeq(volumesFrom)) {
    for (const item of volumesFrom.items) addScalar('service', item, (text) => (text.startsWith('container:') ? undefined : text.split(':')[0]));
  }
  addListOrKeys('network', value('networks'));
  addListOrKeys('model', value('models'));
  addGrants('secret', value('secrets'));
  addGrants('config', value('configs'));
  const build = value('build');
  if (isMap(build)) addGrants('secret', build.get('secrets', true));
  const volumes = value('volumes');
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
