/** The options "Build Image..." asks for: defaults from the Dockerfile's parse, what the user types, checked. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  argumentsWithoutDefault,
  buildArgumentsText,
  changedBuildArguments,
  initialSecrets,
  keyValuesText,
  missingSecrets,
  parseKeyValues,
  parseSecrets,
  parseTags,
  validateKeyValues,
  validatePlatform,
  validateTags,
} from '../../../client/src/commands/buildOptions';
import { formatMessage, type Localizable } from '../../../client/src/commands/localizable';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { buildInfo } from '../../../server/src/service/dockerfile/buildInfo';

const info = buildInfo(
  parseDockerfile(
    [
      'ARG NODE_VERSION=22',
      'ARG REGISTRY',
      'FROM node:${NODE_VERSION} AS build',
      'ARG NODE_VERSION',
      'ARG GREETING="hello world"',
      'RUN --mount=type=secret,id=npmrc,required npm ci',
      'FROM scratch',
      'ARG GREETING=other',
      'RUN --mount=type=secret,id=token true',
      '',
    ].join('\n'),
    'file:///Dockerfile',
    1,
  ),
);

describe('build arguments', () => {
  test('offered from the ARGs with a default, each once (the first default), quoted when they have spaces', () => {
    assert.equal(buildArgumentsText(info), 'NODE_VERSION=22 "GREETING=hello world"');
    assert.deepEqual(argumentsWithoutDefault(info), ['REGISTRY']);
  });

  test("the last build's values replace the defaults and add to them", () => {
    assert.equal(buildArgumentsText(info, { NODE_VERSION: '20', REGISTRY: 'r.example.com' }), 'NODE_VERSION=20 "GREETING=hello world" REGISTRY=r.example.com');
    assert.equal(buildArgumentsText(undefined, undefined), '');
  });

  test('only what differs from the Dockerfile is sent: each stage keeps its own default, and a default naming an ARG is expanded by the build', () => {
    // Enter on the offered text: nothing is sent, so the last stage's GREETING stays `other`.
    assert.deepEqual(changedBuildArguments(info, parseKeyValues(buildArgumentsText(info))!), {});
    assert.deepEqual(changedBuildArguments(info, { NODE_VERSION: '20', GREETING: 'hello world', REGISTRY: 'r.example.com' }), { NODE_VERSION: '20', REGISTRY: 'r.example.com' });
    const referencing = buildInfo(parseDockerfile('ARG VERSION=1.0\nARG IMAGE=app:$VERSION\nFROM ${IMAGE}\n', 'file:///Dockerfile', 1));
    assert.deepEqual(changedBuildArguments(referencing, parseKeyValues(buildArgumentsText(referencing))!), {});
    assert.deepEqual(changedBuildArguments(undefined, { A: '1' }), { A: '1' });
  });

  test('typed back as NAME=value entries; what does not parse is refused', () => {
    assert.deepEqual(parseKeyValues('NODE_VERSION=22 "GREETING=hello world" EMPTY='), { NODE_VERSION: '22', GREETING: 'hello world', EMPTY: '' });
    assert.deepEqual(parseKeyValues(''), {});
    assert.equal(parseKeyValues('NOEQUALS'), undefined);
    assert.equal(parseKeyValues('"A=unclosed'), undefined);
    assert.ok(validateKeyValues('A=1 B'));
    assert.equal(validateKeyValues('A=1 "B=two words"'), undefined);
    assert.equal(keyValuesText({ 'com.example.team': 'web ops', v: '1' }), '"com.example.team=web ops" v=1');
  });
});

describe('tags and platform', () => {
  test('several tags, separated by spaces or commas, each a valid reference', () => {
    assert.deepEqual(parseTags(' app:1.0, app:latest  registry.example.com:5000/team/app:1.0 '), ['app:1.0', 'app:latest', 'registry.example.com:5000/team/app:1.0']);
    assert.equal(validateTags('app:1.0 app:latest'), undefined);
    assert.match(formatMessage(validateTags('app:1.0 App:latest')!), /not a valid image name/);
    assert.match(formatMessage(validateTags('  ')!), /Enter an image name/);
  });

  test('a platform is os/architecture[/variant], or nothing for the engine\'s own', () => {
    for (const platform of ['', 'linux/amd64', 'linux/arm64/v8', 'windows/amd64']) assert.equal(validatePlatform(platform), undefined, platform);
    for (const platform of ['linux', 'linux/', 'Linux/AMD64', 'linux/arm64/v8/x']) assert.ok(validatePlatform(platform), platform);
  });
});

describe('secrets', () => {
  test('each secret the Dockerfile mounts is offered, as last given or read from the variable named like it', () => {
    assert.deepEqual(initialSecrets(info, undefined), [
      { id: 'npmrc', env: 'npmrc' },
      { id: 'token', env: 'token' },
    ]);
    assert.deepEqual(initialSecrets(info, [{ id: 'npmrc', src: '/home/me/.npmrc' }, { id: 'gone', env: 'X' }]), [
      { id: 'npmrc', src: '/home/me/.npmrc' },
      { id: 'token', env: 'token' },
    ]);
  });

  test('typed as specs separated by spaces; a bad one is refused with the reason', () => {
    assert.deepEqual(parseSecrets('id=npmrc,src=.npmrc  id=token,env=GH_TOKEN'), [
      { id: 'npmrc', src: '.npmrc' },
      { id: 'token', env: 'GH_TOKEN' },
    ]);
    assert.match(formatMessage(parseSecrets('id=npmrc,src=.npmrc oops') as Localizable), /oops is not a secret/);
  });

  test('the mounts nothing fills, with their line and whether the RUN needs them', () => {
    assert.deepEqual(missingSecrets(info, new Set(['token'])), [{ id: 'npmrc', line: 5, required: true }]);
    assert.deepEqual(missingSecrets(info, new Set(['npmrc', 'token'])), []);
    assert.deepEqual(missingSecrets(undefined, new Set()), []);
  });
});
