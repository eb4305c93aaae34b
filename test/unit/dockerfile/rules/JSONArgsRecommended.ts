/** BuildKit: CMD and ENTRYPOINT in shell form, unless SHELL (in the stage or a stage it builds on) changed the shell. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nCMD ⟦node server.js⟧\nENTRYPOINT ⟦./run.sh⟧\nCMD [\"ok\"]" },
    { text: "\nFROM scratch\nCMD ⟦mycommand⟧" },
    { text: "FROM alpine\nCMD ⟦x⟧\nSHELL [\"/bin/bash\", \"-c\"]" },
  ],
  accepts: [
    { text: "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\nCMD mycommand" },
    { text: "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base\nCMD mycommand" },
    { text: "\nFROM scratch AS base\nSHELL [\"/usr/bin/customshell\"]\n\nFROM base AS child\nFROM child\nENTRYPOINT mycommand" },
    { text: "FROM alpine\nCMD [\"a\"]\nCMD ['b']\nCMD [\"c\", 1]" },
  ],
  fixes: [
    { text: "FROM node:20\nCMD ⟦node server.js⟧", fixed: "FROM node:20\nCMD [\"node\", \"server.js\"]" },
  ],
};
