/** Instructions with no FROM at all. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "⟦RUN⟧ echo hi\nCMD [\"sh\"]" },
    { text: "⟦ARG⟧ V=1\nENV A=1" },
  ],
  accepts: [
    { text: "FROM alpine\nRUN echo hi" },
    { text: "ARG V=1\nFROM alpine:$V" },
  ],
};
