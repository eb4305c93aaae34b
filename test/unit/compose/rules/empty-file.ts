/** compose-go: "empty compose file" for a file with nothing in it but comments. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "⟦# nothing yet⟧" },
    { text: "⟦⟧" },
    { text: "⟦---⟧\n# only a marker" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x" },
    { text: "# a comment first\nservices:\n  web:\n    image: x" },
  ],
};
