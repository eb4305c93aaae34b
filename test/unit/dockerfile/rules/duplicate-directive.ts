/** A parser directive given twice. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "# escape=`\n⟦# escape=\\⟧\nFROM alpine" },
  ],
  accepts: [
    { text: "# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine" },
    { text: "FROM alpine\n# escape=`\n# escape=`" },
  ],
};
