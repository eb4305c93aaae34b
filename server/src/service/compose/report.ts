/**
 * Where Compose checks report what they find: a diagnostic per finding with
 * the rule's code, default severity, tags and docs link, its text in the
 * reader's language, and what a quick fix needs in `data`.
 */
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { Node } from 'yaml';
import { docsUrl, PathSegment } from '../../compose/catalogue';
import { Localized, say } from '../../compose/docs';
import { ComposeDocument, nodeRange } from '../../compose/model';
import type { DefaultSeverity } from '../rules/rule';
import type { DocsLanguage } from '../settings';
import type { ComposeRuleMeta } from './rules/rule';

/** What a quick fix needs to know, carried on the diagnostic. */
export interface ComposeDiagnosticData {
  /** The key or value to write instead (did-you-mean, `$$`). */
  readonly replacement?: string;
  /** For undeclared names: the top-level section to declare it in. */
  readonly declare?: { readonly section: string; readonly name: string };
  /** A single value where a list belongs: wrap it in `[…]`. */
  readonly wrapInList?: boolean;
  /** A healthcheck test list that starts with the command itself: put "CMD" in front. */
  readonly prefixCommand?: boolean;
  /** For a service written at the top level: the section to move it under. */
  readonly nestUnder?: 'services';
}

const severities: Record<DefaultSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What one service's checks found, by its body node, with offsets from the body's start. */
interface LocalFindings {
  readonly name: string;
  readonly language: DocsLanguage;
  readonly text: string;
  readonly found: readonly { readonly diagnostic: Diagnostic; readonly start: number; readonly end: number }[];
}

export class Collector {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly compose: ComposeDocument,
    readonly language: DocsLanguage,
    /** The file only adds to another one (`-f base -f this`): what it lacks may be there. */
    readonly overlay: boolean,
  ) {}

  /**
   * Reports a finding of `rule` on a node (or range). With the key path it
   * is about, the docs link goes to that key on Docker's reference.
   */
  report(rule: ComposeRuleMeta, at: Node | Range, message: Localized, path?: readonly PathSegment[], data?: ComposeDiagnosticData): void {
    const range = 'start' in at ? at : nodeRange(this.compose, at);
    const diagnostic: Diagnostic = {
      range,
      severity: severities[rule.defaultSeverity],
      code: rule.id,
      message: say(this.language, message),
      source: 'dockside',
      codeDescription: { href: path ? docsUrl(path) : rule.docs },
    };
    if (rule.tags) diagnostic.tags = [...rule.tags];
    if (data) diagnostic.data = data;
    this.diagnostics.push(diagnostic);
  }

  /**
   * Runs checks that read nothing but one service's name and body, or
   * replays what they found last time: while a service's text is unchanged,
   * incremental parsing hands back the very same body node (its ranges
   * shifted), so on a large file an edit re-checks only the edited service.
   * The name and text are compared as well, so a replay never rests on how
   * the parser reuses nodes.
   */
  local(findings: WeakMap<Node, LocalFindings>, name: string, body: Node, check: () => void): void {
    const [start, end] = body.range!;
    const text = this.compose.text.slice(start, end);
    const document = this.compose.document;
    const previous = findings.get(body);
    if (previous && previous.name === name && previous.text === text && previous.language === this.language) {
      for (const { diagnostic, start: from, end: to } of previous.found) {
        this.diagnostics.push({ ...diagnostic, range: { start: document.positionAt(start + from), end: document.positionAt(start + to) } });
      }
      return;
    }
    const before = this.diagnostics.length;
    check();
    const found = this.diagnostics.slice(before).map((diagnostic) => ({
      diagnostic,
      start: document.offsetAt(diagnostic.range.start) - start,
      end: document.offsetAt(diagnostic.range.end) - start,
    }));
    findings.set(body, { name, language: this.language, text, found });
  }

  /**
   * The diagnostics in document order, each once: a node merged into several
   * places (`<<: *defaults`) is checked at each, and found wrong once.
   */
  sorted(): Diagnostic[] {
    const seen = new Set<string>();
    const unique = this.diagnostics.filter((d) => {
      const key = `${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}:${String(d.code)}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return unique.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}

export type { LocalFindings };
