/** BuildKit: a constant FROM --platform, unless the stage name says which platform. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM --platform=⟦linux/amd64⟧ scratch" },
    { text: "FROM --platform=⟦linux/arm64⟧ alpine AS build" },
  ],
  accepts: [
    { text: "\nFROM --platform=linux/amd64 scratch AS my_amd64_stage" },
    { text: "\nFROM --platform=linux/amd64 scratch AS linux" },
    { text: "FROM --platform=$BUILDPLATFORM alpine" },
  ],
};
