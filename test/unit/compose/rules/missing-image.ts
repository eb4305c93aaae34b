/** compose-go: a service "has neither an image nor a build context specified". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  ⟦web⟧:\n    restart: always" },
  ],
  accepts: [
    { text: "services:\n  base:\n    image: x\n  web:\n    extends: base" },
    { text: "services:\n  web:\n    build: .\n  ai:\n    provider:\n      type: model" },
  ],
};
