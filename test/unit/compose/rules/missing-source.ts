/** compose-go: a secret or config needs one of its sources unless it is external or has a driver. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    secrets: [token]\nsecrets:\n  ⟦token⟧:\n    labels: [a=b]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    secrets: [token]\nsecrets:\n  token:\n    external: true" },
    { text: "services:\n  web:\n    image: x\n    secrets: [token]\nsecrets:\n  token:\n    driver: vault" },
  ],
};
