/** Rename a service, network, volume, secret or config everywhere it is declared and used. */
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ComposeDocument, nameAtOffset, offsetRange } from '../../compose/model';
import { occurrencesAt } from './references';

/** The names Compose accepts for services and top-level resources. */
const validName = /^[a-zA-Z0-9._-]+$/;

export function composePrepareRename(compose: ComposeDocument, position: Position): Range | null {
  const name = nameAtOffset(compose, compose.document.offsetAt(position));
  return name ? offsetRange(compose, name.start, name.end) : null;
}

export function composeRename(compose: ComposeDocument, position: Position, newName: string): WorkspaceEdit | null {
  if (!validName.test(newName)) return null;
  const found = occurrencesAt(compose, position);
  if (!found) return null;
  const occurrences = found.declaration ? [found.declaration, ...found.uses] : found.uses;
  const edits: TextEdit[] = occurrences.map((occurrence) => ({ range: offsetRange(compose, occurrence.start, occurrence.end), newText: newName }));
  return { changes: { [compose.document.uri]: edits } };
}
