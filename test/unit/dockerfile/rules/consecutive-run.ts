/** Two plain RUNs in a row. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nRUN a\n⟦RUN⟧ b\nRUN --mount=type=cache,target=/x c" },
  ],
  accepts: [
    { text: "FROM alpine\nRUN a\nCOPY x y\nRUN b\nRUN <<EOF\nc\nEOF" },
  ],
  fixes: [
    { text: "FROM alpine:3\nRUN apk add curl\n⟦RUN⟧ echo \\\n  done", fixed: "FROM alpine:3\nRUN apk add curl && \\\n    echo \\\n  done" },
  ],
};
