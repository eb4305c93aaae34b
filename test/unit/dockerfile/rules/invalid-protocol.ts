/** EXPOSE protocols other than tcp, udp and sctp. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nEXPOSE ⟦53/icmp⟧ 53/udp 80/tcp 9/sctp" },
  ],
  accepts: [
    { text: "FROM alpine:3\nEXPOSE 53/udp 80/TCP 9/sctp" },
  ],
};
