/** The Engine cannot publish one host port, IP and protocol twice: the second container fails to start. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  a:\n    image: x\n    ports: [\"8080:80\"]\n  b:\n    image: x\n    ports: [⟦\"8080:81\"⟧]" },
    { text: "services:\n  web:\n    image: x\n    ports:\n      - \"8080:80\"\n      - ⟦\"0.0.0.0:8080:81\"⟧" },
  ],
  accepts: [
    { text: "services:\n  a:\n    image: x\n    ports: [\"127.0.0.1:8080:80\", \"8080:80/udp\"]\n  b:\n    image: x\n    ports: [\"127.0.0.2:8080:81\", \"80\"]" },
  ],
};
