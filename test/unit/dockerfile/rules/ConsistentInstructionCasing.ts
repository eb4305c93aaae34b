/** BuildKit: every instruction in the majority's case; a tie is upper case; mixed case counts for neither. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\n⟦run⟧ echo\nRUN echo\n⟦Copy⟧ a b" },
    { text: "\n# warning: From\n#\n⟦From⟧ scratch as base\nFROM scratch AS base2" },
    { text: "from scratch\n# majority lower\n⟦COPY⟧ Dockerfile /foo\ncopy Dockerfile /bar" },
    { text: "\n⟦from⟧ scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz" },
    { text: "FROM alpine\nRUN x\n⟦run⟧ y\nfoo 1\nfoo 2\nfoo 3" },
  ],
  accepts: [
    { text: "from scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar" },
    { text: "FROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar" },
    { text: "arg V=1\nFROM alpine\nRUN x" },
    { text: "FROM alpine\nRUN <<'EOT'\nenv\nEOT" },
    { text: "FROM alpine\nONBUILD run x" },
  ],
  fixes: [
    { text: "FROM alpine:3\n⟦run⟧ echo\nRUN echo", fixed: "FROM alpine:3\nRUN echo\nRUN echo" },
    { text: "FROM alpine\nRUN x\n⟦run⟧ y\nfoo 1\nfoo 2\nfoo 3", fixed: "FROM alpine\nRUN x\nRUN y\nfoo 1\nfoo 2\nfoo 3" },
  ],
};
