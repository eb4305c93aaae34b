/** BuildKit: MAINTAINER. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch\n⟦MAINTAINER⟧ me@example.org" },
  ],
  accepts: [
    { text: "\nFROM scratch\nLABEL org.opencontainers.image.authors=\"me@example.org\"" },
  ],
  fixes: [
    { text: "FROM alpine:3\n⟦MAINTAINER⟧ Jane <jane@example.com>", fixed: "FROM alpine:3\nLABEL org.opencontainers.image.authors=\"Jane <jane@example.com>\"" },
  ],
};
