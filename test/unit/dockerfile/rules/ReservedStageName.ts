/** BuildKit: a stage named scratch or context. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch AS ⟦scratch⟧\nFROM scratch AS ⟦context⟧" },
  ],
  accepts: [
    { text: "\nFROM scratch\nFROM scratch AS a" },
  ],
};
