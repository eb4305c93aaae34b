/**
 * A family's rules as one registry: the list the runner, the quick fixes, the
 * severity settings' schema and the rule table all read. Each family (Dockerfile,
 * Compose, …) builds its own from its rule objects, which extend `RuleMeta`
 * with the family's own `check` and `fix`.
 */
import type { Localized } from '../localized';
import type { RuleFamily, RuleMeta } from './rule';

/** A kind of rule, as the rule table names it. */
export interface RuleKind<Kind extends string = string> {
  readonly id: Kind;
  readonly title: Localized;
}

export interface RuleRegistry<Rule extends RuleMeta = RuleMeta> {
  readonly family: RuleFamily;
  /** The family's name in headings, e.g. "Dockerfile". */
  readonly title: Localized;
  /** The kinds in the order the rule table lists them. */
  readonly kinds: readonly RuleKind<Rule['kind']>[];
  /** Every rule the family reports, by kind, and within a kind in the order the family declares them. */
  readonly rules: readonly Rule[];
  /** The rule a diagnostic code names, or `undefined` for a code that is not this family's. */
  rule(id: string): Rule | undefined;
}

/** Orders the rules by kind (in `kinds` order), keeping the family's order within a kind, and indexes them by id. */
export function ruleRegistry<Rule extends RuleMeta>(family: RuleFamily, title: Localized, kinds: readonly RuleKind<Rule['kind']>[], rules: readonly Rule[]): RuleRegistry<Rule> {
  const kindOrder = new Map(kinds.map((kind, index) => [kind.id, index]));
  const ordered = [...rules].sort((a, b) => (kindOrder.get(a.kind) ?? kinds.length) - (kindOrder.get(b.kind) ?? kinds.length));
  const byId = new Map(ordered.map((rule) => [rule.id, rule]));
  return { family, title, kinds, rules: ordered, rule: (id) => byId.get(id) };
}

/** Code-point order, so generated lists do not depend on the machine's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
