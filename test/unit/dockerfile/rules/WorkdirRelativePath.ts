/** BuildKit: a relative WORKDIR with no WORKDIR before it. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch\nWORKDIR ⟦app/⟧" },
    { text: "FROM alpine:3\nWORKDIR ⟦app⟧\nWORKDIR sub" },
  ],
  accepts: [
    { text: "\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/" },
    { text: "FROM alpine\nWORKDIR $HOME_DIR\nWORKDIR C:\\\\app" },
  ],
  fixes: [
    { text: "FROM alpine\nWORKDIR ⟦./app⟧", fixed: "FROM alpine\nWORKDIR /app" },
  ],
};
