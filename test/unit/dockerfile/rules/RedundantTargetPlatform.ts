/** BuildKit: FROM --platform=$TARGETPLATFORM. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM --platform=⟦$TARGETPLATFORM⟧ scratch" },
    { text: "\nFROM --platform=⟦${TARGETPLATFORM}⟧ scratch" },
  ],
  accepts: [
    { text: "FROM --platform=$BUILDPLATFORM scratch" },
    { text: "FROM --platform=$TARGETPLATFORM-x scratch" },
  ],
  fixes: [
    { text: "FROM --platform=⟦$TARGETPLATFORM⟧ alpine:3", fixed: "FROM alpine:3" },
  ],
};
