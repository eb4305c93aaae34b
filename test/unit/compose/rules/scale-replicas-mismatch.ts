/** compose-go: "can't set distinct values on 'scale' and 'deploy.replicas'". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    scale: ⟦2⟧\n    deploy:\n      replicas: 3" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    scale: 3\n    deploy:\n      replicas: 3" },
  ],
};
