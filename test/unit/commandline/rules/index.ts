/** Every command-line rule's cases, by id: the harness checks there is one entry per rule of the registry. */
import type { RuleCases } from '../../../support/ruleCases';
import { cases as dockerTypo } from './docker-typo';
import { cases as doubleDashShortFlags } from './double-dash-short-flags';
import { cases as singleDashLongFlag } from './single-dash-long-flag';
import { cases as unknownFlag } from './unknown-flag';
import { cases as unknownSubcommand } from './unknown-subcommand';

export const commandLineRuleCases: Readonly<Record<string, RuleCases>> = {
  'docker-typo': dockerTypo,
  'double-dash-short-flags': doubleDashShortFlags,
  'single-dash-long-flag': singleDashLongFlag,
  'unknown-flag': unknownFlag,
  'unknown-subcommand': unknownSubcommand,
};
