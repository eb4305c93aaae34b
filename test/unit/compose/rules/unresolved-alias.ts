/** An alias names an anchor written before it; YAML itself refuses an unknown one. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web: ⟦*defaults⟧" },
    { text: "services:\n  web:\n    <<: ⟦*base⟧\n    image: x\nx-base: &base\n  restart: always" },
  ],
  accepts: [
    { text: "x-base: &base\n  image: x\nservices:\n  web: *base" },
  ],
};
