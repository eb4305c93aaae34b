import type { KnowledgeEntry } from '../types';

export const cliEntries: readonly KnowledgeEntry[] = [];
