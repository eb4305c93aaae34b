/** compose-go refuses keys YAML reads as numbers, booleans or null ("non-string key"). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      ⟦1⟧: one" },
    { text: "services:\n  ⟦true⟧:\n    image: x" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      \"1\": one" },
    { text: "services:\n  web:\n    image: x\n    labels:\n      'yes': ok" },
  ],
};
