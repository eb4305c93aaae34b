/** sudo in a RUN. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nRUN ⟦sudo⟧ apk add curl" },
  ],
  accepts: [
    { text: "FROM alpine\nRUN echo sudo" },
  ],
};
