/** docker compose stops when a required env file is missing (Dockside: a warning, it may be created later). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    env_file: ⟦.env⟧" },
    { text: "services:\n  web:\n    image: x\n    env_file:\n      - path: ⟦./prod.env⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    env_file: .env", files: { ".env": "A=1" } },
    { text: "services:\n  web:\n    image: x\n    env_file:\n      - path: ./local.env\n        required: false" },
  ],
};
