/** A flag the command does not have: a near-miss gets its correction. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "docker run ⟦--detatch⟧ alpine" },
    { text: "docker ps ⟦--no-such-flag⟧" },
  ],
  accepts: [
    { text: "docker run --detach alpine" },
    { text: "docker ps --all --format '{{.Names}}'" },
  ],
  fixes: [
    { text: "docker run ⟦--detatch⟧ alpine", fixed: "docker run --detach alpine" },
  ],
};
