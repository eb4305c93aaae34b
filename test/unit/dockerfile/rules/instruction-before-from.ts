/** Only ARG may come before the first FROM. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "ARG V=1\n⟦ENV⟧ X=1\nFROM alpine:$V" },
    { text: "⟦RUN⟧ echo\n⟦LABEL⟧ a=b\nFROM alpine" },
  ],
  accepts: [
    { text: "# syntax=docker/dockerfile:1\nARG V=1\nFROM alpine:$V" },
    { text: "FOO bar\nFROM alpine" },
  ],
};
