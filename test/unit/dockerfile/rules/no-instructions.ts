/** An empty Dockerfile, or only comments: BuildKit fails it ("file with no instructions") on the last line it read. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "⟦⟧" },
    { text: "# syntax=docker/dockerfile:1\n# only a comment\n⟦# and another⟧\n" },
    { text: "\n⟦⟧\n" },
  ],
  accepts: [
    { text: "FROM alpine" },
    { text: "# a comment\nFROM alpine" },
  ],
};
