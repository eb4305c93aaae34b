/** docker compose build fails when the context folder does not exist (Dockside: a warning, the folder may come later). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    build: ⟦./api⟧" },
    { text: "services:\n  web:\n    build:\n      context: ⟦api⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    build: ./web", files: { "web/Dockerfile": "FROM scratch" } },
    { text: "services:\n  web:\n    build: https://github.com/docker/example.git" },
  ],
};
