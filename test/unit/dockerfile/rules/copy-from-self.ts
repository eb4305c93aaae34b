/** COPY --from= or a mount from= naming its own stage. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3 AS a\nCOPY --from=⟦a⟧ /x /y" },
    { text: "FROM alpine AS a\nRUN --mount=⟦type=bind,from=a,target=/a⟧ true" },
    { text: "FROM alpine\nCOPY --from=⟦0⟧ /x /y" },
  ],
  accepts: [
    { text: "FROM alpine:3 AS a\nFROM alpine:3\nCOPY --from=a /x /y" },
    { text: "FROM alpine AS a\nONBUILD COPY --from=a /x /y" },
  ],
};
