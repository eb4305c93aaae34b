/** A network, volume, secret or config no service uses is a leftover. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\nvolumes:\n  ⟦leftover⟧:" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    volumes: [data:/data]\nvolumes:\n  data:\nnetworks:\n  default:\n    name: shared" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\nvolumes:\n  ⟦leftover⟧:\n  data: {}\n    ", fixed: "services:\n  web:\n    image: x\nvolumes:\n  data: {}\n    " },
  ],
};
