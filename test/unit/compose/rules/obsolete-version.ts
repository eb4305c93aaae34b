/** Compose ignores the top-level `version` and warns that it is obsolete. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "⟦version⟧: '3.8'\nservices:\n  web:\n    image: x" },
  ],
  accepts: [
    { text: "name: app\nservices:\n  web:\n    image: x" },
  ],
  fixes: [
    { text: "⟦version⟧: '3.8'\nservices:\n  web:\n    image: x", fixed: "services:\n  web:\n    image: x" },
  ],
};
