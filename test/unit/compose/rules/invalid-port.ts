/** compose-go cannot read the port: bad syntax, a port out of range, a `host_ip` that is not an IP ("invalid ip address"). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    ports:\n      - ⟦\"70000:80\"⟧" },
    { text: "services:\n  web:\n    image: x\n    ports:\n      - target: 80\n        host_ip: ⟦localhost⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    ports:\n      - \"127.0.0.1:8080:80/udp\"\n      - \"9000-9002:9000-9002\"\n      - target: 80\n        host_ip: ::1" },
  ],
};
