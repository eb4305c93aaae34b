/** `links` is a legacy feature: services on one network already reach each other by name. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    ⟦links⟧: [db]\n  db:\n    image: postgres" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    depends_on: [db]\n  db:\n    image: postgres" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    ⟦links⟧: [db]\n  db:\n    image: postgres", fixed: "services:\n  web:\n    image: x\n    depends_on: [db]\n  db:\n    image: postgres" },
  ],
};
