/** `<<:` merges a mapping or a list of mappings (compose-go merges them in order); anything else is refused. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "x-tag: &tag latest\nservices:\n  web:\n    <<: ⟦*tag⟧\n    image: x" },
    { text: "x-tag: &tag latest\nx-base: &base {restart: always}\nservices:\n  web:\n    <<: [*base, ⟦*tag⟧]\n    image: x" },
  ],
  accepts: [
    { text: "x-base: &base {restart: always}\nx-more: &more {image: x}\nservices:\n  web:\n    <<: [*base, *more]" },
  ],
};
