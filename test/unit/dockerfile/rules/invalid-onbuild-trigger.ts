/** ONBUILD wrapping ONBUILD, FROM or MAINTAINER. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nONBUILD ⟦FROM⟧ alpine\nONBUILD ⟦ONBUILD⟧ RUN x\nONBUILD ⟦MAINTAINER⟧ me" },
  ],
  accepts: [
    { text: "FROM alpine\nONBUILD COPY . /app\nONBUILD RUN make" },
  ],
};
