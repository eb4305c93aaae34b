/** COPY --from= or a mount from= naming a stage defined later. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3 AS a\nCOPY --from=⟦b⟧ /x /y\nRUN --mount=⟦type=bind,from=b,target=/b⟧ true\nFROM alpine:3 AS b\nCOPY --from=⟦2⟧ /x /y\nFROM alpine:3" },
  ],
  accepts: [
    { text: "FROM alpine:3 AS a\nFROM alpine:3\nCOPY --from=a /x /y\nCOPY --from=0 /x /y\nCOPY --from=nginx:1 /x /y" },
    { text: "FROM alpine AS a\nCOPY --from=$STAGE /x /y\nFROM alpine AS b" },
  ],
};
