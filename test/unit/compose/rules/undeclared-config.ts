/** compose-go refuses a service's config that the top-level `configs:` does not declare. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    configs: [⟦nginx_conf⟧]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    configs: [nginx_conf]\nconfigs:\n  nginx_conf:\n    file: ./nginx.conf" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    configs: [⟦nginx_conf⟧]", fixed: "services:\n  web:\n    image: x\n    configs: [nginx_conf]\n\nconfigs:\n  nginx_conf:\n" },
  ],
};
