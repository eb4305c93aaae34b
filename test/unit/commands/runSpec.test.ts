import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createOptionsFor, prefillFromImage, RunSpec } from '../../../client/src/commands/runSpec';

const base: RunSpec = { image: 'web:1', name: '', ports: [], env: [], volumes: [], interactive: false, autoRemove: false };

describe('prefillFromImage', () => {
  test('proposes the same host port for each EXPOSEd port, keeps env and VOLUMEs', () => {
    assert.deepEqual(
      prefillFromImage({ ExposedPorts: { '80/tcp': {}, '53/udp': {} }, Env: ['PATH=/bin', 'MODE=prod'], Volumes: { '/data': {} } }),
      { ports: ['80:80', '53:53/udp'], env: ['PATH=/bin', 'MODE=prod'], volumes: ['/data'] },
    );
  });
  test('an image with no config yields an empty form', () => {
    assert.deepEqual(prefillFromImage({ ExposedPorts: null, Env: null, Volumes: null }), { ports: [], env: [], volumes: [] });
  });
});

describe('createOptionsFor', () => {
  test('publishes ports with host IPs and ranges', () => {
    const options = createOptionsFor({ ...base, ports: ['127.0.0.1:8080:80', '9000-9001:7000-7001/udp', '443', '8000-8010:5000'] });
    assert.deepEqual(options.ExposedPorts, { '80/tcp': {}, '7000/udp': {}, '7001/udp': {}, '443/tcp': {}, '5000/tcp': {} });
    assert.deepEqual(options.HostConfig?.PortBindings, {
      '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }],
      '7000/udp': [{ HostIp: '', HostPort: '9000' }],
      '7001/udp': [{ HostIp: '', HostPort: '9001' }],
      '443/tcp': [{ HostIp: '', HostPort: '' }],
      '5000/tcp': [{ HostIp: '', HostPort: '8000-8010' }],
    });
  });
  test('binds named and host volumes, declares anonymous ones', () => {
    const options = createOptionsFor({ ...base, volumes: ['/cache', 'data:/data', '/srv:/srv:ro'] });
    assert.deepEqual(options.Volumes, { '/cache': {} });
    assert.deepEqual(options.HostConfig?.Binds, ['data:/data', '/srv:/srv:ro']);
  });
  test('a name with shell metacharacters is passed as data, not interpreted', () => {
    const options = createOptionsFor({ ...base, name: 'x; rm -rf ~', env: ['A=$(whoami)'] });
    assert.equal(options.name, 'x; rm -rf ~');
    assert.deepEqual(options.Env, ['A=$(whoami)']);
  });
  test('detached vs interactive, --rm, and an empty name left to the engine', () => {
    const detached = createOptionsFor({ ...base, autoRemove: true });
    assert.equal(detached.name, undefined);
    assert.equal(detached.Tty, false);
    assert.equal(detached.OpenStdin, false);
    assert.equal(detached.HostConfig?.AutoRemove, true);
    const interactive = createOptionsFor({ ...base, interactive: true });
    assert.equal(interactive.Tty, true);
    assert.equal(interactive.OpenStdin, true);
    assert.equal(interactive.AttachStdin, true);
  });
  test('an unvalidated port spec is a programming error', () => {
    assert.throws(() => createOptionsFor({ ...base, ports: ['nope'] }), /invalid port mapping nope/);
  });
});
