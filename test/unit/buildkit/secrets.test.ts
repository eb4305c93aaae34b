/** Build secrets as `--secret` takes them. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatSecretSpec, parseSecretSpec, readSecret, secretAvailable } from '../../../client/src/buildkit/secrets';
import { formatMessage, type Localizable } from '../../../client/src/commands/localizable';

test('id with src (or source) reads a file, id with env a variable, a bare id the variable named like it', () => {
  assert.deepEqual(parseSecretSpec('id=npmrc,src=/home/me/.npmrc'), { id: 'npmrc', src: '/home/me/.npmrc' });
  assert.deepEqual(parseSecretSpec('id=npmrc,source=.npmrc'), { id: 'npmrc', src: '.npmrc' });
  assert.deepEqual(parseSecretSpec('id=token,env=GITHUB_TOKEN'), { id: 'token', env: 'GITHUB_TOKEN' });
  assert.deepEqual(parseSecretSpec('type=env,id=TOKEN'), { id: 'TOKEN', env: 'TOKEN' });
  assert.deepEqual(parseSecretSpec('id=TOKEN'), { id: 'TOKEN', env: 'TOKEN' });
  for (const spec of [{ id: 'a', src: 'f' }, { id: 'b', env: 'B' }]) assert.deepEqual(parseSecretSpec(formatSecretSpec(spec)), spec);
});

test('malformed specs are refused with the reason', () => {
  const problem = (text: string) => formatMessage(parseSecretSpec(text) as Localizable);
  assert.match(problem('npmrc'), /is not a secret/);
  assert.match(problem('src=.npmrc'), /has no id/);
  assert.match(problem('id=a,src=f,env=V'), /both a file and an environment variable/);
  assert.match(problem('type=file,id=a'), /names no file/);
});

test('reading: a file relative to the context, a variable; a missing one is absent, not an error', async () => {
  const context = mkdtempSync(join(tmpdir(), 'dockside-secret-'));
  try {
    writeFileSync(join(context, 'token.txt'), 's3cret');
    assert.equal(Buffer.from((await readSecret({ id: 't', src: 'token.txt' }, context, {}))!).toString(), 's3cret');
    assert.equal(Buffer.from((await readSecret({ id: 't', env: 'T' }, context, { T: 'from-env' }))!).toString(), 'from-env');
    assert.equal(await readSecret({ id: 't', src: 'missing.txt' }, context, {}), undefined);
    assert.equal(await readSecret({ id: 't', env: 'UNSET' }, context, {}), undefined);
    assert.equal(await secretAvailable({ id: 't', src: join(context, 'token.txt') }, '/', {}), true);
    assert.equal(await secretAvailable({ id: 't', src: 'missing.txt' }, context, {}), false);
    assert.equal(await secretAvailable({ id: 'T' }, context, { T: '' }), true, 'an empty variable is still given');
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
});
