/** A near-miss of a docker command where the command belongs (`docker bulid`). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "docker ⟦bulid⟧ -t app ." },
    { text: "docker ⟦imgaes⟧" },
  ],
  accepts: [
    { text: "docker build -t app ." },
    { text: "docker image ls" },
    { text: "docker compose up -d" },
  ],
  fixes: [
    { text: "docker ⟦bulid⟧ -t app .", fixed: "docker build -t app ." },
  ],
};
