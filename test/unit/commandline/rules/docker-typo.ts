/** A command one edit from `docker` (the notes' `docekr`) is a program the shell will not find. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "⟦docekr⟧ ps" },
    { text: "sudo ⟦dokcer⟧ run -it alpine sh" },
  ],
  accepts: [
    { text: "docker ps" },
    { text: "echo docker is fine" },
    { text: "dockerd --debug" },
  ],
  fixes: [
    { text: "⟦docekr⟧ ps -a", fixed: "docker ps -a" },
  ],
};
