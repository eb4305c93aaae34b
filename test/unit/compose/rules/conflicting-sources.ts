/** compose-go: a secret's (or config's) `file`, `environment` and `content` are mutually exclusive. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    secrets: [token]\nsecrets:\n  token:\n    file: ./token\n    ⟦environment⟧: TOKEN" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    secrets: [token]\nsecrets:\n  token:\n    environment: TOKEN" },
  ],
};
