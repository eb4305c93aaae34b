/** The Engine refuses a second container with a name already taken. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  a:\n    image: x\n    container_name: app\n  b:\n    image: x\n    container_name: ⟦app⟧" },
  ],
  accepts: [
    { text: "services:\n  a:\n    image: x\n    container_name: app-a\n  b:\n    image: x\n    container_name: app-b" },
  ],
};
