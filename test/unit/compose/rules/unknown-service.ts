/** compose-go: "depends on undefined service", with `required: false` too; the same for links, extends, network_mode and volumes_from. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    depends_on: [⟦dbb⟧]\n  db:\n    image: postgres" },
    { text: "services:\n  web:\n    image: x\n    depends_on:\n      ⟦cache⟧:\n        condition: service_started\n        required: false\n  db:\n    image: postgres" },
    { text: "services:\n  web:\n    image: x\n    network_mode: service:⟦proxy⟧\n  db:\n    image: postgres" },
    { text: "services:\n  web:\n    image: x\n    volumes_from: [⟦data⟧]\n  db:\n    image: postgres" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    depends_on: [db]\n    volumes_from: [db:ro]\n    network_mode: service:db\n  db:\n    image: postgres" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    depends_on: [⟦dbb⟧]\n  db:\n    image: postgres", fixed: "services:\n  web:\n    image: x\n    depends_on: [db]\n  db:\n    image: postgres" },
  ],
};
