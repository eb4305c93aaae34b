/** With one dash, a long flag such as `-rm` reads as the one-letter flags `-r` and `-m`. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "docker run ⟦-rm⟧ alpine" },
    { text: "docker run -d ⟦-name⟧ web nginx" },
  ],
  accepts: [
    { text: "docker run --rm -it alpine sh" },
    { text: "docker run -p 80:80 nginx" },
  ],
  fixes: [
    { text: "docker run ⟦-rm⟧ alpine", fixed: "docker run --rm alpine" },
  ],
};
