import type { KnowledgeEntry } from '../types';

export const dockerfileEntries: readonly KnowledgeEntry[] = [];
