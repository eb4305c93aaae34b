import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeArgs, resolveComposeFiles } from '../../../client/src/commands/composeArgs';

describe('composeArgs', () => {
  const file = { files: ['/work/app/compose.yaml'] };
  test('each action on a file', () => {
    assert.deepEqual(composeArgs(file, 'up'), ['compose', '--file', '/work/app/compose.yaml', 'up', '--detach']);
    assert.deepEqual(composeArgs(file, 'down'), ['compose', '--file', '/work/app/compose.yaml', 'down']);
    assert.deepEqual(composeArgs(file, 'restart'), ['compose', '--file', '/work/app/compose.yaml', 'restart']);
    assert.deepEqual(composeArgs(file, 'logs'), ['compose', '--file', '/work/app/compose.yaml', 'logs', '--follow', '--timestamps', '--tail', '200']);
  });
  test('a project by name with several files, and one service', () => {
    assert.deepEqual(composeArgs({ projectName: 'shop', files: ['/a/compose.yaml', '/a/compose.override.yaml'] }, 'up', ['web']), [
      'compose', '--project-name', 'shop', '--file', '/a/compose.yaml', '--file', '/a/compose.override.yaml', 'up', '--detach', '--', 'web',
    ]);
  });
  test('hostile names stay single arguments; a service cannot become a flag', () => {
    const args = composeArgs({ projectName: 'x; rm -rf ~', files: ['/tmp/$(id)/compose.yaml'] }, 'logs', ['--volumes']);
    assert.ok(args.includes('x; rm -rf ~'));
    assert.ok(args.includes('/tmp/$(id)/compose.yaml'));
    assert.deepEqual(args.slice(-2), ['--', '--volumes']);
  });
});

describe('resolveComposeFiles', () => {
  test('the files compose recorded, relative ones against its working directory', () => {
    assert.deepEqual(resolveComposeFiles(['/home/me/shop/compose.yaml', ' override.yaml', ''], '/home/me/shop/'), [
      '/home/me/shop/compose.yaml',
      '/home/me/shop/override.yaml',
    ]);
  });
  test('without a working directory relative files are kept as they are', () => {
    assert.deepEqual(resolveComposeFiles(['compose.yaml'], undefined), ['compose.yaml']);
  });
  test('Windows absolute paths are absolute', () => {
    assert.deepEqual(resolveComposeFiles(['C:\\shop\\compose.yaml'], 'C:\\shop'), ['C:\\shop\\compose.yaml']);
  });
});
