/** Keys the specification deprecates: Compose reads them and warns. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\n    external:\n      ⟦name⟧: shared" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\n    name: shared\n    external: true" },
  ],
};
