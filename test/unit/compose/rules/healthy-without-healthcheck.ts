/** `condition: service_healthy` waits for a health status only a healthcheck gives (a warning: the image may define one). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    depends_on:\n      db:\n        condition: ⟦service_healthy⟧\n  db:\n    image: postgres" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]" },
  ],
};
