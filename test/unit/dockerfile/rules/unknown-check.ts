/** A check directive BuildKit cannot read: a check it does not have, or an option it does not take. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "# check=⟦skip=JsonArgsRecommended⟧\nFROM alpine" },
    { text: "# check=⟦skp=JSONArgsRecommended⟧\nFROM alpine" },
    { text: "# check=⟦error=maybe⟧\nFROM alpine" },
  ],
  accepts: [
    { text: "# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM alpine" },
    { text: "# check=skip=all;experimental=InvalidDefinitionDescription\nFROM alpine" },
    { text: "# check=skip=no-user\nFROM alpine" },
  ],
};
