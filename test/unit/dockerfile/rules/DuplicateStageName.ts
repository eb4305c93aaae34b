/** BuildKit: two stages of one name (a warning: BuildKit builds the file). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch AS b\nFROM scratch AS ⟦b⟧" },
    { text: "FROM alpine:3 AS build\nFROM alpine:3 AS ⟦Build⟧" },
  ],
  accepts: [
    { text: "\nFROM scratch AS b1\nFROM scratch AS b2" },
  ],
};
