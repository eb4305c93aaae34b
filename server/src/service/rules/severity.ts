/** Per-rule severity settings (`dockside.<language>.rules.<code>`), applied to any mode's diagnostics. */
import { Diagnostic, DiagnosticSeverity } from '../../lsp';
import type { RuleSeverity } from '../settings';

/** The LSP severity of each setting value but `off`. */
export const severityOf: Readonly<Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Drops diagnostics whose rule is `off` and re-grades the ones the user overrode. */
export function applyRuleSeverities(
  diagnostics: readonly Diagnostic[],
  rules: Readonly<Record<string, RuleSeverity>>,
): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const override = typeof diagnostic.code === 'string' ? rules[diagnostic.code] : undefined;
    if (override === 'off') continue;
    result.push(override ? { ...diagnostic, severity: severityOf[override] } : diagnostic);
  }
  return result;
}
