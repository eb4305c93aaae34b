/** compose-go refuses a service-level limit that differs from its `deploy.resources` counterpart. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    cpus: ⟦1⟧\n    deploy:\n      resources:\n        limits:\n          cpus: \"2\"" },
    { text: "services:\n  web:\n    image: x\n    mem_limit: ⟦1g⟧\n    deploy:\n      resources:\n        limits:\n          cpus: '1'" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    mem_limit: 1g\n    deploy:\n      resources:\n        limits:\n          memory: 1024m" },
    { text: "services:\n  web:\n    image: x\n    cpus: 1" },
  ],
};
