/** compose-go: `count` is an integer or `all`, and "count and device_ids are mutually exclusive". */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n              count: 2\n              device_ids: ⟦[\"0\"]⟧" },
    { text: "services:\n  web:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n              count: ⟦many⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n              count: all" },
    { text: "services:\n  web:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n              device_ids: [\"0\", \"1\"]" },
  ],
};
