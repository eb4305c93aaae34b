/** A mount key of another type: BuildKit ignores it. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nRUN --mount=⟦type=cache,target=/x,size=10⟧ echo" },
  ],
  accepts: [
    { text: "FROM alpine:3\nRUN --mount=type=tmpfs,target=/x,size=10 echo" },
  ],
};
