/** compose-go: "target is required for sync, sync+exec and sync+restart actions". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - path: ./src\n          action: ⟦sync⟧" },
    { text: "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - path: ./src\n          action: ⟦sync+restart⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /app\n        - path: package.json\n          action: rebuild" },
  ],
};
