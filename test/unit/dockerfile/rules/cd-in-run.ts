/** cd in a RUN. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nRUN ⟦cd⟧ /src && make" },
  ],
  accepts: [
    { text: "FROM alpine\nRUN make -C /src\nRUN cd" },
  ],
};
