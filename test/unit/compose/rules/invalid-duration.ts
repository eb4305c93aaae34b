/** Durations are Go durations with units; a bare number is refused. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    stop_grace_period: ⟦10⟧" },
    { text: "services:\n  web:\n    image: x\n    healthcheck:\n      interval: ⟦10 seconds⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    stop_grace_period: 1m30s\n    healthcheck:\n      interval: 500ms" },
  ],
};
