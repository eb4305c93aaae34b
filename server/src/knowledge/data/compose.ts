import type { KnowledgeEntry } from '../types';

export const composeEntries: readonly KnowledgeEntry[] = [];
