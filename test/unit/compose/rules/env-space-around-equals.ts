/** Compose keeps the space in `KEY= value`: the value starts with it (the notes' own mistake). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      - ⟦MYSQL_DATABASE= jjdb⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      - MYSQL_DATABASE=jjdb" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      - ⟦MYSQL_DATABASE= jjdb⟧", fixed: "services:\n  web:\n    image: x\n    environment:\n      - MYSQL_DATABASE=jjdb" },
  ],
};
