/** BuildKit: a stage name with capitals. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\n# warning: stage name should be lowercase\n#\nFROM scratch AS ⟦BadStageName⟧" },
  ],
  accepts: [
    { text: "FROM scratch AS base3" },
    { text: "FROM alpine:3 AS build-1_x" },
  ],
  fixes: [
    { text: "FROM alpine:3 AS ⟦Build⟧", fixed: "FROM alpine:3 AS build" },
  ],
};
