/**
 * Quick fixes for Dockerfile diagnostics: the fix of the diagnostic's rule (computed from the
 * parse, never from the diagnostic's text, so it stays right for a diagnostic of an older
 * version), and for whatever `# check=` can skip, "disable for this instruction" and "disable
 * for this file".
 */
import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, Range, TextEdit } from '../../lsp';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { comparePositions, instructionAt } from '../../dockerfile/positions';
import { directivePattern } from '../../dockerfile/parser';
import type { ServiceContext } from '../mode';
import type { DocsLanguage } from '../settings';
import { inline } from './docs';
import { edits, eolOf } from './rules/fixes';
import { dockerfileRules } from './rules/index';
import type { DockerfileRule } from './rules/rule';

export function dockerfileCodeActions(ast: DockerfileAst, _range: Range, context: CodeActionContext, ctx?: ServiceContext): CodeAction[] {
  const language = ctx?.docsLanguage ?? 'en';
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    const rule = diagnostic.source === 'dockside' && typeof diagnostic.code === 'string' ? dockerfileRules.rule(diagnostic.code) : undefined;
    if (!rule) continue;
    actions.push(...ruleFixes(ast, diagnostic, language));
    if (isSkippable(rule)) actions.push(...skipActions(ast, diagnostic, rule, language));
  }
  return actions;
}

/** The fixes a diagnostic's own rule offers. */
export function ruleFixes(ast: DockerfileAst, diagnostic: Diagnostic, language: DocsLanguage): CodeAction[] {
  const rule = typeof diagnostic.code === 'string' ? dockerfileRules.rule(diagnostic.code) : undefined;
  return rule?.fix?.({ ast, diagnostic, language, instruction: instructionOf(ast, diagnostic) }) ?? [];
}

/** What `# check=skip=` can turn off: BuildKit's checks and our warnings and hints, never what docker build rejects. */
function isSkippable(rule: DockerfileRule): boolean {
  return !rule.experimental && !(rule.kind === 'syntax' && rule.defaultSeverity === 'error');
}

/** The instruction (or ONBUILD trigger) a diagnostic is on. */
function instructionOf(ast: DockerfileAst, diagnostic: Diagnostic): Instruction | undefined {
  const outer = instructionAt(ast, diagnostic.range.start);
  if (outer?.trigger && comparePositions(diagnostic.range.start, outer.trigger.keywordRange.start) >= 0) return outer.trigger;
  return outer;
}

/** `skip=<code>` added to a check option list (which may already skip others). */
function withSkipped(value: string, code: string): string {
  const skip = /(^|;)\s*skip\s*=([^;]*)/.exec(value);
  return skip ? `${value.slice(0, skip.index + skip[0].length)},${code}${value.slice(skip.index + skip[0].length)}` : value.trim() === '' ? `skip=${code}` : `skip=${code};${value}`;
}

/** `# check=skip=<code>` at the top of the file, and above the instruction the diagnostic is on. */
function skipActions(ast: DockerfileAst, diagnostic: Diagnostic, rule: DockerfileRule, language: DocsLanguage): CodeAction[] {
  const code = rule.id;
  const action = (title: { en: string; ko: string }, edit: TextEdit): CodeAction => ({ title: inline(language, title), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edits(ast, edit) });
  const actions: CodeAction[] = [];
  const directivesEnd = ast.directives.length > 0 ? ast.directives[ast.directives.length - 1].range.start.line + 1 : 0;
  const fileTitle = { en: `Disable ${code} for this file (# check=skip=${code})`, ko: `이 파일에서 ${code} 끄기 (# check=skip=${code})` };
  const check = ast.directives.find((d) => d.name === 'check');
  if (check) actions.push(action(fileTitle, TextEdit.replace(check.valueRange, withSkipped(check.value, code))));
  else actions.push(action(fileTitle, TextEdit.insert({ line: directivesEnd, character: 0 }, `# check=skip=${code}${eolOf(ast)}`)));
  const instruction = instructionAt(ast, diagnostic.range.start);
  // Right below the directives, a new `# check=` line would be the file's directive.
  if (instruction && instruction.range.start.line > directivesEnd) {
    const line = instruction.range.start.line;
    const above = ast.comments.find((comment) => comment.range.start.line === line - 1);
    const existing = above && directivePattern.exec(above.text);
    const title = { en: `Disable ${code} for this instruction (# check=skip=${code} above it)`, ko: `이 명령어에서 ${code} 끄기 (위에 # check=skip=${code})` };
    if (existing && existing[1].toLowerCase() === 'check') {
      const valueStart = above!.range.start.character + above!.text.lastIndexOf(existing[2]);
      actions.push(action(title, TextEdit.replace({ start: { line: line - 1, character: valueStart }, end: { line: line - 1, character: valueStart + existing[2].length } }, withSkipped(existing[2], code))));
    } else {
      const indent = instruction.keywordRange.start.character;
      actions.push(action(title, TextEdit.insert({ line, character: 0 }, `${' '.repeat(indent)}# check=skip=${code}${eolOf(ast)}`)));
    }
  }
  return actions;
}
