/**
 * Every command-line rule against its file of cases (./rules/<id>.ts), in a shell script: where it
 * reports, what it accepts, what its fix writes, and that each fix removes its diagnostic.
 */
import { codeActions } from '../../../server/src/service/commandline/codeActions';
import { diagnostics } from '../../../server/src/service/commandline/diagnostics';
import { commandLineRuleRegistry } from '../../../server/src/service/commandline/rules';
import { testRuleCases } from '../../support/ruleCases';
import { commandLineRuleCases } from './rules/index';
import { commandLines, context } from './support';

const uri = 'file:///work/project/run.sh';
const parse = (text: string) => commandLines([text], '\n', 'shellscript', uri);

testRuleCases(
  {
    registry: commandLineRuleRegistry,
    documentUri: uri,
    diagnose: (text) => diagnostics(parse(text), context()),
    fixes: (text, _files, diagnostic) => codeActions(parse(text), diagnostic.range, { diagnostics: [diagnostic] }, context()),
    // Every command-line diagnostic carries the text its fix writes.
    hasFix: () => true,
  },
  commandLineRuleCases,
);
