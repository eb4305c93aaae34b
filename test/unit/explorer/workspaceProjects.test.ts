/** The workspace's compose projects before anything runs: files, names, and services merged across files. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  composeProjectDefinition,
  composeProjectFiles,
  composeProjectName,
  envFileNames,
  interpolate,
  normalizeProjectName,
  parseDotEnv,
} from '../../../client/src/compose/workspaceProjects';
import type { ComposeServiceOutline } from '../../../server/src/lspExt';

const at = (line: number): ComposeServiceOutline['range'] => ({ start: { line, character: 2 }, end: { line, character: 6 } });

describe('compose project files', () => {
  test('one project per folder with a default name, the first in compose order, with the overrides beside it', () => {
    assert.deepEqual(
      composeProjectFiles([
        '/w/shop/compose.prod.yaml',
        '/w/shop/compose.yaml',
        '/w/shop/docker-compose.yml',
        '/w/shop/compose.override.yaml',
        '/w/legacy/docker-compose.override.yml',
        '/w/legacy/docker-compose.yml',
        '/w/legacy/compose.dev.yaml',
        '/w/only-overrides/compose.override.yaml',
      ]),
      [
        { folder: '/w/legacy', files: ['/w/legacy/docker-compose.yml', '/w/legacy/docker-compose.override.yml'] },
        { folder: '/w/shop', files: ['/w/shop/compose.yaml', '/w/shop/compose.override.yaml', '/w/shop/compose.prod.yaml'] },
      ],
    );
  });

  test('Windows paths', () => {
    assert.deepEqual(composeProjectFiles(['C:\\w\\app\\compose.yml', 'C:\\w\\app\\compose.override.yml']), [
      { folder: 'C:\\w\\app', files: ['C:\\w\\app\\compose.yml', 'C:\\w\\app\\compose.override.yml'] },
    ]);
  });
});

describe('compose project names', () => {
  test('normalized as compose-go does', () => {
    assert.equal(normalizeProjectName('My App.v2'), 'myappv2');
    assert.equal(normalizeProjectName('__-web_1'), 'web_1');
    assert.equal(normalizeProjectName('한글'), '');
  });

  test('COMPOSE_PROJECT_NAME (environment, then .env), else the last name: key, else the folder', () => {
    const folder = '/home/me/My Shop';
    assert.equal(composeProjectName({ folder, nameKeys: [undefined, undefined], env: {} }), 'myshop');
    assert.equal(composeProjectName({ folder, nameKeys: ['base', 'Override'], env: {} }), 'override');
    assert.equal(composeProjectName({ folder, nameKeys: ['base'], env: {}, dotEnv: 'COMPOSE_PROJECT_NAME=FromDotEnv\n' }), 'fromdotenv');
    assert.equal(composeProjectName({ folder, nameKeys: ['base'], env: { COMPOSE_PROJECT_NAME: 'fromenv' }, dotEnv: 'COMPOSE_PROJECT_NAME=x' }), 'fromenv');
  });

  test('variables in name: are substituted; a name that normalizes to nothing falls back to the folder', () => {
    assert.equal(composeProjectName({ folder: '/w/app', nameKeys: ['${STAGE:-dev}-shop'], env: {} }), 'dev-shop');
    assert.equal(composeProjectName({ folder: '/w/app', nameKeys: ['${STAGE:-dev}-shop'], env: {}, dotEnv: 'STAGE=prod' }), 'prod-shop');
    assert.equal(composeProjectName({ folder: '/w/app', nameKeys: ['???'], env: {} }), 'app');
    assert.equal(composeProjectName({ folder: '/', nameKeys: [], env: {} }), undefined);
  });

  test('interpolation forms and .env lines', () => {
    const lookup = (name: string) => ({ SET: 'v', EMPTY: '' })[name];
    assert.equal(interpolate('$SET ${SET} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d} ${UNSET} $$SET', lookup), 'v v d  d  $SET');
    assert.deepEqual(
      [...parseDotEnv('# comment\nexport A=1\nB = "two words" \nC=\'x#y\'\nD=3 # note\r\nnot a line\n')],
      [
        ['A', '1'],
        ['B', 'two words'],
        ['C', 'x#y'],
        ['D', '3'],
      ],
    );
  });
});

describe('compose project definition', () => {
  test('services merged across files in file order: later files override one key at a time', () => {
    const project = composeProjectDefinition(
      { folder: '/w/shop', files: ['/w/shop/compose.yaml', '/w/shop/compose.override.yaml', '/w/shop/compose.gone.yaml'] },
      [
        {
          name: 'shop',
          services: [
            { name: 'web', profiles: [], build: './web', range: at(2) },
            { name: 'db', profiles: [], image: 'postgres:16', range: at(4) },
          ],
        },
        { services: [{ name: 'web', profiles: [], image: 'shop/web:dev', range: at(2) }, { name: 'debug', profiles: ['debug', 'tools'], image: 'busybox', range: at(4) }] },
        null,
      ],
      { env: {} },
    );
    assert.ok(project);
    assert.equal(project.name, 'shop');
    assert.deepEqual(
      project.services.map((service) => [service.name, service.image, service.build, service.file, service.range.start.line]),
      [
        ['web', 'shop/web:dev', './web', '/w/shop/compose.yaml', 2],
        ['db', 'postgres:16', undefined, '/w/shop/compose.yaml', 4],
        ['debug', 'busybox', undefined, '/w/shop/compose.override.yaml', 4],
      ],
    );
    assert.deepEqual(project.profiles, ['debug', 'tools']);
    assert.deepEqual(project.unreadable, ['/w/shop/compose.gone.yaml']);
  });

  test('.env files beside the compose file', () => {
    assert.deepEqual(envFileNames(['compose.yaml', '.env.prod', '.env', '.envrc', 'app.env', '.env.local']), ['.env', '.env.local', '.env.prod']);
  });
});
