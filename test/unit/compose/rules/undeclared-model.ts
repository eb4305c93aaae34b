/** compose-go refuses a service's model that the top-level `models:` does not declare. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    models: [⟦llm⟧]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    models: [llm]\nmodels:\n  llm:\n    model: ai/smollm2" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    models: [⟦llm⟧]", fixed: "services:\n  web:\n    image: x\n    models: [llm]\n\nmodels:\n  llm:\n" },
  ],
};
