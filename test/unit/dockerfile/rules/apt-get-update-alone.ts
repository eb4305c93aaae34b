/** apt-get update in a RUN with no install. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM ubuntu:20.04\nRUN ⟦apt-get⟧ update" },
    { text: "FROM ubuntu\nRUN set -e; ⟦apt⟧ update" },
  ],
  accepts: [
    { text: "FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*" },
  ],
};
