/** Lookup over the knowledge base. Built once, on first use. */
import { cliEntries } from './data/cli';
import { composeEntries } from './data/compose';
import { conceptsEntries } from './data/concepts';
import { dockerfileEntries } from './data/dockerfile';
import type { KnowledgeEntry } from './types';

let byId: Map<string, KnowledgeEntry> | undefined;

export function allEntries(): readonly KnowledgeEntry[] {
  return [...dockerfileEntries, ...conceptsEntries, ...cliEntries, ...composeEntries];
}

export function getEntry(id: string): KnowledgeEntry | undefined {
  byId ??= new Map(allEntries().map((entry) => [entry.id, entry]));
  return byId.get(id);
}
