/** compose-go refuses a service's secret that the top-level `secrets:` does not declare. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    secrets: [⟦token⟧]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    secrets: [token]\nsecrets:\n  token:\n    file: ./token.txt" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    secrets: [⟦token⟧]", fixed: "services:\n  web:\n    image: x\n    secrets: [token]\n\nsecrets:\n  token:\n" },
  ],
};
