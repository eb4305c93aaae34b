/**
 * Incremental YAML parsing for large Compose files. The `yaml` package's
 * parser costs ~10 ms per 1,000 lines, so a 500-service file would cost
 * ~100 ms on every keystroke. Instead the file is cut into independent
 * chunks — one per top-level key, and one per service under `services:` —
 * and only chunks whose text changed since the previous version are parsed
 * again; the others are reused with their ranges shifted. The result is
 * one `yaml` Document like the one `parseDocument` would give.
 *
 * Anything unusual (anchors and aliases that cross chunks, several
 * documents, directives, complex keys, odd indentation) and any syntax
 * error that might run on past its chunk take the plain path, so results
 * are always a plain parse's.
 *
 * A file of several documents (`---`) is read as compose-go reads it: each
 * document is a layer over the ones before. The parse is then one document
 * whose root holds every layer's keys in order (so features that look up a
 * position find it in any layer), and the layers are kept apart for the
 * checks that merge them.
 */
import { Document, isAlias, isMap, isPair, isScalar, isSeq, Node, Pair, parseAllDocuments, parseDocument, Scalar, YAMLMap } from 'yaml';

/** Below this size a plain parse is already fast. */
export const incrementalThreshold = 20_000;

/** How every compose text is parsed (the bench times yaml alone with the same options). */
export const yamlParseOptions = { merge: true, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false } as const;

export interface ParsedYaml {
  readonly document: Document.Parsed;
  /** The root of each document of the file, in order: one for most files. */
  readonly layers: readonly unknown[];
  /** The chunks this version was parsed in, by text, for the next version's parse to reuse (none after a plain parse). */
  readonly chunks: ReusableChunks;
}

/** A parse's chunks by their text; only the next version's parse reads them. */
export type ReusableChunks = ReadonlyMap<string, ParsedChunk>;

const noChunks: ReusableChunks = new Map();

const documentMarker = /^(---|\.\.\.)/m;

/** Broken YAML yields an error object per problem; their stack traces are never read and cost more than the parse. */
function withoutStackTraces<T>(parse: () => T): T {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function parseOne(text: string): Document.Parsed {
  return withoutStackTraces(() => parseDocument(text, yamlParseOptions));
}

function parseYaml(text: string): ParsedYaml {
  if (!documentMarker.test(text)) return single(parseOne(text));
  const documents = withoutStackTraces(() => parseAllDocuments(text, yamlParseOptions));
  if (documents.length <= 1) return single(documents[0] ?? parseOne(text));
  return layered(documents, text);
}

function single(document: Document.Parsed, chunks = noChunks): ParsedYaml {
  return { document, layers: isEmpty(document.contents) ? [] : [document.contents], chunks };
}

/** A document with nothing in it (or only comments, or a bare `---`). */
function isEmpty(contents: unknown): boolean {
  return contents === null || (isScalar(contents) && contents.value === null);
}

/** One document holding the keys of every layer that is a mapping, with every layer's errors. */
function layered(documents: readonly Document.Parsed[], text: string): ParsedYaml {
  const root = new YAMLMap();
  for (const document of documents) if (isMap(document.contents)) root.items.push(...(document.contents.items as Pair[]));
  setRange(root);
  const document = new Document(null) as unknown as Document.Parsed;
  document.contents = root as unknown as Document.Parsed['contents'];
  document.errors = documents.flatMap((part) => part.errors);
  document.warnings = documents.flatMap((part) => part.warnings);
  document.range = [0, text.length, text.length];
  return { document, layers: documents.map((part) => part.contents).filter((contents) => !isEmpty(contents)), chunks: noChunks };
}

interface ParsedChunk {
  readonly text: string;
  readonly document: Document.Parsed;
  /** The document offset its node ranges currently carry. */
  base: number;
}

interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly service: boolean;
}

/**
 * Parses `text`, reusing the unchanged chunks of `previous`, the same
 * document's last version (whoever keeps that: DocumentCache, for the
 * server). Falls back to a plain parse when the file cannot be cut safely.
 */
export function parseYamlIncrementally(text: string, previous: ReusableChunks = noChunks, threshold = incrementalThreshold): ParsedYaml {
  const chunks = text.length >= threshold ? cut(text) : undefined;
  if (!chunks) return parseYaml(text);
  const current = new Map<string, ParsedChunk>();
  const parsed = chunks.map((chunk) => {
    const chunkText = text.slice(chunk.start, chunk.end);
    let reused = current.has(chunkText) ? undefined : previous.get(chunkText);
    if (reused) reclaim(reused);
    else reused = { text: chunkText, document: parseOne(chunkText), base: 0 };
    shift(reused, chunk.start);
    current.set(chunkText, reused);
    return { chunk, parsed: reused };
  });
  const assembled = assemble(parsed.map(({ chunk, parsed: p }) => ({ chunk, document: p.document })), text);
  return assembled ? single(assembled, current) : parseYaml(text);
}

// ---- Cutting ---------------------------------------------------------------------------------------

const blankOrComment = /^\s*(#.*)?$/;
const topLevelKey = /^([A-Za-z0-9_.-]+|"[^"]*"|'[^']*')\s*:(\s|$)/;

/** Chunk boundaries, or `undefined` when the file is not a plain block mapping of plain keys. */
function cut(text: string): Chunk[] | undefined {
  // Anchors and aliases may cross chunks; directives and document markers change parsing globally.
  if (/(^|[\s[{,])[&*][^\s,\]}]/m.test(text) || /^(---|\.\.\.|%)/m.test(text) || text.includes('\t')) return undefined;
  const chunks: Chunk[] = [];
  const lineStarts: number[] = [];
  for (let offset = 0; offset <= text.length; ) {
    lineStarts.push(offset);
    const newline = text.indexOf('\n', offset);
    if (newline < 0) break;
    offset = newline + 1;
  }
  const lineAt = (index: number) => text.slice(lineStarts[index], index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length).replace(/\r?\n$/, '');
  let servicesHeader = -1;
  let serviceIndent = -1;
  const boundaries: { line: number; service: boolean }[] = [];
  for (let index = 0; index < lineStarts.length; index++) {
    const line = lineAt(index);
    if (blankOrComment.test(line)) continue;
    const indent = /^ */.exec(line)![0].length;
    if (indent === 0) {
      if (!topLevelKey.test(line)) return undefined;
      boundaries.push({ line: index, service: false });
      const isServices = /^services\s*:\s*(#.*)?$/.test(line);
      servicesHeader = isServices ? index : -1;
      serviceIndent = -1;
      continue;
    }
    // Indented text before the first key is not a block mapping's start: leave it to the plain parse.
    if (boundaries.length === 0) return undefined;
    if (servicesHeader < 0) continue;
    if (serviceIndent < 0) serviceIndent = indent;
    if (indent < serviceIndent) return undefined;
    if (indent === serviceIndent) {
      if (!topLevelKey.test(line.slice(indent))) return undefined;
      boundaries.push({ line: index, service: true });
    }
  }
  if (boundaries.length === 0) return undefined;
  // Leading comments belong to the first chunk.
  boundaries[0] = { ...boundaries[0], line: 0 };
  for (let i = 0; i < boundaries.length; i++) {
    const start = lineStarts[boundaries[i].line];
    const end = i + 1 < boundaries.length ? lineStarts[boundaries[i + 1].line] : text.length;
    chunks.push({ start, end, service: boundaries[i].service });
  }
  return chunks;
}

// ---- Shifting and assembling -----------------------------------------------------------------------

/**
 * Gives a reused chunk back the value it parsed to: assembly hung the
 * services that follow on its `services:` pair, and those are shifted (or
 * re-parsed) as chunks of their own.
 */
function reclaim(parsed: ParsedChunk): void {
  const contents = parsed.document.contents;
  if (!isMap(contents)) return;
  for (const pair of contents.items as Pair[]) if (assembledValues.has(pair)) pair.value = assembledValues.get(pair)!;
}

function shift(parsed: ParsedChunk, base: number): void {
  const delta = base - parsed.base;
  if (delta === 0) return;
  parsed.base = base;
  for (const error of parsed.document.errors) error.pos = [error.pos[0] + delta, error.pos[1] + delta];
  const move = (node: unknown): void => {
    if (isPair(node)) {
      move(node.key);
      move(node.value);
      return;
    }
    const withRange = node as Node | null;
    if (withRange?.range) withRange.range = [withRange.range[0] + delta, withRange.range[1] + delta, withRange.range[2] + delta];
    if (isMap(node) || isSeq(node)) for (const item of node.items) move(item);
  };
  move(parsed.document.contents);
}

/** The `services:` pairs whose value assembly replaced, with the value their chunk parsed to. */
const assembledValues = new WeakMap<Pair, Node | null>();

function assemble(parts: { chunk: Chunk; document: Document.Parsed }[], text: string): Document.Parsed | undefined {
  const root = new YAMLMap();
  let servicesPair: Pair<Scalar, Node | null> | undefined;
  let services: YAMLMap | undefined;
  const topKeys = new Set<string>();
  const serviceKeys = new Set<string>();
  for (const [index, { chunk, document }] of parts.entries()) {
    // A syntax error may not stay inside its chunk (an unclosed `[` or quote runs on): then parse the whole file.
    if (document.errors.length > 0 && !errorsStayInside(parts, index, text)) return undefined;
    const contents = document.contents;
    if (!isMap(contents) || contents.items.length !== 1) {
      // A chunk that is not one `key: value` pair (broken while typing): no safe way to place it.
      return undefined;
    }
    const pair = contents.items[0] as Pair<Scalar, Node | null>;
    const name = String(pair.key?.value);
    const seen = chunk.service ? serviceKeys : topKeys;
    // Duplicate keys are errors: the plain parse reports them.
    if (seen.has(name)) return undefined;
    seen.add(name);
    if (!chunk.service) {
      root.items.push(pair);
      servicesPair = name === 'services' ? pair : undefined;
      services = undefined;
      continue;
    }
    if (!servicesPair) return undefined;
    if (!services) {
      // `services:` parsed alone has an empty value: the services that follow become it.
      services = new YAMLMap();
      if (!assembledValues.has(servicesPair)) assembledValues.set(servicesPair, servicesPair.value);
      servicesPair.value = services as unknown as Node;
    }
    services.items.push(pair);
    setRange(services);
  }
  setRange(root);
  const document = new Document(null) as unknown as Document.Parsed;
  document.contents = root as unknown as Document.Parsed['contents'];
  document.errors = parts.flatMap((part) => part.document.errors);
  document.range = [0, text.length, text.length];
  return document;
}

/**
 * Whether a chunk's syntax errors end with it: parsed together with the
 * next chunk, both come out as they did apart (so the parser left the broken
 * chunk in the state a new key starts from). The last chunk has nothing to
 * run into. A broken chunk followed by another broken one is not trusted.
 */
function errorsStayInside(parts: readonly { chunk: Chunk; document: Document.Parsed }[], index: number, text: string): boolean {
  const next = parts[index + 1];
  if (!next) return true;
  if (next.document.errors.length > 0) return false;
  const { chunk, document } = parts[index];
  if (!isMap(document.contents) || document.contents.items.length !== 1 || !isMap(next.document.contents) || next.document.contents.items.length !== 1) return false;
  const together = parseOne(text.slice(chunk.start, next.chunk.end));
  const contents = together.contents;
  if (!isMap(contents) || contents.items.length !== 2) return false;
  const errors = (parsed: Document.Parsed, base: number) => JSON.stringify(parsed.errors.map((error) => [error.code, error.pos[0] - base, error.pos[1] - base]));
  const apart = JSON.stringify([shape(document.contents.items[0], chunk.start), shape(next.document.contents.items[0], chunk.start)]);
  return errors(together, 0) === errors(document, chunk.start) && JSON.stringify(contents.items.map((pair) => shape(pair, 0))) === apart;
}

/** A node's structure, values and ranges (from `base`), for comparing parses; unlike toJSON it never resolves aliases. */
function shape(node: unknown, base: number): unknown {
  if (isPair(node)) return [shape(node.key, base), shape(node.value, base)];
  const start = (node as Node | null)?.range?.[0];
  const at = start === undefined ? null : start - base;
  if (isMap(node) || isSeq(node)) return [at, node.items.map((item) => shape(item, base))];
  if (isScalar(node)) return [at, String(node.value)];
  if (isAlias(node)) return [at, `*${node.source}`];
  return null;
}

function setRange(map: YAMLMap): void {
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  if (!first || !last) {
    map.range = [0, 0, 0];
    return;
  }
  const start = (first.key as Node).range![0];
  const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node).range)!;
  map.range = [start, lastEnd[1], lastEnd[2]];
}
