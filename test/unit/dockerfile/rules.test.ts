/**
 * Every Dockerfile rule against its file of cases (./rules/<id>.ts): where it reports, what it
 * accepts, what its fix writes, and that each fix, applied, removes its diagnostic and adds none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCheckNames } from '../../../server/src/dockerfile/catalogue';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { ruleFixes } from '../../../server/src/service/dockerfile/codeActions';
import { dockerfileDiagnostics } from '../../../server/src/service/dockerfile/diagnostics';
import { dockerfileRules } from '../../../server/src/service/dockerfile/rules/index';
import { testRuleCases } from '../../support/ruleCases';
import { contextWith, dockerfileUri } from './diagnostics.support';
import { dockerfileRuleCases } from './rules/index';

testRuleCases(
  {
    registry: dockerfileRules,
    documentUri: dockerfileUri,
    diagnose: (text, files) => dockerfileDiagnostics(parseDockerfile(text, dockerfileUri, 1), contextWith(files)),
    fixes: (text, _files, diagnostic) => ruleFixes(parseDockerfile(text, dockerfileUri, 1), diagnostic, 'en'),
    hasFix: (id) => dockerfileRules.rule(id)?.fix !== undefined,
  },
  dockerfileRuleCases,
);

test('the BuildKit rules are BuildKit\'s checks, all but InvalidBaseImagePlatform (it needs the image the builder resolves)', () => {
  const buildkitRules = dockerfileRules.rules.filter((rule) => rule.kind === 'buildkit').map((rule) => rule.id).sort();
  assert.deepEqual(buildkitRules, [...buildCheckNames].filter((name) => name !== 'InvalidBaseImagePlatform').sort());
});
