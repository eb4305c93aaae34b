/** The services outline behind the explorer's compose projects (`dockside/composeServices`). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeServicesOutline } from '../../../server/src/service/compose/services';
import { composeDocument, lineEndings } from './support';

for (const { name: eol, eol: lineEnd } of lineEndings) {
  describe(`compose services outline (${eol})`, () => {
    test('each service with its profiles, image or build context, container name, and where it is written', () => {
      const outline = composeServicesOutline(
        composeDocument(
          [
            'name: Shop',
            'services:',
            '  web:',
            '    build: ./web',
            '    container_name: shop-web',
            '  db:',
            '    image: postgres:16',
            '  debug:',
            '    image: busybox',
            '    profiles: [debug, tools]',
            '  worker:',
            '    build:',
            '      dockerfile: Worker.Dockerfile',
            '  api:',
            '    build:',
            '      context: ./api',
            '    image: shop/api:dev',
          ],
          lineEnd,
        ),
      );
      assert.equal(outline.name, 'Shop');
      assert.deepEqual(
        outline.services.map(({ range, ...rest }) => ({ ...rest, line: range.start.line, character: range.start.character })),
        [
          { name: 'web', profiles: [], build: './web', containerName: 'shop-web', line: 2, character: 2 },
          { name: 'db', profiles: [], image: 'postgres:16', line: 5, character: 2 },
          { name: 'debug', profiles: ['debug', 'tools'], image: 'busybox', line: 7, character: 2 },
          { name: 'worker', profiles: [], build: '.', line: 10, character: 2 },
          { name: 'api', profiles: [], image: 'shop/api:dev', build: './api', line: 13, character: 2 },
        ],
      );
    });

    test('values inherited through a merge key count; a top-level extension is not a service, an x- name under services is', () => {
      const outline = composeServicesOutline(
        composeDocument(
          ['x-base: &base', '  image: busybox', '  profiles: [ops]', 'services:', '  x-template:', '    image: nope', '  tool:', '    <<: *base', '    command: ["true"]'],
          lineEnd,
        ),
      );
      assert.equal(outline.name, undefined);
      assert.deepEqual(
        outline.services.map((service) => [service.name, service.image, service.profiles]),
        [
          ['x-template', 'nope', []],
          ['tool', 'busybox', ['ops']],
        ],
      );
    });

    test('YAML documents are layers: a later one adds services and overrides what it sets; a body may be an alias', () => {
      const outline = composeServicesOutline(
        composeDocument(
          [
            'name: first',
            'x-base: &base',
            '  image: busybox',
            'services:',
            '  web:',
            '    image: nginx',
            '    container_name: web',
            '  tool: *base',
            '---',
            'name: second',
            'services:',
            '  web:',
            '    profiles: [debug]',
            '    build: ./web',
            '  db:',
            '    image: postgres',
          ],
          lineEnd,
        ),
      );
      assert.equal(outline.name, 'second');
      assert.deepEqual(
        outline.services.map(({ range, ...rest }) => ({ ...rest, line: range.start.line })),
        [
          { name: 'web', profiles: ['debug'], image: 'nginx', build: './web', containerName: 'web', line: 4 },
          { name: 'tool', profiles: [], image: 'busybox', line: 7 },
          { name: 'db', profiles: [], image: 'postgres', line: 14 },
        ],
      );
    });

    test('broken YAML keeps the services that could be read; a file without services has none', () => {
      const broken = composeServicesOutline(composeDocument(['services:', '  web:', '    image: nginx', '  db:', '    image: [unclosed', '  cache:', '    image: redis'], lineEnd));
      assert.ok(broken.services.some((service) => service.name === 'web' && service.image === 'nginx'));
      assert.deepEqual(composeServicesOutline(composeDocument(['volumes:', '  data:'], lineEnd)).services, []);
      assert.deepEqual(composeServicesOutline(composeDocument(['- just a list'], lineEnd)).services, []);
    });
  });
}
