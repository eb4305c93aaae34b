/** compose-go: "Circular reference" when services in the file extend each other in a loop. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  a:\n    image: x\n    extends: ⟦b⟧\n  b:\n    extends:\n      service: ⟦a⟧" },
  ],
  accepts: [
    { text: "services:\n  a:\n    image: x\n  b:\n    extends: a\n  c:\n    extends:\n      file: other.yaml\n      service: c" },
  ],
};
