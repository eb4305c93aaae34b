import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextEvent } from '../../../client/src/engine/emitter';
import type { EngineLocation } from '../../../client/src/engine/location';
import { classifyEngineError } from '../../../client/src/engine/problems';
import { engineProblemMessage } from '../../../client/src/explorer/engineProblem';
import { untranslated } from '../../../client/src/explorer/format';
import { ContainersModel } from '../../../client/src/explorer/model/containers';
import { ImagesModel } from '../../../client/src/explorer/model/images';
import { FakeEngine, location, unreachable } from './fakeEngine';

const errno = (code: string, message: string): Error => Object.assign(new Error(message), { code });
const socketAt = (host: string, source: EngineLocation['source']): EngineLocation => ({
  host,
  contextName: 'default',
  source,
  address: { transport: 'socket', socketPath: host.replace('unix://', '') },
});
const tcpAt = (host: string): EngineLocation => ({ host, contextName: 'remote', source: 'context', address: { transport: 'tcp', hostname: 'h', port: 2376 } });

describe('the unreachable engine, explained', () => {
  test('names the address tried, where it came from, and the reason in words, then what to do', () => {
    const message = engineProblemMessage(
      socketAt('unix:///var/run/docker.sock', 'default'),
      classifyEngineError(errno('ENOENT', 'connect ENOENT /var/run/docker.sock')),
      untranslated,
    );
    assert.equal(
      message,
      'Docker is not running. There is no engine socket at /var/run/docker.sock (the default). ' +
        'Start Docker (Docker Desktop, or sudo systemctl start docker); Dockside reconnects by itself.',
    );
    assert.doesNotMatch(message, /ENOENT/, 'never the code alone, and not the code at all here');
  });

  test('every way of failing gets its own words', () => {
    const cases: Array<[EngineLocation, Error | object, RegExp]> = [
      [socketAt('unix:///run/docker.sock', 'setting'), errno('EACCES', 'connect EACCES /run/docker.sock'), /^You are not allowed to use the Docker socket\. Opening \/run\/docker\.sock \(set in dockside\.engine\.host\) was refused: permission denied\. Add yourself to the docker group/],
      [tcpAt('tcp://h:2376'), errno('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:2376'), /^The Docker Engine refused the connection\. Nothing is listening at tcp:\/\/h:2376 \(from the Docker context "remote"\)\./],
      [tcpAt('tcp://h:2376'), Object.assign(new Error('The operation was aborted'), { code: 'ABORT_ERR' }), /tcp:\/\/h:2376 \(from the Docker context "remote"\) did not answer in time\./],
      [tcpAt('tcp://h:2376'), errno('ENOTFOUND', 'getaddrinfo ENOTFOUND h'), /The host name of tcp:\/\/h:2376 .* could not be found\./],
      [tcpAt('tcp://h:2376'), Object.assign(new Error('(HTTP code 404) unexpected - not docker'), { statusCode: 404 }), /answered, but not as a Docker Engine \(HTTP 404\)\./],
      [tcpAt('tcp://h:2376'), errno('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), /^The secure \(TLS\) connection to the Docker Engine failed\. Tried tcp:\/\/h:2376 .*: self-signed certificate\. Check the certificates/],
    ];
    for (const [where, error, expected] of cases) assert.match(engineProblemMessage(where, classifyEngineError(error), untranslated), expected);
  });

  test('an address that cannot be used says why, with or without an address', () => {
    const missingContext: EngineLocation = { host: '', contextName: 'gone', source: 'context', address: { transport: 'invalid', reason: 'the current Docker context "gone" was not found in /home/u/.docker' } };
    assert.match(
      engineProblemMessage(missingContext, { kind: 'invalidHost', detail: 'the current Docker context "gone" was not found in /home/u/.docker' }, untranslated),
      /^The Docker Engine address cannot be used\. The current Docker context "gone" was not found in \/home\/u\/\.docker\. Check the dockside\.engine\.host setting/,
    );
  });
});

describe('the views while the engine cannot be reached', () => {
  test('Containers offers Retry, which shows that it is connecting, then that it failed again', async () => {
    const engine = new FakeEngine();
    engine.reachable = false;
    let clock = Date.parse('2026-01-01T12:00:00Z');
    const model = new ContainersModel({ engine, t: untranslated, locale: 'en-GB', now: () => clock });
    const [retry, settings] = await model.getRoots();
    assert.deepEqual(
      [retry.present(), settings.present()].map(({ label, command, contextValue }) => ({ label, command: command?.id, contextValue })),
      [
        { label: 'Retry', command: 'dockside.engine.retry', contextValue: 'engineRetry' },
        { label: 'Open Engine Settings', command: 'dockside.engine.openSettings', contextValue: 'engineSettings' },
      ],
    );

    engine.setState(unreachable);
    let connectingShown: string | undefined;
    model.onDidChange(() => void model.getRoots().then(([first]) => (connectingShown ??= first.present().label)));
    const failedAgain = nextEvent(model.onDidChange, () => clock > Date.parse('2026-01-01T12:00:00Z'));
    clock += 5_000;
    const retried = model.retryEngine();
    await retried;
    await failedAgain;
    assert.equal(connectingShown, `Connecting to ${location.host}…`);
    const [after] = await model.getRoots();
    assert.equal(after.present().label, 'Retry');
    assert.equal(after.present().description, `failed again at ${new Date(clock).toLocaleTimeString('en-GB')}`);
  });

  test('the other views show one line pointing to Containers', async () => {
    const engine = new FakeEngine();
    engine.reachable = false;
    const roots = await new ImagesModel({ engine, t: untranslated, locale: 'en', now: () => 0 }).getRoots();
    assert.deepEqual(
      roots.map((node) => node.present().label),
      ['No Docker Engine: see Containers'],
    );
  });
});
