/** compose-go: "dependency cycle detected". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [⟦a⟧]" },
    { text: "services:\n  a:\n    image: x\n    depends_on:\n      ⟦a⟧:\n        condition: service_started" },
  ],
  accepts: [
    { text: "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x" },
  ],
};
