/** compose-go refuses a service's network that the top-level `networks:` does not declare. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    networks: [⟦front⟧]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    networks: [front]\nnetworks:\n  front:\n    driver: bridge" },
    { text: "services:\n  web:\n    image: x\n    networks: [default]" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    networks: [⟦front⟧]", fixed: "services:\n  web:\n    image: x\n    networks: [front]\n\nnetworks:\n  front:\n" },
  ],
};
