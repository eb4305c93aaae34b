/** The schema allows no other keys here ("additional property … is not allowed"); `x-` keys are extensions. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    ⟦enviroment⟧: []" },
    { text: "⟦web⟧:\n  image: nginx" },
    { text: "services:\n  web:\n    image: x\n    build:\n      ⟦contxt⟧: ." },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    x-notes: anything\n    pre_start:\n      - command: echo hi" },
    { text: "x-common: 1\nservices:\n  x-web:\n    image: x" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    ⟦enviroment⟧: []", fixed: "services:\n  web:\n    image: x\n    environment: []" },
    { text: "⟦web⟧:\n  image: nginx", fixed: "services:\n  web:\n    image: nginx" },
  ],
};
