/** Too few or too many arguments, and ENV/LABEL items that are not key=value. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM node:20\nADD ⟦express-test⟧\nFROM ⟦node:20 AS⟧\nUSER ⟦a b⟧\n⟦STOPSIGNAL⟧\nCOPY ⟦[\"only\"]⟧" },
    { text: "FROM alpine\nENV A=1 ⟦B⟧\nENV ⟦K⟧\nLABEL ⟦=x⟧" },
  ],
  accepts: [
    { text: "FROM node:20 AS build\nCOPY <<EOF /etc/x\nhi\nEOF\nADD a b /dest/\nUSER node:node\nCMD []" },
    { text: "FROM alpine\nENV A=1 B=\"two words\"\nLABEL a=b" },
  ],
};
