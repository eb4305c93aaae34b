/** A flag the instruction does not take, or one only the labs frontend has. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nRUN ⟦--mnt⟧=type=cache,target=/x echo\nCOPY ⟦--form⟧=build a b\nWORKDIR ⟦--x⟧=1 /a\nRUN ⟦--device⟧=x echo" },
    { text: "FROM alpine:3\nONBUILD COPY ⟦--form⟧=x a b" },
  ],
  accepts: [
    { text: "# syntax=docker/dockerfile:1-labs\nFROM alpine:3\nRUN --device=x echo" },
    { text: "FROM alpine\nCOPY --from=a --chown=1 --chmod=644 --link a b" },
  ],
};
