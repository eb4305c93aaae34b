/**
 * Every knowledge-base entry, in one module so the server bundle can leave it
 * out: it is about 40% of the server's code and no request needs it before the
 * first hover or completion. scripts/build.mjs builds it into
 * `dist/knowledge.js`, which index.ts requires on first use.
 */
import { cliEntries } from './data/cli';
import { composeEntries } from './data/compose';
import { conceptsEntries } from './data/concepts';
import { dockerfileEntries } from './data/dockerfile';
import type { KnowledgeEntry } from './types';

export const knowledgeEntries: readonly KnowledgeEntry[] = [...dockerfileEntries, ...conceptsEntries, ...cliEntries, ...composeEntries];
