/** One-letter flags combine after one dash (`-it`); `--it` is no flag at all. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "docker run ⟦--it⟧ alpine sh" },
    { text: "docker run ⟦--dp⟧ 80:80 nginx" },
  ],
  accepts: [
    { text: "docker run -it alpine sh" },
    { text: "docker run --init alpine" },
  ],
  fixes: [
    { text: "docker run ⟦--it⟧ alpine sh", fixed: "docker run -it alpine sh" },
  ],
};
