/** Quick fixes for the command-line diagnostics: write the replacement each one carries. */
import { CodeAction, CodeActionContext, CodeActionKind, Range } from '../../lsp';
import { inline } from '../localized';
import type { ServiceContext } from '../mode';
import type { CommandLineDocument } from './parse';
import { commandLineRuleRegistry, type ReplacementData } from './rules';

export function codeActions(parsed: CommandLineDocument, _range: Range, context: CodeActionContext, ctx: ServiceContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    const data = diagnostic.data as Partial<ReplacementData> | undefined;
    if (diagnostic.source !== 'dockside' || typeof diagnostic.code !== 'string' || !commandLineRuleRegistry.rule(diagnostic.code) || typeof data?.replacement !== 'string') continue;
    const replacement = data.replacement;
    const title = inline(ctx.docsLanguage, { en: `Change to \`${replacement}\``, ko: `\`${replacement}\`(으)로 고치기` });
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [parsed.document.uri]: [{ range: diagnostic.range, newText: replacement }] } },
    });
  }
  return actions;
}
