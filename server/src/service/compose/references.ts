/** References and highlights of service, network, volume, secret and config names in a Compose file. */
import type { DocumentHighlight, Location, Position } from 'vscode-languageserver';
import { DocumentHighlightKind } from '../../lsp';
import { ComposeDocument, nameAtOffset, NameOccurrence, offsetRange } from '../../compose/model';

/** Every occurrence of the name under the cursor: its declaration first, then its uses in order. */
export function occurrencesAt(compose: ComposeDocument, position: Position): { declaration?: NameOccurrence; uses: NameOccurrence[] } | undefined {
  const name = nameAtOffset(compose, compose.document.offsetAt(position));
  if (!name) return undefined;
  const index = compose.symbols();
  const declaration = index.declarations.get(name.kind)?.get(name.name);
  const uses = index.references.filter((reference) => reference.kind === name.kind && reference.name === name.name);
  return { declaration, uses };
}

export function composeReferences(compose: ComposeDocument, position: Position, includeDeclaration: boolean): Location[] {
  const found = occurrencesAt(compose, position);
  if (!found) return [];
  const all = includeDeclaration && found.declaration ? [found.declaration, ...found.uses] : found.uses;
  return all.map((occurrence) => ({ uri: compose.document.uri, range: offsetRange(compose, occurrence.start, occurrence.end) }));
}

export function composeDocumentHighlights(compose: ComposeDocument, position: Position): DocumentHighlight[] {
  const found = occurrencesAt(compose, position);
  if (!found) return [];
  const highlights: DocumentHighlight[] = found.uses.map((use) => ({ range: offsetRange(compose, use.start, use.end), kind: DocumentHighlightKind.Read }));
  if (found.declaration) highlights.unshift({ range: offsetRange(compose, found.declaration.start, found.declaration.end), kind: DocumentHighlightKind.Write });
  return highlights;
}
