/** Arguments that look like JSON but are not: Docker runs them as shell. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine\nCMD ⟦['node', 'server.js']⟧\nENTRYPOINT ⟦[\"a\" \"b\"]⟧" },
  ],
  accepts: [
    { text: "FROM alpine\nCMD [\"node\", \"server.js\"]\nRUN [\"sleep\", 10]\nRUN echo [x]" },
  ],
};
