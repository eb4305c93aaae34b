/** A flag given twice that the instruction takes once. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine\nCOPY --chmod=644 ⟦--chmod⟧=600 a /a" },
  ],
  accepts: [
    { text: "FROM alpine\nRUN --mount=type=cache,target=/a --mount=type=cache,target=/b echo\nCOPY --exclude=*.md --exclude=*.txt . /app" },
  ],
};
