import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatMessage } from '../../../client/src/commands/localizable';
import {
  defaultTagFromFolder,
  joinEntries,
  parsePortMapping,
  splitEntries,
  validateContainerName,
  validateContainerPath,
  validateEntries,
  validateEnvEntry,
  validateImageReference,
  validateNetworkName,
  validatePortMapping,
  validateVolumeName,
  validateVolumeSpec,
} from '../../../client/src/commands/validators';

const ok = (problem: unknown) => assert.equal(problem, undefined);
const rejects = (problem: { text: string; args: readonly (string | number)[] } | undefined, pattern: RegExp) => {
  assert.ok(problem, 'expected a validation message');
  assert.match(formatMessage(problem), pattern);
};

describe('validateContainerName', () => {
  test('accepts the engine charset and an empty name', () => {
    for (const name of ['web', 'web_1', 'my.app-2', 'A1', '']) ok(validateContainerName(name));
  });
  test('rejects what the engine rejects, quoting the name', () => {
    rejects(validateContainerName('x; rm -rf ~'), /x; rm -rf ~ is not valid/);
    rejects(validateContainerName('-web'), /at least 2 characters/);
    rejects(validateContainerName('_web'), /not valid/);
    rejects(validateContainerName('a'), /at least 2 characters/);
    rejects(validateContainerName('웹서버'), /not valid/);
  });
});

describe('volume and network names', () => {
  test('volume names follow the container-name rule and are required', () => {
    ok(validateVolumeName('pgdata'));
    rejects(validateVolumeName(''), /Enter a volume name/);
    rejects(validateVolumeName('my vol'), /letters, digits/);
  });
  test('network names', () => {
    ok(validateNetworkName('backend'));
    rejects(validateNetworkName(''), /Enter a network name/);
    rejects(validateNetworkName('a/b'), /only letters/);
  });
});

describe('validateContainerPath', () => {
  test('absolute paths only', () => {
    ok(validateContainerPath('/var/lib/data'));
    rejects(validateContainerPath('data'), /must be absolute.*data/);
    rejects(validateContainerPath(''), /Enter a path/);
  });
});

describe('parsePortMapping', () => {
  test('every -p form', () => {
    assert.deepEqual(parsePortMapping('80'), { hostIp: undefined, containerPorts: { start: 80, end: 80 }, protocol: 'tcp' });
    assert.deepEqual(parsePortMapping('8080:80'), {
      hostIp: undefined,
      hostPorts: { start: 8080, end: 8080 },
      containerPorts: { start: 80, end: 80 },
      protocol: 'tcp',
    });
    assert.deepEqual(parsePortMapping('127.0.0.1:8080:80/udp'), {
      hostIp: '127.0.0.1',
      hostPorts: { start: 8080, end: 8080 },
      containerPorts: { start: 80, end: 80 },
      protocol: 'udp',
    });
    assert.deepEqual(parsePortMapping('127.0.0.1::80'), { hostIp: '127.0.0.1', containerPorts: { start: 80, end: 80 }, protocol: 'tcp' });
    assert.deepEqual(parsePortMapping('[::1]:8080:80'), {
      hostIp: '::1',
      hostPorts: { start: 8080, end: 8080 },
      containerPorts: { start: 80, end: 80 },
      protocol: 'tcp',
    });
    assert.deepEqual(parsePortMapping('8000-8002:9000-9002/SCTP'), {
      hostIp: undefined,
      hostPorts: { start: 8000, end: 8002 },
      containerPorts: { start: 9000, end: 9002 },
      protocol: 'sctp',
    });
  });
  test('out of range, malformed and mismatched', () => {
    rejects(validatePortMapping('70000:80'), /70000 is not a valid host port/);
    rejects(validatePortMapping('8080:0'), /0 is not a valid container port/);
    rejects(validatePortMapping('8080:http'), /http is not a valid container port/);
    rejects(validatePortMapping('80/icmp'), /Unknown protocol/);
    rejects(validatePortMapping('1:2:3:4'), /is not a port mapping/);
    rejects(validatePortMapping('999.1.1.1:80:80'), /not a valid host IP/);
    rejects(validatePortMapping('8000-8001:9000-9002'), /same size/);
    rejects(validatePortMapping('90-80'), /not a valid container port/);
    rejects(validatePortMapping(''), /Enter a port mapping/);
  });
  test('a host range for one container port is allowed (the engine picks one)', () => {
    ok(validatePortMapping('8000-8010:80'));
  });
});

describe('validateVolumeSpec', () => {
  test('anonymous, named, bind and with options', () => {
    for (const spec of ['/data', 'pgdata:/var/lib/postgresql/data', '/srv/www:/usr/share/nginx/html:ro', 'cache:/cache:rw,z']) {
      ok(validateVolumeSpec(spec));
    }
  });
  test('relative targets, bad sources and options', () => {
    rejects(validateVolumeSpec('data'), /must be absolute/);
    rejects(validateVolumeSpec('pgdata:data'), /must be absolute/);
    rejects(validateVolumeSpec('./src:/app'), /neither an absolute host path nor a valid volume name/);
    rejects(validateVolumeSpec(':/app'), /source before ":" is empty/);
    rejects(validateVolumeSpec('v1:/a:rx'), /Unknown volume option in rx/);
  });
});

describe('environment entries', () => {
  test('KEY=value, values may be empty or hold "="', () => {
    for (const entry of ['A=1', 'EMPTY=', 'URL=postgres://u:p@h/db?x=y']) ok(validateEnvEntry(entry));
    rejects(validateEnvEntry('NOVALUE'), /use KEY=value/);
    rejects(validateEnvEntry('=1'), /use KEY=value/);
    rejects(validateEnvEntry('MY VAR=1'), /contains whitespace/);
  });
  test('splitEntries/joinEntries round-trip values with spaces and quotes', () => {
    const entries = ['A=1', 'GREETING=hello world', 'QUOTE=say "hi"', 'EMPTY='];
    assert.deepEqual(splitEntries(joinEntries(entries)), entries);
    assert.deepEqual(splitEntries('  A=1\tB="x y"  '), ['A=1', 'B=x y']);
    assert.deepEqual(splitEntries(''), []);
    assert.equal(splitEntries('A="unclosed'), undefined);
  });
  test('validateEntries reports the first bad entry or an unclosed quote', () => {
    ok(validateEntries('8080:80 9090:90', validatePortMapping));
    rejects(validateEntries('8080:80 70000:1', validatePortMapping), /70000/);
    rejects(validateEntries('A="x', validateEnvEntry), /quote is not closed/);
  });
});

describe('validateImageReference', () => {
  test('accepts names, tags, registries with ports, and digests where allowed', () => {
    for (const reference of ['myapp', 'myapp:1.0', 'library/node:20-alpine', 'localhost:5000/team/app:v2', 'ghcr.io/org/a_b__c-d:latest']) {
      ok(validateImageReference(reference));
    }
    ok(validateImageReference(`alpine@sha256:${'a'.repeat(64)}`, { allowDigest: true }));
  });
  test('rejects upper case, bad tags, digests where not allowed', () => {
    rejects(validateImageReference('MyApp'), /MyApp is not a valid image name/);
    rejects(validateImageReference('app:-bad'), /-bad is not a valid tag/);
    rejects(validateImageReference('app:'), /is not a valid tag/);
    rejects(validateImageReference('a//b'), /not a valid image name/);
    rejects(validateImageReference(`alpine@sha256:${'a'.repeat(64)}`), /digest/);
    rejects(validateImageReference('x; rm -rf ~'), /not a valid image name/);
    rejects(validateImageReference(''), /Enter an image name/);
  });
});

describe('defaultTagFromFolder', () => {
  test('makes a folder name a valid repository name', () => {
    assert.equal(defaultTagFromFolder('My App'), 'my-app');
    assert.equal(defaultTagFromFolder('api_server'), 'api_server');
    assert.equal(defaultTagFromFolder('--weird..name--'), 'weird-name');
    assert.equal(defaultTagFromFolder('한글'), 'image');
    for (const name of ['My App', 'x; rm -rf ~', '...', 'Node.JS Service']) ok(validateImageReference(defaultTagFromFolder(name)));
  });
});
