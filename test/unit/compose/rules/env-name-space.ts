/** compose-go: "environment variable … is declared with a trailing space". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      - ⟦DEBUG = true⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      - DEBUG=true\n      - EMPTY=" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      - ⟦DEBUG = true⟧", fixed: "services:\n  web:\n    image: x\n    environment:\n      - DEBUG=true" },
  ],
};
