/** apt-get install without -y or --no-install-recommends. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM ubuntu:20.04\nRUN apt-get update && apt-get ⟦install⟧ apache2 && rm -rf /var/lib/apt/lists/*" },
  ],
  accepts: [
    { text: "FROM ubuntu:20.04\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*" },
    { text: "FROM ubuntu\nRUN [\"apt-get\", \"install\", \"curl\"]" },
  ],
  fixes: [
    { text: "FROM ubuntu:22.04\nRUN apt-get update && apt-get ⟦install⟧ curl", fixed: "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*" },
  ],
};
