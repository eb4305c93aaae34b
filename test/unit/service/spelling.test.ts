/** The one edit distance every mode's "did you mean" uses, BuildKit's beside it, and the one nearest-word search. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestWord, editDistance, levenshtein } from '../../../server/src/service/spelling';

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

test('the closest word is the first at the smallest distance, and only within the allowance', () => {
  assert.equal(closestWord('servce', ['secrets', 'service', 'services'], 0), undefined);
  assert.equal(closestWord('servce', ['secrets', 'service', 'services'], 1), 'service');
  assert.equal(closestWord('servces', ['service', 'services'], 2), 'services');
  assert.equal(closestWord('ab', ['ax', 'xb'], 1), 'ax');
  assert.equal(closestWord('abc', ['xyz'], 2), undefined);
  assert.equal(closestWord('abc', [], 2), undefined);
});

test('the closest word counts with the distance it is given', () => {
  assert.equal(closestWord('ab', ['ba'], 1), 'ba');
  assert.equal(closestWord('ab', ['ba'], 1, levenshtein), undefined);
});
