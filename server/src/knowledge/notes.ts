/** The five study notes in shared/notes that the knowledge base draws on, by a short name. */
import type { Bilingual, NoteSource } from './types';

export const noteFiles = {
  work: '000_e557d064da957e09.txt',
  course: '001_845f903225cb8ed7.txt',
  commands: '002_113d055873a0b918.txt',
  blog: '003_48a0e0d2e2b6956a.txt',
  inflearn: '004_a7121522d3a0fc39.txt',
} as const;

export type NoteName = keyof typeof noteFiles;

/** Where an entry's facts come from: a note and the section heading as written in it. */
export const source = (note: NoteName, section: string): NoteSource => ({ note: noteFiles[note], section });

/** A mistake the notes call out or make, with the right way, in both languages. */
export const pitfall = (ko: string, en: string): Bilingual => ({ ko, en });
