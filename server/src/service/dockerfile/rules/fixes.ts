/** What the rules' quick fixes are made of: a titled code action, a workspace edit, and readers of the parse they edit. */
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit, WorkspaceEdit } from '../../../lsp';
import type { DockerfileAst } from '../../../dockerfile/ast';
import { offsetAt } from '../../../dockerfile/positions';
import type { Localized } from '../../localized';
import type { DocsLanguage } from '../../settings';
import { inline } from '../docs';

export function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = true): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, ...(isPreferred ? { isPreferred } : {}) };
}

/** A quick fix titled in the reader's language. */
export function titledFix(language: DocsLanguage, title: Localized, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = true): CodeAction {
  return quickFix(inline(language, title), diagnostic, edit, isPreferred);
}

/** The title of a fix that writes `replacement` in place of what is there. */
export function changeToTitle(language: DocsLanguage, replacement: string): string {
  return inline(language, { en: `Change to ${replacement}`, ko: `${replacement}(으)로 고치기` });
}

/** A fix that writes `replacement` over `range`. */
export function changeTo(ast: DockerfileAst, language: DocsLanguage, diagnostic: Diagnostic, range: Range, replacement: string, shown = replacement, isPreferred = true): CodeAction {
  return quickFix(changeToTitle(language, shown), diagnostic, edits(ast, TextEdit.replace(range, replacement)), isPreferred);
}

export function edits(ast: DockerfileAst, ...textEdits: TextEdit[]): WorkspaceEdit {
  return { changes: { [ast.uri]: textEdits } };
}

export function eolOf(ast: DockerfileAst): string {
  return ast.text.includes('\r\n') ? '\r\n' : '\n';
}

/** `word` in the case of `like` (lower when it is all lower-case). */
export function inCaseOf(word: string, like: string): string {
  return like === like.toLowerCase() ? word.toLowerCase() : word.toUpperCase();
}

export function textIn(ast: DockerfileAst, range: Range): string {
  return ast.text.slice(offsetAt(ast, range.start), offsetAt(ast, range.end));
}
