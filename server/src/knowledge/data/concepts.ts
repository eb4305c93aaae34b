import type { KnowledgeEntry } from '../types';

export const conceptsEntries: readonly KnowledgeEntry[] = [];
