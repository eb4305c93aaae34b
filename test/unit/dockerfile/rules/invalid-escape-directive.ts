/** An escape directive other than \ or `. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "# escape=⟦/⟧\nFROM alpine:3" },
  ],
  accepts: [
    { text: "# escape=`\nFROM alpine" },
    { text: "# escape=\\\nFROM alpine" },
  ],
};
