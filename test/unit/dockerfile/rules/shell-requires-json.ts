/** SHELL in shell form. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nSHELL ⟦/bin/bash -c⟧" },
  ],
  accepts: [
    { text: "FROM alpine\nSHELL [\"/bin/bash\", \"-c\"]" },
  ],
};
