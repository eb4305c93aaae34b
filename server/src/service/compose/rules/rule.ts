/**
 * The Compose rule family: each rule is a `RuleMeta` (its id, kind, default
 * severity, docs and text in both languages), and the checks that find it
 * are node checks, run by the one walk over the file at the paths they name,
 * or project checks, run once after the walk over what it cannot see from
 * one place (names declared elsewhere, every service's host ports).
 */
import type { DiagnosticTag } from 'vscode-languageserver';
import type { Node, Scalar } from 'yaml';
import type { PathSegment } from '../../../compose/catalogue';
import type { Localized } from '../../localized';
import type { DefaultSeverity, RuleMeta } from '../../rules/rule';
import type { Collector } from '../report';
import type { Project } from '../project';

/**
 * `syntax`: what stops compose-go before it reads a key (YAML, aliases);
 * `schema`: what the Compose Specification's schema refuses;
 * `reference`: names used but not declared;
 * `consistency`: what compose-go's loader or the Engine refuses that no schema can say;
 * `best-practice`: what Compose accepts but users regret.
 */
export type ComposeRuleKind = 'syntax' | 'schema' | 'reference' | 'consistency' | 'best-practice';

export interface ComposeRuleMeta extends RuleMeta<string, ComposeRuleKind> {
  /** How editors show every diagnostic of the rule (struck through, faded). */
  readonly tags?: readonly DiagnosticTag[];
}

/**
 * A check of one node, at a path pattern like `services.*.ports.[]`: a
 * segment is a key, `*` any key or name, `[]` any list item. It reads
 * nothing but the node (and what merges into it), so what it finds inside a
 * service is kept with the service and replayed while the service is unchanged.
 */
export interface NodeCheck {
  readonly at: string;
  /** `key`: the key whose value the node is, when it is one (a list item is not). */
  readonly check: (collector: Collector, node: Node, path: readonly PathSegment[], key: Scalar | undefined) => void;
}

/** A check over the whole file, after the walk. */
export type ProjectCheck = (project: Project) => void;

export const composeFileDocs = 'https://docs.docker.com/reference/compose-file/';

/** Docker's reference page of a part of the Compose file (`services`, `build`, `deploy` …). */
export const docsPage = (page: string): string => `${composeFileDocs}${page}/`;

/** Makes a family's rules: its kind, and the severity and docs page its rules take unless they say otherwise. */
export function ruleMaker(kind: ComposeRuleKind, defaults: { readonly defaultSeverity?: DefaultSeverity; readonly docs?: string } = {}) {
  return (id: string, title: Localized, description: Localized, example: string, more: Partial<ComposeRuleMeta> = {}): ComposeRuleMeta => ({
    id,
    kind,
    defaultSeverity: defaults.defaultSeverity ?? 'error',
    docs: defaults.docs ?? composeFileDocs,
    title,
    description,
    example,
    ...more,
  });
}
