/** The diagnostic a rule reports: its code, docs link and default severity come from the rule, never from the caller. */
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range } from '../../lsp';
import { say, type Localized } from '../localized';
import type { DocsLanguage } from '../settings';
import type { RuleMeta } from './rule';
import { severityOf } from './severity';

export interface ReportOptions {
  /** Instead of the rule's default (BuildKit's `# check=error=true` makes checks errors). */
  readonly severity?: DiagnosticSeverity;
  readonly tags?: readonly DiagnosticTag[];
  /** A more precise page than the rule's own: the reference section of the instruction or key at fault. */
  readonly docs?: string;
  /** What the rule's fix needs to know, carried on the diagnostic. */
  readonly data?: unknown;
}

export function ruleDiagnostic(rule: RuleMeta, range: Range, message: Localized, language: DocsLanguage, options: ReportOptions = {}): Diagnostic {
  return {
    range,
    severity: options.severity ?? severityOf[rule.defaultSeverity],
    code: rule.id,
    codeDescription: { href: options.docs ?? rule.docs },
    source: 'dockside',
    message: say(language, message),
    ...(options.tags ? { tags: [...options.tags] } : {}),
    ...(options.data !== undefined ? { data: options.data } : {}),
  };
}
