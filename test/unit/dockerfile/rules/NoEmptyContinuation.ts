/** BuildKit: empty lines inside a continued instruction, reported on its last line. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n⟦.⟧\nCOPY Dockerfile \\\n." },
    { text: "FROM alpine\nRUN a \\\n\n  b \\\n\n  c \\\n⟦  && d⟧" },
  ],
  accepts: [
    { text: "FROM alpine\nRUN a \\\n  # a comment\n  b" },
    { text: "FROM alpine\nRUN a\n\nRUN b" },
  ],
  fixes: [
    { text: "FROM alpine:3\nRUN echo a \\\n\n⟦  b⟧", fixed: "FROM alpine:3\nRUN echo a \\\n  b" },
  ],
};
