/** Lookup over the knowledge base. Loaded and indexed once, on first use. */
import type * as Entries from './entries';
import type { KnowledgeEntry, KnowledgeKind } from './types';

let entries: readonly KnowledgeEntry[] | undefined;
let byId: Map<string, KnowledgeEntry> | undefined;
let byName: Map<string, KnowledgeEntry[]> | undefined;

/**
 * The entries are required here rather than imported at the top: the server
 * bundle keeps them in a file of their own (see scripts/build.mjs), and a
 * `require` inside a function leaves it unread until a request needs it, which
 * keeps it out of the server's start-up time and memory.
 */
export function allEntries(): readonly KnowledgeEntry[] {
  entries ??= (require('./entries') as typeof Entries).knowledgeEntries;
  return entries;
}

export function getEntry(id: string): KnowledgeEntry | undefined {
  byId ??= new Map(allEntries().map((entry) => [entry.id, entry]));
  return byId.get(id);
}

/**
 * Entries whose title or one of whose aliases is `name` (case-insensitive),
 * optionally only of one kind: `findByName('-p', 'cli-flag')`,
 * `findByName('layer', 'concept')`.
 */
export function findByName(name: string, kind?: KnowledgeKind): readonly KnowledgeEntry[] {
  byName ??= indexByName();
  const found = byName.get(name.toLowerCase()) ?? [];
  return kind === undefined ? found : found.filter((entry) => entry.kind === kind);
}

/** The entry of a Dockerfile instruction (`run` and `RUN` both work). */
export function instructionEntry(instruction: string): KnowledgeEntry | undefined {
  return getEntry(`dockerfile.instruction.${instruction.toUpperCase()}`);
}

/** The entry of an instruction's flag, e.g. (`COPY`, `--from`) or (`run`, `mount`). */
export function instructionFlagEntry(instruction: string, flag: string): KnowledgeEntry | undefined {
  const name = flag.startsWith('--') ? flag : `--${flag}`;
  return getEntry(`dockerfile.flag.${instruction.toUpperCase()}.${name.toLowerCase()}`);
}

/** The entry of a parser directive (`syntax`, `escape`, `check`). */
export function directiveEntry(directive: string): KnowledgeEntry | undefined {
  return getEntry(`dockerfile.directive.${directive.toLowerCase()}`);
}

function indexByName(): Map<string, KnowledgeEntry[]> {
  const index = new Map<string, KnowledgeEntry[]>();
  for (const entry of allEntries()) {
    const names = new Set([entry.title, ...(entry.aliases ?? [])].map((name) => name.toLowerCase()));
    for (const name of names) index.set(name, [...(index.get(name) ?? []), entry]);
  }
  return index;
}
