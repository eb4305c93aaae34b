/** compose-go cannot read the mount: bad short syntax, "missing a mount target", a bind mount's empty source. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    volumes:\n      - ⟦type⟧: bind\n        target: /app" },
    { text: "services:\n  web:\n    image: x\n    volumes:\n      - ⟦\"./a:/b:c:d\"⟧" },
    { text: "services:\n  web:\n    image: x\n    volumes:\n      - ⟦type⟧: volume\n        source: data" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    volumes:\n      - ./src:/app:ro\n      - type: bind\n        source: ./src\n        target: /src\n      - type: tmpfs\n        target: /tmp" },
  ],
};
