/**
 * The services a Compose file declares, for the explorer's compose projects
 * (`dockside/composeServices`): name, profiles, image or build context, and
 * where the service is written. Values are read through `<<` merges the way
 * Compose reads them; variables are left as written.
 */
import { isMap, isSeq } from 'yaml';
import { ComposeDocument, getValue, namedEntries, nodeRange, scalarText, topLevel } from '../../compose/model';
import type { ComposeFileOutline, ComposeServiceOutline } from '../../lspExt';

export function composeServicesOutline(compose: ComposeDocument): ComposeFileOutline {
  const services: ComposeServiceOutline[] = [];
  for (const service of namedEntries(topLevel(compose, 'services'))) {
    if (service.name === '' || service.name.startsWith('x-')) continue;
    const body = service.value;
    const image = scalarText(getValue(compose, body, 'image'));
    const build = buildContext(compose, getValue(compose, body, 'build'));
    const containerName = scalarText(getValue(compose, body, 'container_name'));
    services.push({
      name: service.name,
      profiles: stringList(getValue(compose, body, 'profiles')),
      ...(image !== undefined && { image }),
      ...(build !== undefined && { build }),
      ...(containerName !== undefined && { containerName }),
      range: nodeRange(compose, service.key),
    });
  }
  const name = scalarText(getValue(compose, compose.yaml.contents, 'name'));
  return name === undefined ? { services } : { name, services };
}

/** `build: ./app` or `build: { context: ./app }`; a `build:` map without a context builds `.`. */
function buildContext(compose: ComposeDocument, build: unknown): string | undefined {
  if (isMap(build)) return scalarText(getValue(compose, build, 'context')) ?? '.';
  return scalarText(build);
}

function stringList(node: unknown): string[] {
  if (!isSeq(node)) return [];
  return node.items.map(scalarText).filter((text): text is string => text !== undefined && text !== '');
}
