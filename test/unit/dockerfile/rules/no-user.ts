/** No USER in the final stage or the stages it builds on. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3 AS build\nUSER app\n⟦FROM⟧ alpine:3" },
  ],
  accepts: [
    { text: "FROM alpine:3 AS base\nUSER app\nFROM base" },
    { text: "FROM scratch\nCOPY x /x" },
  ],
};
