/** A ${ never closed, empty, or with a modifier Docker does not have. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nENV A=⟦${B⟧\nWORKDIR ⟦${C:1}⟧\nENV D=⟦${}⟧" },
  ],
  accepts: [
    { text: "FROM alpine\nENV A=${B:-x} C=${B%%.*} D=$B\nRUN echo ${NOT_DOCKERS:1}" },
  ],
};
