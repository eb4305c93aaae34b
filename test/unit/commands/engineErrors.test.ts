import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engineMessage, isConnectionFailure } from '../../../client/src/commands/engineErrors';

describe('engineMessage', () => {
  test("prefers the engine's JSON message", () => {
    const error = Object.assign(new Error('(HTTP code 409) unexpected - conflict: unable to remove repository reference'), {
      statusCode: 409,
      json: { message: 'conflict: unable to remove repository reference "web:1" (must force) - container 0123 is using its referenced image' },
    });
    assert.equal(engineMessage(error), 'conflict: unable to remove repository reference "web:1" (must force) - container 0123 is using its referenced image');
  });
  test("strips dockerode's HTTP prefix when there is no JSON", () => {
    assert.equal(engineMessage(new Error('(HTTP code 404) no such container - No such container: abc ')), 'No such container: abc');
    assert.equal(engineMessage(new Error('(HTTP code 500) server error - driver failed')), 'driver failed');
  });
  test('anything else is shown as it is', () => {
    assert.equal(engineMessage('plain'), 'plain');
    assert.equal(engineMessage(new Error('build cancelled')), 'build cancelled');
  });
});

describe('isConnectionFailure', () => {
  test('socket errors from connect, not engine refusals', () => {
    assert.equal(isConnectionFailure(Object.assign(new Error('connect ENOENT /var/run/docker.sock'), { code: 'ENOENT', syscall: 'connect' })), true);
    assert.equal(isConnectionFailure(Object.assign(new Error('ENOENT: open'), { code: 'ENOENT', syscall: 'open' })), false);
    assert.equal(isConnectionFailure(Object.assign(new Error('(HTTP code 404)'), { statusCode: 404 })), false);
    assert.equal(isConnectionFailure(undefined), false);
  });
});
