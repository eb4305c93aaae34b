import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandLine } from '../../../client/src/log';

describe('commandLine (CLI commands in the log)', () => {
  test('prints an argument vector as a shell would need it', () => {
    assert.equal(commandLine(['docker', 'compose', '-f', '/w/compose.yaml', 'up', '-d']), 'docker compose -f /w/compose.yaml up -d');
    assert.equal(commandLine(['docker', 'compose', '-f', '/my files/compose.yaml', 'logs', '']), "docker compose -f '/my files/compose.yaml' logs ''");
    assert.equal(commandLine(['echo', "it's"]), "echo 'it'\\''s'");
  });

  test('masks passwords and tokens given as flags, separate or inline', () => {
    assert.equal(commandLine(['docker', 'login', '-u', 'me', '-p', 's3cret', 'registry:5000']), 'docker login -u me -p *** registry:5000');
    assert.equal(commandLine(['docker', 'login', '--password', 's3cret']), 'docker login --password ***');
    assert.equal(commandLine(['docker', 'login', '--password=s3cret']), 'docker login --password=***');
    assert.equal(commandLine(['tool', '--token', 'abc']), 'tool --token ***');
  });

  test('keeps -p as a port outside login', () => {
    assert.equal(commandLine(['docker', 'run', '-p', '8080:80', 'nginx']), 'docker run -p 8080:80 nginx');
  });

  test('masks NAME=value pairs whose name looks secret, and keeps the others', () => {
    assert.equal(
      commandLine(['docker', 'build', '--build-arg', 'NPM_TOKEN=abc', '--build-arg', 'VERSION=1.2', '-e', 'DB_PASSWORD=x', '--env=API_KEY=y', '.']),
      'docker build --build-arg NPM_TOKEN=*** --build-arg VERSION=1.2 -e DB_PASSWORD=*** --env=API_KEY=*** .',
    );
  });

  test('masks the password of a URL', () => {
    assert.equal(commandLine(['docker', '-H', 'tcp://me:hunter2@host:2376', 'ps']), 'docker -H tcp://me:***@host:2376 ps');
  });
});
