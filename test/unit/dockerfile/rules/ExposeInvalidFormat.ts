/** BuildKit: an IP address or host port in EXPOSE. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nEXPOSE ⟦8080:80⟧ ⟦127.0.0.1:80:80⟧ 443" },
  ],
  accepts: [
    { text: "FROM alpine\nEXPOSE 80 443/tcp $P:80" },
  ],
};
