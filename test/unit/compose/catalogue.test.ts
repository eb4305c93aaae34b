/**
 * Conformance: the catalogue and the published Compose Specification name
 * the same keys at the same places. The schema is read from the shared
 * folder beside the repository, never copied in.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { composeRoot, docsUrl, KeySpec, knowledgeId, specAt } from '../../../server/src/compose/catalogue';

const repoRoot = join(__dirname, '../../../..');
const schemaPath = join(repoRoot, '..', 'shared', 'schemas', 'compose-spec.json');

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  deprecated?: boolean;
  enum?: unknown[];
}

/**
 * Every key path the schema defines: property names, `*` for user-chosen
 * names (pattern/additional properties other than `x-` extensions), `[]` for
 * list items. Only paths that end in a named property are collected.
 */
function schemaPaths(schema: SchemaNode & { definitions: Record<string, SchemaNode> }): Map<string, SchemaNode> {
  const paths = new Map<string, SchemaNode>();
  const walk = (node: SchemaNode, path: string[], refsOnPath: Set<string>): void => {
    if (node.$ref) {
      const name = node.$ref.split('/').pop()!;
      if (refsOnPath.has(name)) return;
      walk(schema.definitions[name], path, new Set([...refsOnPath, name]));
      return;
    }
    for (const sub of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) walk(sub, path, refsOnPath);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const childPath = [...path, key];
      paths.set(childPath.join('.'), child);
      walk(child, childPath, refsOnPath);
    }
    for (const [pattern, child] of Object.entries(node.patternProperties ?? {})) {
      if (pattern !== '^x-') walk(child, [...path, '*'], refsOnPath);
    }
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, [...path, '*'], refsOnPath);
    if (node.items && !Array.isArray(node.items)) walk(node.items, [...path, '[]'], refsOnPath);
  };
  walk(schema, [], new Set());
  return paths;
}

function cataloguePaths(root: KeySpec): Map<string, KeySpec> {
  const paths = new Map<string, KeySpec>();
  const walk = (node: KeySpec, path: string[]): void => {
    for (const [key, child] of Object.entries(node.children ?? {})) {
      paths.set([...path, key].join('.'), child);
      walk(child, [...path, key]);
    }
    if (node.named) walk(node.named, [...path, '*']);
    if (node.item) walk(node.item, [...path, '[]']);
  };
  walk(root, []);
  return paths;
}

describe('compose catalogue conformance with compose-spec.json', () => {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaNode & { definitions: Record<string, SchemaNode> };
  const fromSchema = schemaPaths(schema);
  const fromCatalogue = cataloguePaths(composeRoot);

  test('the schema is the real specification (sanity)', () => {
    assert.ok(fromSchema.size > 250, `only ${fromSchema.size} paths found in the schema`);
    assert.ok(fromSchema.has('services.*.healthcheck.test'));
  });

  test('every key the spec defines is in the catalogue', () => {
    const missing = [...fromSchema.keys()].filter((path) => !fromCatalogue.has(path));
    assert.deepEqual(missing, []);
  });

  test('every key in the catalogue is in the spec', () => {
    const extra = [...fromCatalogue.keys()].filter((path) => !fromSchema.has(path));
    assert.deepEqual(extra, []);
  });

  test('enumerations match the spec where the spec enumerates', () => {
    const mismatched: string[] = [];
    for (const [path, node] of fromSchema) {
      if (!node.enum) continue;
      const ours = fromCatalogue.get(path)?.values;
      if (!ours || [...node.enum].sort().join() !== [...ours].sort().join()) mismatched.push(path);
    }
    assert.deepEqual(mismatched, []);
  });

  test('keys the spec deprecates are deprecated in the catalogue', () => {
    const notDeprecated = [...fromSchema].filter(([, node]) => node.deprecated).map(([path]) => path).filter((path) => !fromCatalogue.get(path)?.deprecated);
    assert.deepEqual(notDeprecated, []);
  });

  test('every key has a description in both languages', () => {
    const undocumented = [...fromCatalogue].filter(([, node]) => !node.en.trim() || !node.ko.trim()).map(([path]) => path);
    assert.deepEqual(undocumented, []);
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
