/** The outline of a Compose file: services, networks, volumes, secrets, configs and models, plus other top-level keys. */
import { DocumentSymbol, SymbolKind } from '../../lsp';
import { isMap, isScalar, Node } from 'yaml';
import { ComposeDocument, contentEnd, keyName, namedEntries, nodeRange, offsetRange, scalarText } from '../../compose/model';

const sectionKinds: Record<string, SymbolKind> = {
  services: SymbolKind.Class,
  networks: SymbolKind.Interface,
  volumes: SymbolKind.Struct,
  secrets: SymbolKind.Key,
  configs: SymbolKind.File,
  models: SymbolKind.Object,
};

export function composeDocumentSymbols(compose: ComposeDocument): DocumentSymbol[] {
  const root = compose.yaml.contents;
  if (!isMap(root)) return [];
  const symbols: DocumentSymbol[] = [];
  for (const pair of root.items) {
    const name = keyName(pair);
    if (name === undefined || !isScalar(pair.key)) continue;
    const value = pair.value as Node | null;
    const childKind = sectionKinds[name];
    const children = childKind && isMap(value) ? namedEntries(value).map((entry) => entrySymbol(compose, name, entry.key, entry.value, childKind)) : undefined;
    symbols.push({
      name,
      kind: childKind ? SymbolKind.Namespace : SymbolKind.Property,
      detail: childKind ? undefined : scalarText(value),
      range: pairRange(compose, pair.key, value),
      selectionRange: nodeRange(compose, pair.key),
      children,
    });
  }
  return symbols;
}

function entrySymbol(compose: ComposeDocument, section: string, key: Node, value: Node | null, kind: SymbolKind): DocumentSymbol {
  return {
    name: scalarText(key) ?? '',
    kind,
    detail: section === 'services' ? serviceDetail(value) : undefined,
    range: pairRange(compose, key, value),
    selectionRange: nodeRange(compose, key),
  };
}

/** What the service runs: its image, or where it is built from. */
function serviceDetail(value: Node | null): string | undefined {
  if (!isMap(value)) return undefined;
  const image = scalarText(value.get('image', true));
  if (image) return image;
  const build: unknown = value.get('build', true);
  const context = isMap(build) ? scalarText(build.get('context', true)) : scalarText(build);
  return context === undefined ? undefined : `build: ${context}`;
}

function pairRange(compose: ComposeDocument, key: Node, value: Node | null) {
  const start = key.range?.[0] ?? 0;
  const end = Math.max(value?.range?.[1] ?? 0, key.range?.[1] ?? start);
  return offsetRange(compose, start, contentEnd(compose, start, end));
}
