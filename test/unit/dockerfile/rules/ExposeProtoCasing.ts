/** BuildKit: EXPOSE protocols in capitals. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nEXPOSE ⟦80/TCP⟧ ⟦53/Udp⟧" },
  ],
  accepts: [
    { text: "FROM alpine\nEXPOSE 80/tcp 53/udp 9/ICMP" },
  ],
  fixes: [
    { text: "FROM alpine:3\nEXPOSE ⟦80/TCP⟧", fixed: "FROM alpine:3\nEXPOSE 80/tcp" },
  ],
};
