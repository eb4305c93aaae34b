/** The one edit distance every mode's "did you mean" uses, and BuildKit's, which it keeps beside it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, levenshtein } from '../../../server/src/service/editDistance';

test('edit distance counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
  assert.equal(editDistance('enviroment', 'environment'), 1);
  assert.equal(editDistance('ab', 'ba'), 1);
  assert.equal(editDistance('dokcer', 'docker'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('restart', 'restart'), 0);
});

test('BuildKit\'s Levenshtein distance counts a swap of neighbours as two edits', () => {
  assert.equal(levenshtein('ab', 'ba'), 2);
  assert.equal(levenshtein('BULIDPLATFORM', 'BUILDPLATFORM'), 2);
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('', 'abc'), 3);
});
