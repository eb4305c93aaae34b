/** BuildKit: an earlier CMD, ENTRYPOINT or HEALTHCHECK of a stage that a later one replaces. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch\n⟦ENTRYPOINT⟧ [\"/myapp\"]\nENTRYPOINT [\"/myotherapp\"]\n⟦CMD⟧ [\"/myapp\"]\nCMD [\"/myotherapp\"]\n⟦HEALTHCHECK⟧ CMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]" },
    { text: "\nFROM scratch\n⟦ENTRYPOINT⟧ [\"/myapp\"]\n⟦CMD⟧ [\"/myapp\"]\n⟦HEALTHCHECK⟧ CMD [\"/myapp\"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]" },
  ],
  accepts: [
    { text: "\nFROM scratch AS a\nENTRYPOINT [\"/myapp\"]\nCMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\n\nFROM a AS b\nENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]" },
  ],
};
