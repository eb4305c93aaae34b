/** A keyword that is not an instruction, with the closest one when there is one. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine\n⟦EXPOSEE⟧ 3000\n⟦FORM⟧ x\n⟦FOOBAR⟧ 1" },
    { text: "FROM alpine\nONBUILD ⟦RUNN⟧ echo" },
  ],
  accepts: [
    { text: "FROM alpine\nRUN echo\nrun echo\nRun echo" },
  ],
  fixes: [
    { text: "FROM node:20\n⟦EXPOSEE⟧ 3000", fixed: "FROM node:20\nEXPOSE 3000" },
    { text: "from node:20\n⟦exposee⟧ 3000", fixed: "from node:20\nexpose 3000" },
  ],
};
