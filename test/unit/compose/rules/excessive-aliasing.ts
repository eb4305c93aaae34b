/** compose-go stops at "excessive aliasing" when copies of aliases would pass a million nodes (an alias bomb). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "x-a: &a [x, x, x, x, x, x, x, x, x]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nx-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nx-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\nx-g: &g [⟦*f⟧, *f, *f, *f, *f, *f, *f, *f, *f]" },
  ],
  accepts: [
    { text: "x-a: &a [x, x, x]\nx-b: &b [*a, *a, *a]\nx-c: &c [*b, *b, *b]\nservices:\n  web:\n    image: x" },
  ],
};
