/** Sizes are a number of bytes or a number with a unit (`b`, `k`, `m`, `g`). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    mem_limit: ⟦lots⟧" },
    { text: "services:\n  web:\n    image: x\n    shm_size: ⟦1 gigabyte⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    mem_limit: 512m\n    shm_size: 1073741824" },
  ],
};
