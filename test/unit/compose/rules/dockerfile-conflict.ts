/** compose-go: "dockerfile and dockerfile_inline are mutually exclusive". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    build:\n      ⟦dockerfile⟧: Dockerfile\n      dockerfile_inline: FROM alpine" },
  ],
  accepts: [
    { text: "services:\n  web:\n    build:\n      dockerfile_inline: FROM alpine" },
  ],
};
