/** A key the schema requires at this place (`required`), e.g. a watch rule's `action`, a device reservation's `capabilities`. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - ⟦path⟧: ./src" },
    { text: "services:\n  web:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - ⟦count⟧: 1" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - path: ./src\n          action: rebuild" },
  ],
};
