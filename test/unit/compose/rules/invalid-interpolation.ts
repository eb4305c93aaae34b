/** compose-go: "invalid interpolation format" for a lone `$` or an unclosed or malformed `${…}`. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    command: echo costs ⟦$⟧ 5" },
    { text: "services:\n  web:\n    image: x\n    command: echo ⟦${NAME⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    command: echo costs $$ 5 and ${NAME:-none} and $HOME" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    command: echo costs ⟦$⟧ 5", fixed: "services:\n  web:\n    image: x\n    command: echo costs $$ 5" },
  ],
};
