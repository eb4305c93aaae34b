/** compose-go: "name and external.name conflict; only use name". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\n    name: a\n    external:\n      name: ⟦b⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\n    name: a\n    external:\n      name: a" },
  ],
};
