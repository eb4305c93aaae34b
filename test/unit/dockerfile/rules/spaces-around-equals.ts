/** ENV/LABEL written with spaces around =. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nLABEL ⟦KEY이름 = value⟧\nENV ⟦A= b⟧" },
    { text: "FROM alpine\nENV ⟦X =1⟧" },
  ],
  accepts: [
    { text: "FROM alpine\nLABEL KEY=\"a = b\"\nENV A=b C=\"d e\"" },
  ],
  fixes: [
    { text: "FROM alpine:3\nLABEL ⟦KEY이름 = value⟧", fixed: "FROM alpine:3\nLABEL KEY이름=value" },
    { text: "FROM alpine:3\nLABEL ⟦description = a small image⟧", fixed: "FROM alpine:3\nLABEL description=\"a small image\"" },
    { text: "FROM alpine:3\nENV ⟦A=1 B= two⟧", fixed: "FROM alpine:3\nENV A=1 B=two" },
  ],
};
