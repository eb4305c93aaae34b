/** compose-go refuses `container_name` for a service with more than one replica. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    ⟦container_name⟧: web\n    scale: 2" },
    { text: "services:\n  web:\n    image: x\n    ⟦container_name⟧: web\n    deploy:\n      replicas: 3" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    container_name: web\n    scale: 1" },
  ],
};
