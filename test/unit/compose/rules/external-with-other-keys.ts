/** compose-go: "conflicting parameters \"external\" and …" on volumes (only volumes: external networks, secrets and configs may carry other keys). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\n    external: true\n    ⟦driver⟧: local" },
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\n    ⟦labels⟧: [a=b]\n    external: true" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\n    external: true\n    name: shared" },
    { text: "services:\n  web:\n    image: x\n    networks: [front]\nnetworks:\n  front:\n    external: true\n    driver: overlay" },
  ],
};
