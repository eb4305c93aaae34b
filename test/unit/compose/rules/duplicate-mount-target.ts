/** compose-go: "target … already mounted" for two mounts at one container path. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    tmpfs: [/data]\n    volumes: [⟦\"./data:/data\"⟧]" },
    { text: "services:\n  web:\n    image: x\n    volumes:\n      - ./a:/app\n      - ⟦./b:/app/⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    tmpfs: [/tmp]\n    volumes: [\"./data:/data\", \"./logs:/data/logs\"]" },
  ],
};
