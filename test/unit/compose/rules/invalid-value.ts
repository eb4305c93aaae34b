/** A value outside the schema's enumeration, range or pattern; compose-go's own forms (`on-failure:3`, `every_2d`) are values. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    restart: ⟦sometimes⟧" },
    { text: "services:\n  web:\n    image: x\n    scale: ⟦-1⟧" },
    { text: "services:\n  web:\n    image: x\n    pull_policy: ⟦sometimes⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    restart: on-failure:3\n    pull_policy: every_2d\n    scale: 0" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    restart: ⟦alway⟧", fixed: "services:\n  web:\n    image: x\n    restart: always" },
  ],
};
