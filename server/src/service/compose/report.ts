/**
 * Where Compose checks report what they find: a diagnostic per finding with
 * the rule's code, default severity, tags and docs link, its text in the
 * reader's language, and what a quick fix needs in `data`.
 */
import type { Diagnostic, Range } from 'vscode-languageserver';
import type { Node } from 'yaml';
import { docsUrl, PathSegment } from '../../compose/catalogue';
import { ComposeDocument, nodeRange } from '../../compose/model';
import type { Localized } from '../localized';
import { ruleDiagnostic } from '../rules/report';
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

/** What one service's checks found, with offsets from the body's start, and what they held under. */
interface LocalFindings {
  readonly name: string;
  readonly language: DocsLanguage;
  readonly overlay: boolean;
  readonly text: string;
  readonly found: readonly { readonly diagnostic: Diagnostic; readonly start: number; readonly end: number }[];
}

/**
 * What a document's diagnostics runs found in each service, by the service's body node: kept in
 * the document's diagnostics memory (DocumentCache), so it goes when the document closes, and an
 * entry goes with the parse its node belongs to.
 */
export class ServiceFindings {
  readonly byBody = new WeakMap<Node, LocalFindings>();
}

export class Collector {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly compose: ComposeDocument,
    readonly language: DocsLanguage,
    /** The file only adds to another one (`-f base -f this`): what it lacks may be there. */
    readonly overlay: boolean,
    /** What earlier runs on this document found in its services (a fresh one when there is no memory). */
    private readonly serviceFindings = new ServiceFindings(),
  ) {}

  /**
   * Reports a finding of `rule` on a node (or range). With the key path it
   * is about, the docs link goes to that key's section of Docker's reference,
   * more use to the reader than the rule's page.
   */
  report(rule: ComposeRuleMeta, at: Node | Range, message: Localized, path?: readonly PathSegment[], data?: ComposeDiagnosticData): void {
    const range = 'start' in at ? at : nodeRange(this.compose, at);
    this.diagnostics.push(ruleDiagnostic(rule, range, message, this.language, { tags: rule.tags, docs: path && docsUrl(path), data }));
  }

  /**
   * Runs checks that read nothing but one service's name and body, or
   * replays what they found last time: while a service's text is unchanged,
   * incremental parsing hands back the very same body node (its ranges
   * shifted), so on a large file an edit re-checks only the edited service.
   * The name and text are compared as well, so a replay never rests on how
   * the parser reuses nodes.
   */
  local(name: string, body: Node, check: () => void): void {
    const [start, end] = body.range!;
    const text = this.compose.text.slice(start, end);
    const document = this.compose.document;
    const previous = this.serviceFindings.byBody.get(body);
    if (previous && previous.name === name && previous.text === text && previous.language === this.language && previous.overlay === this.overlay) {
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
    this.serviceFindings.byBody.set(body, { name, language: this.language, overlay: this.overlay, text, found });
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
