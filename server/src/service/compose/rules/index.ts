/**
 * The Compose rule registry: every rule once, by family, and the checks
 * that find them. The severity settings (`dockside.compose.rules`) and the
 * README's rule table are read from `composeRuleRegistry`.
 */
import { ruleRegistry, type RuleKind } from '../../rules/registry';
import { bestPracticeNodeChecks, bestPracticeProjectChecks, bestPracticeRules } from './bestPractice';
import { definitionNodeChecks, definitionRules } from './definitions';
import { mountNodeChecks, mountProjectChecks, mountRules } from './mounts';
import { referenceProjectChecks, referenceRules } from './references';
import type { ComposeRuleKind, ComposeRuleMeta, NodeCheck, ProjectCheck } from './rule';
import { schemaRules } from './schema';
import { serviceNodeChecks, serviceProjectChecks, serviceRules } from './services';
import { syntaxRules } from './syntax';

/** The kinds in the order the rule table lists them, with their names there. */
export const composeRuleKinds: readonly RuleKind<ComposeRuleKind>[] = [
  { id: 'syntax', title: { en: 'YAML and interpolation', ko: 'YAML과 변수 치환' } },
  { id: 'schema', title: { en: 'Compose Specification schema', ko: 'Compose 명세 스키마' } },
  { id: 'reference', title: { en: 'Names and files', ko: '이름과 파일' } },
  { id: 'consistency', title: { en: 'What compose-go and the Engine refuse', ko: 'compose-go와 엔진이 거부하는 것' } },
  { id: 'best-practice', title: { en: 'Best practice', ko: '권장 사항' } },
];

export const composeRules: readonly ComposeRuleMeta[] = [
  ...Object.values(syntaxRules),
  ...Object.values(schemaRules),
  ...Object.values(referenceRules),
  ...Object.values(serviceRules),
  ...Object.values(mountRules),
  ...Object.values(definitionRules),
  ...Object.values(bestPracticeRules),
];

export const composeRuleRegistry = ruleRegistry('compose', { en: 'Compose', ko: 'Compose' }, composeRuleKinds, composeRules);

export const composeNodeChecks: readonly NodeCheck[] = [...serviceNodeChecks, ...mountNodeChecks, ...definitionNodeChecks, ...bestPracticeNodeChecks];

export const composeProjectChecks: readonly ProjectCheck[] = [...serviceProjectChecks, ...mountProjectChecks, ...referenceProjectChecks, ...bestPracticeProjectChecks];

export { bestPracticeRules, definitionRules, mountRules, referenceRules, schemaRules, serviceRules, syntaxRules };
