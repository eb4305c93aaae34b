import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyEngineError, retryDelayMs } from '../../../client/src/engine/problems';

const errno = (code: string, message: string, extra: object = {}): Error => Object.assign(new Error(message), { code, ...extra });

describe('engine problems', () => {
  test('a missing socket means Docker is not running', () => {
    assert.deepEqual(classifyEngineError(errno('ENOENT', 'connect ENOENT /var/run/docker.sock')), {
      kind: 'socketMissing',
      detail: 'connect ENOENT /var/run/docker.sock',
      code: 'ENOENT',
    });
  });

  test('EACCES/EPERM on the socket is a permission problem', () => {
    assert.equal(classifyEngineError(errno('EACCES', 'connect EACCES /var/run/docker.sock')).kind, 'permissionDenied');
    assert.equal(classifyEngineError(errno('EPERM', 'operation not permitted')).kind, 'permissionDenied');
  });

  test('ECONNREFUSED is a refused connection', () => {
    assert.equal(classifyEngineError(errno('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:2375')).kind, 'refused');
  });

  test('certificate, handshake and certificate-file errors are TLS problems', () => {
    assert.equal(classifyEngineError(errno('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate')).kind, 'tls');
    assert.equal(classifyEngineError(errno('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number')).kind, 'tls');
    assert.equal(classifyEngineError(errno('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames")).kind, 'tls');
    assert.equal(classifyEngineError(errno('ENOENT', "ENOENT: no such file or directory, open '/certs/ca.pem'", { path: '/certs/ca.pem' })).kind, 'tls');
    const plainToTls = Object.assign(new Error('(HTTP code 400) unexpected'), { statusCode: 400, json: { message: 'Client sent an HTTP request to an HTTPS server.' } });
    assert.deepEqual(classifyEngineError(plainToTls), { kind: 'tls', detail: 'Client sent an HTTP request to an HTTPS server.', statusCode: 400 });
  });

  test('anything else is "unreachable", with the message and no stack', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError', code: 23 });
    const problem = classifyEngineError(timeout);
    assert.equal(problem.kind, 'unreachable');
    assert.equal(problem.detail, 'The operation was aborted due to timeout');
    assert.equal(classifyEngineError(errno('ENOTFOUND', 'getaddrinfo ENOTFOUND nohost')).kind, 'unreachable');
    assert.equal(classifyEngineError('weird').detail, 'weird');
  });

  test('automatic retries back off from 1 s to at most 30 s', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 20].map(retryDelayMs), [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
