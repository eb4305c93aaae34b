/**
 * What every diagnostic rule of every family (Dockerfile, Compose, command
 * line) declares about itself, apart from the code that finds it. A family's
 * registry is a list of these plus its own `check`/`fix` functions; the
 * severity settings (`dockside.<family>.rules`), the docs link on each
 * diagnostic, `# check=` handling and the README's rule table are all read
 * from the registry, never listed again by hand.
 */

import type { Localized } from '../localized';

/** The severity a rule reports at unless the user re-grades it. */
export type DefaultSeverity = 'error' | 'warning' | 'information' | 'hint';

/** The families whose rules are configurable as `dockside.<family>.rules.<id>`. */
export type RuleFamily = 'dockerfile' | 'compose' | 'commandline';

export interface RuleMeta<Id extends string = string, Kind extends string = string> {
  /** The stable code on the diagnostic and the settings key: BuildKit's own name for BuildKit's checks. */
  readonly id: Id;
  /** The family's grouping, e.g. `syntax`, `buildkit`, `hint`, `context` for Dockerfiles. */
  readonly kind: Kind;
  readonly defaultSeverity: DefaultSeverity;
  /** The page the diagnostic's `codeDescription` links to. */
  readonly docs: string;
  /** A few words, e.g. "Unknown instruction". */
  readonly title: Localized;
  /** One sentence: what the rule catches and why it matters. */
  readonly description: Localized;
  /** A short input that triggers the rule, for the generated rule table (the rule's tests check that it does). */
  readonly example: string;
  /** Files beside the example the rule reads (a `.dockerignore`, an `env_file`), by name. */
  readonly exampleFiles?: Readonly<Record<string, string>>;
  /** Reported only when the user opts in (BuildKit's experimental checks). */
  readonly experimental?: boolean;
}
