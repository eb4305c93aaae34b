/** compose-go cannot read YAML that does not parse: the error is where the parser stops. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: \"nginx⟦" },
    { text: "services:\n  web:\n    image: x\n    ports: [80\n  ⟦d⟧b:\n    image: y" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x" },
    { text: "services:\n  web:\n    image: 'x: y'" },
  ],
};
