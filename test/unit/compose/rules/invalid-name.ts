/** Service, volume, secret and config names match `^[a-zA-Z0-9._-]+$` in compose-go's schema. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  ⟦\"my web\"⟧:\n    image: nginx" },
    { text: "services:\n  web:\n    image: x\nvolumes:\n  ⟦\"a/b\"⟧: {}" },
  ],
  accepts: [
    { text: "services:\n  my-web.v2_1:\n    image: nginx" },
  ],
};
