/** compose-go refuses a service's volume that the top-level `volumes:` does not declare. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    volumes: [\"⟦data⟧:/data\"]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    volumes: [\"data:/data\"]\nvolumes:\n  data:\n    driver: local" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    volumes: [\"⟦data⟧:/data\"]", fixed: "services:\n  web:\n    image: x\n    volumes: [\"data:/data\"]\n\nvolumes:\n  data:\n" },
  ],
};
