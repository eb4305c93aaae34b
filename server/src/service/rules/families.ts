/**
 * The rule families whose settings schema, settings descriptions and rule table are generated
 * (`npm run rules`); a family joins by adding its registry here.
 */
import { commandLineRuleRegistry } from '../commandline/rules';
import { composeRuleRegistry } from '../compose/rules';
import { dockerfileRules } from '../dockerfile/rules/index';
import type { RuleRegistry } from './registry';

export const ruleRegistries: readonly RuleRegistry[] = [dockerfileRules, composeRuleRegistry, commandLineRuleRegistry];
