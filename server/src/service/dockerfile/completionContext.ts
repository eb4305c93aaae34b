/** What every part of Dockerfile completion works from: where the cursor is, and the docs of an item. */
import type { CompletionItem, Position, Range } from 'vscode-languageserver';
import type { DockerfileAst } from '../../dockerfile/ast';
import type { ServiceContext } from '../mode';
import type { DocsLanguage } from '../settings';
import { EntryRef, markdown, shortDocs } from './docs';

export interface CompletionContext {
  readonly ast: DockerfileAst;
  readonly position: Position;
  readonly ctx: ServiceContext;
  /** The line up to the cursor. */
  readonly linePrefix: string;
  /** The non-blank word that ends at the cursor. */
  readonly word: string;
  readonly wordRange: Range;
}

/** The `length` characters before `position`, on its line: what an item replaces. */
export function rangeFrom(position: Position, length: number): Range {
  return { start: { line: position.line, character: position.character - length }, end: position };
}

/** Opens the suggestions again once an item is inserted (after `--flag=`, `# check=`). */
export const retrigger = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

const docsMemo = new Map<string, string | undefined>();

/** An entry's short docs, made once per language: every completion request lists the same ones. */
export function docsFor(ref: EntryRef, language: DocsLanguage): CompletionItem['documentation'] {
  const key = `${language}|${JSON.stringify(ref)}`;
  if (!docsMemo.has(key)) docsMemo.set(key, shortDocs(ref, language));
  const value = docsMemo.get(key);
  return value === undefined ? undefined : markdown(value);
}
