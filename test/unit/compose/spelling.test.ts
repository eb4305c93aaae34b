/** The "did you mean" distance: typos of the notes' kind are found, unrelated words are not. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closestMatch } from '../../../server/src/service/compose/spelling';

describe('compose spelling suggestions', () => {
  test('closest match within a distance that grows with the word', () => {
    assert.equal(closestMatch('enviroment', ['entrypoint', 'environment']), 'environment');
    assert.equal(closestMatch('servces', ['secrets', 'services']), 'services');
    assert.equal(closestMatch('Image', ['image']), 'image');
    assert.equal(closestMatch('xyz', ['abc', 'image']), undefined);
    assert.equal(closestMatch('ab', ['abcd']), undefined);
  });
});
