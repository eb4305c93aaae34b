/** The "did you mean" distance: typos of the notes' kind are found, unrelated words are not. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closestMatch, editDistance } from '../../../server/src/compose/spelling';

describe('compose spelling suggestions', () => {
  test('edit distance counts insertions, deletions, substitutions and adjacent swaps', () => {
    assert.equal(editDistance('enviroment', 'environment'), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('restart', 'restart'), 0);
  });

  test('closest match within a distance that grows with the word', () => {
    assert.equal(closestMatch('enviroment', ['entrypoint', 'environment']), 'environment');
    assert.equal(closestMatch('servces', ['secrets', 'services']), 'services');
    assert.equal(closestMatch('Image', ['image']), 'image');
    assert.equal(closestMatch('xyz', ['abc', 'image']), undefined);
    assert.equal(closestMatch('ab', ['abcd']), undefined);
  });
});
