/**
 * DocumentCache owns what one version of a document leaves the next: the mode gets the previous
 * parse and the document's diagnostics memory handed to it, and closing the document drops both.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { YAMLMap } from 'yaml';
import type { ComposeDocument } from '../../../server/src/compose/model';
import type { DockerfileAst } from '../../../server/src/dockerfile/ast';
import { DocumentCache } from '../../../server/src/documentCache';
import { composeMode } from '../../../server/src/service/compose/mode';
import { dockerfileMode } from '../../../server/src/service/dockerfile/mode';
import { defaultSettings } from '../../../server/src/service/settings';
import { contextWith } from '../dockerfile/diagnostics.support';

const uri = 'file:///project/Dockerfile';
const text = (last: string) => ['FROM alpine:3.20', 'MAINTAINER me', 'RUN echo 1', 'RUN echo 2', 'RUN echo 3', last, ''].join('\n');
const open = (cache: DocumentCache, version: number, last: string) => cache.get(TextDocument.create(uri, 'dockerfile', version, text(last)))!;
const maintainer = (entry: ReturnType<typeof open>, ctx = contextWith()) =>
  dockerfileMode.diagnostics!(entry.parsed as DockerfileAst, ctx, entry.memory).find((d) => d.code === 'MaintainerDeprecated');

test('the next version is parsed from the previous one, and reuses what its diagnostics run found', () => {
  const cache = new DocumentCache([dockerfileMode]);
  const first = open(cache, 1, 'RUN echo 2');
  const before = maintainer(first);
  const second = open(cache, 2, 'RUN echo two');
  assert.equal((second.parsed as DockerfileAst).instructions[1], (first.parsed as DockerfileAst).instructions[1], 'the MAINTAINER line is taken over');
  assert.equal(second.memory, first.memory, 'the same document keeps its memory');
  assert.equal(maintainer(second), before, 'the same diagnostic, not recomputed');
});

test('different settings are never answered from the last run', () => {
  const cache = new DocumentCache([dockerfileMode]);
  const before = maintainer(open(cache, 1, 'RUN echo 2'));
  const changed = { ...contextWith(), settings: { ...defaultSettings, dockerfile: { rules: {} } } };
  const after = maintainer(open(cache, 2, 'RUN echo two'), changed);
  assert.notEqual(after, before);
  assert.deepEqual(after, before, 'recomputed, to the same result');
});

test('a closed document starts afresh: no parse and no memory survive it', () => {
  const cache = new DocumentCache([dockerfileMode]);
  const first = open(cache, 1, 'RUN echo 2');
  maintainer(first);
  cache.forget(uri);
  const reopened = open(cache, 1, 'RUN echo 2');
  assert.notEqual(reopened.parsed, first.parsed);
  assert.equal(reopened.memory.lastRun, undefined);
});

test('a Compose file\'s next version reuses the unchanged services of the previous parse; a closed one reuses nothing', () => {
  const composeUri = 'file:///project/compose.yaml';
  // Large enough to be parsed in chunks, one per service.
  const composeText = (image: string) => ['services:', ...Array.from({ length: 400 }, (_, i) => `  svc${i}:\n    image: "${i === 3 ? image : `app:${i}`}"\n    ports: ["${20000 + i}:80"]`), ''].join('\n');
  const cache = new DocumentCache([composeMode]);
  const openCompose = (version: number, image: string) => cache.get(TextDocument.create(composeUri, 'dockercompose', version, composeText(image)))!.parsed as ComposeDocument;
  const serviceNamed = (compose: ComposeDocument, name: string) => (compose.yaml.get('services') as YAMLMap).items.find((pair) => String((pair.key as { value: unknown }).value) === name);
  // Taken before the next parse, which may take the previous one's nodes over (ranges shifted in place).
  const first = openCompose(1, 'app:3');
  const [unchanged, edited] = [serviceNamed(first, 'svc10'), serviceNamed(first, 'svc3')];
  const second = openCompose(2, 'app:33');
  assert.equal(serviceNamed(second, 'svc10'), unchanged, 'an unchanged service is taken over');
  assert.notEqual(serviceNamed(second, 'svc3'), edited);
  const kept = serviceNamed(second, 'svc10');
  cache.forget(composeUri);
  assert.notEqual(serviceNamed(openCompose(3, 'app:33'), 'svc10'), kept);
});
