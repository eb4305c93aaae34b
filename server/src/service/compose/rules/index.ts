/**
 * The Compose rule registry: every rule once, by family, and the checks
 * that find them. The severity settings (`dockside.compose.rules`) and the
 * README's rule table are read from `composeRules`.
 */
import { bestPracticeNodeChecks, bestPracticeProjectChecks, bestPracticeRules } from './bestPractice';
import { definitionNodeChecks, definitionRules } from './definitions';
import { mountNodeChecks, mountProjectChecks, mountRules } from './mounts';
import { referenceProjectChecks, referenceRules } from './references';
import type { ComposeRuleMeta, NodeCheck, ProjectCheck } from './rule';
import { schemaRules } from './schema';
import { serviceNodeChecks, serviceProjectChecks, serviceRules } from './services';
import { syntaxRules } from './syntax';

export const composeRules: readonly ComposeRuleMeta[] = [
  ...Object.values(syntaxRules),
  ...Object.values(schemaRules),
  ...Object.values(referenceRules),
  ...Object.values(serviceRules),
  ...Object.values(mountRules),
  ...Object.values(definitionRules),
  ...Object.values(bestPracticeRules),
];

export const composeNodeChecks: readonly NodeCheck[] = [...serviceNodeChecks, ...mountNodeChecks, ...definitionNodeChecks, ...bestPracticeNodeChecks];

export const composeProjectChecks: readonly ProjectCheck[] = [...serviceProjectChecks, ...mountProjectChecks, ...referenceProjectChecks, ...bestPracticeProjectChecks];

export { bestPracticeRules, definitionRules, mountRules, referenceRules, schemaRules, serviceRules, syntaxRules };
