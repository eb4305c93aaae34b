/**
 * The rule families whose settings schema, settings descriptions and rule table are generated
 * (`npm run rules`); a family joins by adding its registry here.
 */
import { commandLineRuleRegistry } from '../commandline/rules';
import { composeRuleKinds, composeRules } from '../compose/rules';
import { dockerfileRules } from '../dockerfile/rules/index';
import { ruleRegistry, type RuleRegistry } from './registry';

export const composeRuleRegistry = ruleRegistry('compose', { en: 'Compose', ko: 'Compose' }, composeRuleKinds, composeRules);

export const ruleRegistries: readonly RuleRegistry[] = [dockerfileRules, composeRuleRegistry, commandLineRuleRegistry];
