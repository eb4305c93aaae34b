/**
 * Conformance: the catalogue and the Compose Specification schema that
 * compose-go ships agree on every key at every place, and on what each key
 * takes: its types, the values it enumerates, the keys a mapping requires,
 * bounds, patterns, deprecations and which other keys a mapping allows.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeRoot, docsUrl, knowledgeId, specAt } from '../../../server/src/compose/catalogue';
import { catalogueFacts, CatalogueFacts, PathFacts, schemaFacts, typesAgree } from './schemaFacts';

/**
 * Where Dockside knowingly checks more than the schema (DESIGN.md says why):
 * the Engine refuses any other restart policy when `up` creates the container.
 */
const enumeratedBeyondTheSchema = ['services.*.restart'];

describe('compose catalogue conformance with compose-go’s compose-spec.json', () => {
  const fromSchema = new Map([...schemaFacts()].filter(([path]) => path !== ''));
  const fromCatalogue = new Map([...catalogueFacts(composeRoot)].filter(([path]) => path !== ''));
  const both = [...fromCatalogue].filter(([path]) => fromSchema.has(path)).map(([path, ours]) => [path, ours, fromSchema.get(path)!] as [string, CatalogueFacts, PathFacts]);
  const disagreeing = (facet: (ours: CatalogueFacts, theirs: PathFacts, path: string) => boolean) =>
    both.filter(([path, ours, theirs]) => !facet(ours, theirs, path)).map(([path]) => path);

  test('the schema is compose-go’s (sanity)', () => {
    assert.ok(fromSchema.size > 250, `only ${fromSchema.size} paths found in the schema`);
    assert.ok(fromSchema.has('services.*.healthcheck.test'));
    assert.ok(fromSchema.has('services.*.pre_start.[].image'), 'the schema has pre_start');
    assert.ok(fromSchema.has('services.*.build.no_cache_filter'), 'the schema has build.no_cache_filter');
  });

  test('every key the spec defines is in the catalogue', () => {
    assert.deepEqual([...fromSchema.keys()].filter((path) => !fromCatalogue.has(path)), []);
  });

  test('every key in the catalogue is in the spec', () => {
    assert.deepEqual([...fromCatalogue.keys()].filter((path) => !fromSchema.has(path)), []);
  });

  test('every key takes the types the spec allows', () => {
    assert.deepEqual(disagreeing((ours, theirs) => typesAgree(theirs.types, ours.types)), []);
  });

  test('values are enumerated exactly where the spec enumerates them', () => {
    const same = (a?: readonly string[], b?: readonly string[]) => [...(a ?? [])].sort().join() === [...(b ?? [])].sort().join();
    assert.deepEqual(disagreeing((ours, theirs, path) => same(ours.enum, theirs.enum) || (enumeratedBeyondTheSchema.includes(path) && !theirs.enum)), []);
  });

  test('mappings require the keys the spec requires', () => {
    assert.deepEqual(disagreeing((ours, theirs) => (ours.required ?? []).join() === (theirs.required ?? []).join()), []);
  });

  test('bounds and value patterns match the spec', () => {
    assert.deepEqual(disagreeing((ours, theirs) => ours.minimum === theirs.minimum && ours.maximum === theirs.maximum && ours.pattern === theirs.pattern), []);
  });

  test('user-chosen names follow the pattern the spec enforces', () => {
    assert.deepEqual(disagreeing((ours, theirs) => ours.namePattern === theirs.namePattern), []);
  });

  test('mappings allow the other keys the spec allows (x- extensions, nothing, or anything)', () => {
    assert.deepEqual(disagreeing((ours, theirs) => ours.otherKeys === theirs.otherKeys), []);
  });

  test('keys the spec deprecates are deprecated in the catalogue', () => {
    assert.deepEqual(disagreeing((ours, theirs) => !theirs.deprecated || !!ours.deprecated), []);
  });

  test('every key has a description in both languages', () => {
    assert.deepEqual([...fromCatalogue].filter(([, facts]) => !facts.spec.en.trim() || !facts.spec.ko.trim()).map(([path]) => path), []);
  });
});

describe('catalogue lookups', () => {
  test('specAt walks names, keys and list indexes', () => {
    assert.deepEqual(specAt(['services', 'web', 'restart'])?.values, ['no', 'always', 'on-failure', 'unless-stopped']);
    assert.equal(specAt(['services', 'web', 'ports', 0, 'protocol'])?.values?.includes('udp'), true);
    assert.equal(specAt(['services', 'web', 'depends_on', 'db', 'condition'])?.values?.[1], 'service_healthy');
    assert.equal(specAt(['services', 'web', 'enviroment']), undefined);
  });

  test('knowledgeId uses * for user-chosen names only', () => {
    assert.equal(knowledgeId(['services', 'web', 'restart']), 'compose.key.services.*.restart');
    assert.equal(knowledgeId(['services', 'web', 'build', 'context']), 'compose.key.services.*.build.context');
    assert.equal(knowledgeId(['networks', 'front', 'driver']), 'compose.key.networks.*.driver');
    assert.equal(knowledgeId(['services']), 'compose.key.services');
  });

  test('docsUrl points at the key on Docker’s reference', () => {
    assert.equal(docsUrl(['services', 'web', 'restart']), 'https://docs.docker.com/reference/compose-file/services/#restart');
    assert.equal(docsUrl(['services', 'web', 'build', 'context']), 'https://docs.docker.com/reference/compose-file/build/#context');
    assert.equal(docsUrl(['version']), 'https://docs.docker.com/reference/compose-file/version-and-name/');
    assert.equal(docsUrl(['networks', 'n', 'driver']), 'https://docs.docker.com/reference/compose-file/networks/#driver');
  });
});
