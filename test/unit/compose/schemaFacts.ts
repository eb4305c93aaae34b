/**
 * What the Compose JSON Schema says at each key path, and what the catalogue
 * says there, in the same terms, so the conformance test can compare them:
 * `services.*.ports.[].protocol`, with `*` for user-chosen names and `[]`
 * for list items. The schema is read from the shared folder, never copied in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeySpec, ValueKind } from '../../../server/src/compose/catalogue';

export const schemaPath = join(__dirname, '../../../..', '..', 'shared', 'schemas', 'compose-go', 'compose-spec.json');

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  deprecated?: boolean;
  enum?: unknown[];
  required?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** How a mapping treats keys it does not define. */
export type OtherKeys = 'x-' | 'none' | 'any';

export interface PathFacts {
  /** JSON types a value may have here. */
  readonly types: Set<string>;
  enum?: string[];
  required?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  deprecated?: boolean;
  /** The pattern user-chosen names must match, when the schema enforces one. */
  namePattern?: string;
  /** For mappings with fixed keys. */
  otherKeys?: OtherKeys;
}

function facts(paths: Map<string, PathFacts>, path: string): PathFacts {
  let found = paths.get(path);
  if (!found) paths.set(path, (found = { types: new Set() }));
  return found;
}

const join2 = (path: string, segment: string) => (path ? `${path}.${segment}` : segment);

export function schemaFacts(): Map<string, PathFacts> {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaNode & { $defs: Record<string, SchemaNode> };
  const paths = new Map<string, PathFacts>();
  const walk = (node: SchemaNode, path: string, refsOnPath: ReadonlySet<string>): void => {
    if (node.$ref) {
      const name = node.$ref.split('/').pop()!;
      if (!refsOnPath.has(name)) walk(schema.$defs[name], path, new Set([...refsOnPath, name]));
    }
    const here = facts(paths, path);
    for (const type of typeof node.type === 'string' ? [node.type] : node.type ?? []) here.types.add(type);
    if (node.enum) here.enum = node.enum.map(String);
    if (node.required) here.required = [...node.required].sort();
    if (node.minimum !== undefined) here.minimum = node.minimum;
    if (node.maximum !== undefined) here.maximum = node.maximum;
    if (node.pattern) here.pattern = node.pattern;
    if (node.deprecated) here.deprecated = true;
    for (const sub of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) walk(sub, path, refsOnPath);
    const namePatterns = Object.keys(node.patternProperties ?? {}).filter((pattern) => pattern !== '^x-');
    const freeForm = node.type === 'object' && !node.properties && !node.patternProperties && node.additionalProperties === undefined;
    if (node.properties || freeForm) {
      here.otherKeys = node.additionalProperties !== false ? 'any' : node.patternProperties?.['^x-'] ? 'x-' : 'none';
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, join2(path, key), refsOnPath);
    for (const pattern of namePatterns) {
      if (node.additionalProperties === false) here.namePattern = pattern;
      walk(node.patternProperties![pattern], join2(path, '*'), refsOnPath);
    }
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, join2(path, '*'), refsOnPath);
    if (node.items && !Array.isArray(node.items)) walk(node.items, join2(path, '[]'), refsOnPath);
  };
  walk(schema, '', new Set());
  return paths;
}

const jsonTypesOf: Record<ValueKind, readonly string[]> = {
  string: ['string'],
  boolean: ['boolean'],
  integer: ['integer'],
  number: ['number'],
  duration: ['string'],
  bytes: ['string'],
  mapping: ['object'],
  list: ['array'],
  null: ['null'],
};

export interface CatalogueFacts extends PathFacts {
  readonly spec: KeySpec;
}

export function catalogueFacts(root: KeySpec): Map<string, CatalogueFacts> {
  const paths = new Map<string, CatalogueFacts>();
  const walk = (node: KeySpec, path: string): void => {
    paths.set(path, {
      spec: node,
      types: new Set(node.kinds.flatMap((kind) => jsonTypesOf[kind])),
      enum: node.values && !node.open ? [...node.values] : undefined,
      required: node.required ? [...node.required].sort() : undefined,
      minimum: node.minimum,
      maximum: node.maximum,
      pattern: node.pattern,
      deprecated: node.deprecated ? true : undefined,
      namePattern: node.named ? node.namePattern : undefined,
      otherKeys: node.children ? node.otherKeys ?? 'x-' : undefined,
    });
    for (const [key, child] of Object.entries(node.children ?? {})) walk(child, join2(path, key));
    if (node.named) walk(node.named, join2(path, '*'));
    if (node.item) walk(node.item, join2(path, '[]'));
  };
  walk(root, '');
  return paths;
}

/**
 * Whether the catalogue's kinds accept what the schema's types accept. The
 * schema allows a string almost everywhere because it validates after
 * interpolation; compose-go then converts the string, so an `integer` kind
 * (which takes numeric strings) answers a schema's `["integer", "string"]`.
 * Whole numbers where the schema says `number` are knowingly stricter:
 * compose-go converts those fields to integers.
 */
export function typesAgree(schema: ReadonlySet<string>, catalogue: ReadonlySet<string>): boolean {
  const withoutString = (types: ReadonlySet<string>) => [...types].filter((type) => type !== 'string').map((type) => (type === 'integer' ? 'number' : type)).sort().join();
  if (withoutString(schema) !== withoutString(catalogue)) return false;
  // A string where the schema takes none is a type compose-go rejects.
  return schema.has('string') || !catalogue.has('string');
}
