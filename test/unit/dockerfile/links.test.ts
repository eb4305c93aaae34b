/** Document links: FROM images to Docker Hub, COPY/ADD sources to workspace files. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dockerHubUrl, documentLinks } from '../../../server/src/service/dockerfile/links';
import { context, eols, parse, textAt } from './features.support';

describe('Docker Hub pages of image references', () => {
  test('official images, namespaced images, and what has no Hub page', () => {
    assert.equal(dockerHubUrl('node:22-alpine'), 'https://hub.docker.com/_/node');
    assert.equal(dockerHubUrl('library/redis@sha256:abc'), 'https://hub.docker.com/_/redis');
    assert.equal(dockerHubUrl('docker.io/bitnami/redis:7'), 'https://hub.docker.com/r/bitnami/redis');
    assert.equal(dockerHubUrl('grafana/grafana'), 'https://hub.docker.com/r/grafana/grafana');
    assert.equal(dockerHubUrl('gcr.io/distroless/static'), undefined);
    assert.equal(dockerHubUrl('localhost:5000/app'), undefined);
    assert.equal(dockerHubUrl('node:$VERSION'), undefined);
    assert.equal(dockerHubUrl('scratch'), undefined);
  });
});

for (const [eolName, eol] of eols) {
  describe(`Dockerfile document links (${eolName})`, () => {
    test('the syntax directive and a COPY --from image (not a stage, not an index) link to Hub', () => {
      const parsed = parse('# syntax=docker/dockerfile:1\nFROM a:1 AS build\nCOPY --from=nginx:1.27 /etc/nginx /n\nCOPY --from=build /a /b\nCOPY --from=0 /a /c', eol);
      const links = documentLinks(parsed.ast, context()).map((link) => [textAt(parsed.text, link.range), link.target]);
      assert.deepEqual(links, [
        ['docker/dockerfile:1', 'https://hub.docker.com/r/docker/dockerfile'],
        ['a:1', 'https://hub.docker.com/_/a'],
        ['nginx:1.27', 'https://hub.docker.com/_/nginx'],
      ]);
    });

    test('FROM image to Hub, stage names not linked, COPY sources that exist', () => {
      const parsed = parse('FROM maven:3.9 AS build\nFROM build\nCOPY pom.xml ./src missing.txt *.jar /app/\nADD https://example.com/x.tgz /x\nCOPY --from=build /a /b', eol);
      const ctx = context({ files: ['file:///project/pom.xml', 'file:///project/src'] });
      const links = documentLinks(parsed.ast, ctx).map((link) => [textAt(parsed.text, link.range), link.target]);
      assert.deepEqual(links, [
        ['maven:3.9', 'https://hub.docker.com/_/maven'],
        ['pom.xml', 'file:///project/pom.xml'],
        ['./src', 'file:///project/src'],
      ]);
    });
  });
}
