/** apt-get install that leaves /var/lib/apt/lists in the layer. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM ubuntu:20.04\nRUN apt-get update && apt-get -y ⟦install⟧ --no-install-recommends apache2" },
  ],
  accepts: [
    { text: "FROM ubuntu:20.04\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends curl" },
  ],
  fixes: [
    { text: "FROM ubuntu:22.04\nRUN apt-get update && apt-get ⟦install⟧ -y --no-install-recommends curl", fixed: "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*" },
  ],
};
