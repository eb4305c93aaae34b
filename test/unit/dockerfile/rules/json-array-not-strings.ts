/** A JSON array with non-strings in it: BuildKit rejects it. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine\nCMD ⟦[\"sleep\", 10]⟧\nRUN ⟦[\"sh\", [\"-c\"]]⟧\nENTRYPOINT ⟦[{\"a\": 1}]⟧\nCOPY ⟦[1, \"/x\"]⟧" },
  ],
  accepts: [
    { text: "FROM alpine\nCMD [\"sleep\", \"10\"]\nRUN [\"sh\", \"-c\", \"[1]\"]\nCMD ['single']" },
  ],
};
