/** compose-go: "cycle detected in alias chain" for an anchor that holds an alias of itself. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "x-loop: &loop\n  again: ⟦*loop⟧\nservices:\n  web:\n    image: x" },
  ],
  accepts: [
    { text: "x-a: &a\n  k: v\nx-b:\n  again: *a\nservices:\n  web:\n    image: x" },
  ],
};
