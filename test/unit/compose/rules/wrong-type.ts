/** The schema's type for the key (a list, a mapping, a string …), or a value where one is required. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    ports: ⟦\"80:80\"⟧" },
    { text: "services:\n  web:\n    image: ⟦[a, b]⟧" },
    { text: "services:\n  web:\n    image: x\n    ⟦environment⟧:" },
    { text: "⟦- just a list⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    ports: [\"80:80\"]\n    cpu_rt_period: 1000000\n    command: echo" },
    { text: "services:\n  web:\n    image: x\n    environment:\n      A: 1" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    ports: ⟦\"80:80\"⟧", fixed: "services:\n  web:\n    image: x\n    ports: [\"80:80\"]" },
  ],
};
