/** BuildKit: AS in another case than FROM (a FROM in mixed case is left to ConsistentInstructionCasing). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch ⟦as⟧ base2" },
    { text: "\nfrom scratch ⟦AS⟧ base" },
    { text: "FROM alpine ⟦As⟧ x" },
  ],
  accepts: [
    { text: "FROM scratch AS base3\nfrom scratch as base2" },
    { text: "From scratch as base" },
  ],
  fixes: [
    { text: "FROM alpine:3 ⟦as⟧ build", fixed: "FROM alpine:3 AS build" },
  ],
};
