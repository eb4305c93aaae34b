/** A STOPSIGNAL that is neither a signal name nor a number. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nSTOPSIGNAL ⟦SIGFOO⟧" },
    { text: "FROM alpine\nSTOPSIGNAL ⟦99⟧" },
  ],
  accepts: [
    { text: "FROM alpine:3\nSTOPSIGNAL SIGRTMIN+3\nSTOPSIGNAL 9\nSTOPSIGNAL quit\nSTOPSIGNAL $SIG" },
  ],
};
