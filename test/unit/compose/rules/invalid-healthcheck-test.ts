/** The Engine runs a test list only after `CMD`, `CMD-SHELL` or `NONE`. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    healthcheck:\n      test: [⟦\"curl\"⟧, \"-f\", \"http://localhost\"]" },
    { text: "services:\n  web:\n    image: x\n    healthcheck:\n      test: [⟦\"CMD_SHELL\"⟧, \"curl -f http://localhost\"]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost\"]" },
    { text: "services:\n  web:\n    image: x\n    healthcheck:\n      test: curl -f http://localhost" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    healthcheck:\n      test: [⟦\"curl\"⟧, \"-f\", \"http://localhost\"]", fixed: "services:\n  web:\n    image: x\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost\"]" },
    { text: "services:\n  web:\n    image: x\n    healthcheck:\n      test: [⟦\"CMD_SHELL\"⟧, \"curl -f http://localhost\"]", fixed: "services:\n  web:\n    image: x\n    healthcheck:\n      test: [\"CMD-SHELL\", \"curl -f http://localhost\"]" },
  ],
};
