/**
 * The services a Compose file declares, for the explorer's compose projects
 * (`dockside/composeServices`): name, profiles, image or build context, and
 * where the service is written. The file's YAML documents (`---`) are layers,
 * a later one overriding what it sets; values are read through aliases and
 * `<<` merges the way Compose reads them; variables are left as written.
 */
import { isMap, isSeq } from 'yaml';
import { ComposeDocument, getValue, namedEntries, nodeRange, resolveAlias, scalarText, sections } from '../../compose/model';
import type { ComposeFileOutline, ComposeServiceOutline } from '../../lspExt';

export function composeServicesOutline(compose: ComposeDocument): ComposeFileOutline {
  const services = new Map<string, ComposeServiceOutline>();
  for (const section of sections(compose, 'services')) {
    // An `x-` name under `services:` is a service (compose-go and v1 run it); only top-level `x-` keys are extensions.
    for (const service of namedEntries(section)) {
      if (service.name === '') continue;
      const body = resolveAlias(compose, service.value);
      const read = (key: string) => getValue(compose, body, key);
      const earlier = services.get(service.name);
      const profiles = read('profiles');
      services.set(service.name, {
        name: service.name,
        profiles: profiles === undefined && earlier ? earlier.profiles : stringList(compose, profiles),
        ...definedOr('image', scalarText(read('image')), earlier),
        ...definedOr('build', buildContext(compose, read('build')), earlier),
        ...definedOr('containerName', scalarText(read('container_name')), earlier),
        // Where it is first declared: the definition "Open" goes to.
        range: earlier?.range ?? nodeRange(compose, service.key),
      });
    }
  }
  const name = [...compose.layers]
    .reverse()
    .map((layer) => scalarText(getValue(compose, layer, 'name')))
    .find((value) => value !== undefined);
  return name === undefined ? { services: [...services.values()] } : { name, services: [...services.values()] };
}

/** `{ key: value }` when this layer sets it, else what an earlier layer set, else nothing. */
function definedOr<K extends 'image' | 'build' | 'containerName'>(key: K, value: string | undefined, earlier: ComposeServiceOutline | undefined): Partial<Record<K, string>> {
  const kept = value ?? earlier?.[key];
  return kept === undefined ? {} : ({ [key]: kept } as Partial<Record<K, string>>);
}

/** `build: ./app` or `build: { context: ./app }`; a `build:` map without a context builds `.`. */
function buildContext(compose: ComposeDocument, build: unknown): string | undefined {
  const resolved = resolveAlias(compose, build);
  if (isMap(resolved)) return scalarText(getValue(compose, resolved, 'context')) ?? '.';
  return scalarText(resolved);
}

function stringList(compose: ComposeDocument, node: unknown): string[] {
  const list = resolveAlias(compose, node);
  if (!isSeq(list)) return [];
  return list.items.map((item) => scalarText(resolveAlias(compose, item))).filter((text): text is string => text !== undefined && text !== '');
}
