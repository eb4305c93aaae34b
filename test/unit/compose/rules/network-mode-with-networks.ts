/** compose-go: "'network_mode' and 'networks' cannot be combined". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    network_mode: host\n    networks: ⟦[default]⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    network_mode: host" },
    { text: "services:\n  web:\n    image: x\n    networks: [default]" },
  ],
};
