/** HEALTHCHECK other than CMD <command> or a bare NONE. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nHEALTHCHECK ⟦curl localhost⟧\nHEALTHCHECK ⟦CMD⟧\nHEALTHCHECK ⟦NONE extra⟧\nHEALTHCHECK ⟦--interval=5s⟧ NONE" },
  ],
  accepts: [
    { text: "FROM alpine\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD [\"true\"]" },
  ],
};
