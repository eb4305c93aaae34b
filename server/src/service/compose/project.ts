/**
 * The file as compose-go sees it once its documents are merged: each
 * service once, with the bodies every layer (`---`) gives it, read through
 * aliases and `<<:` merges; and what project checks share (the context for
 * files beside this one, whether the file only adds to another).
 */
import { isMap, Node, Scalar, YAMLMap } from 'yaml';
import type { ComposeDocument } from '../../compose/model';
import { getValue, namedEntries, resolveAlias, sections } from '../../compose/model';
import type { ServiceContext } from '../mode';
import type { Collector } from './report';

export interface ServiceEntry {
  readonly name: string;
  /** Where the service is first declared. */
  readonly key: Scalar;
  /** Its body in each layer that has one that is a mapping, in order. */
  readonly bodies: readonly YAMLMap[];
}

export class Project {
  readonly services: readonly ServiceEntry[];
  private readonly byName: ReadonlyMap<string, ServiceEntry>;

  constructor(
    readonly collector: Collector,
    readonly ctx: ServiceContext,
  ) {
    const byName = new Map<string, { name: string; key: Scalar; bodies: YAMLMap[] }>();
    for (const section of sections(this.compose, 'services')) {
      for (const entry of namedEntries(section)) {
        let service = byName.get(entry.name);
        if (!service) byName.set(entry.name, (service = { name: entry.name, key: entry.key, bodies: [] }));
        const body = resolveAlias(this.compose, entry.value);
        if (isMap(body)) service.bodies.push(body);
      }
    }
    this.services = [...byName.values()];
    this.byName = byName;
  }

  get compose(): ComposeDocument {
    return this.collector.compose;
  }

  /** A service's value for a key: the last layer that sets it wins, as when compose-go merges them. */
  value(service: ServiceEntry, key: string): Node | null | undefined {
    for (let i = service.bodies.length - 1; i >= 0; i--) {
      const found = getValue(this.compose, service.bodies[i], key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  service(name: string): ServiceEntry | undefined {
    return this.byName.get(name);
  }
}
