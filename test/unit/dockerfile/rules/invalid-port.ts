/** EXPOSE ports that are not 1 to 65535. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nEXPOSE 80 ⟦http⟧ ⟦70000⟧ ⟦90-80⟧" },
  ],
  accepts: [
    { text: "FROM alpine:3\nEXPOSE 80 443/tcp 8000-8010 53/udp $PORT 8080:80" },
  ],
};
