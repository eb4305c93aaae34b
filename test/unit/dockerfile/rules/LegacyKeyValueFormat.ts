/** BuildKit: ENV and LABEL as "key value". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch\nENV ⟦testkey value⟧\nLABEL ⟦key value⟧" },
  ],
  accepts: [
    { text: "\nFROM scratch\nENV testkey=value\nLABEL key=value" },
    { text: "FROM alpine\nENV K" },
  ],
  fixes: [
    { text: "FROM alpine:3\nENV ⟦NODE_ENV developer⟧", fixed: "FROM alpine:3\nENV NODE_ENV=developer" },
    { text: "FROM alpine:3\nENV ⟦GREETING hello world⟧", fixed: "FROM alpine:3\nENV GREETING=\"hello world\"" },
  ],
};
