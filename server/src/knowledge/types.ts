/**
 * The shape of the bilingual knowledge base drawn from the five study notes.
 * Entries are data (./data/*), kept apart from the code that renders them.
 *
 * Entry ids, by kind:
 *   instruction       dockerfile.instruction.RUN
 *   instruction-flag  dockerfile.flag.RUN.--mount
 *   directive         dockerfile.directive.syntax
 *   compose-key       compose.key.services            (top level)
 *                     compose.key.services.*.restart  (service level; `*` stands for any name)
 *                     compose.key.networks.*.driver   (definitions)
 *   cli-command       cli.docker run, cli.docker compose up, cli.docker image ls
 *   cli-flag          cli.docker run.--publish        (short forms go in `aliases`)
 *   concept           concept.layer, concept.multi-stage, concept.expose-vs-publish …
 */

export type KnowledgeKind =
  | 'instruction'
  | 'instruction-flag'
  | 'directive'
  | 'compose-key'
  | 'cli-command'
  | 'cli-flag'
  | 'concept';

/** Code fence languages the examples use. */
export type ExampleLanguage = 'dockerfile' | 'yaml' | 'shell' | 'text';

/** One language's text: a one-line summary, then a short explanation (Markdown). */
export interface LocalizedText {
  readonly summary: string;
  readonly details: string;
}

/** Text in both languages, for short items (pitfalls, values). */
export interface Bilingual {
  readonly ko: string;
  readonly en: string;
}

/** Where in the notes an entry's facts come from. */
export interface NoteSource {
  /** The note's file name in shared/notes, e.g. `004_a7121522d3a0fc39.txt`. */
  readonly note: string;
  /** The heading of the section it draws on, as written in the note. */
  readonly section: string;
}

export interface KnowledgeEntry {
  readonly id: string;
  readonly kind: KnowledgeKind;
  /** What the user sees as the heading: `RUN`, `--mount`, `restart`, `docker run`, `-p, --publish`. */
  readonly title: string;
  /** The heading in each language, where it differs from `title` (concepts: `레이어` / `Image layers`). */
  readonly localizedTitle?: Bilingual;
  /** Other spellings that name the same thing: `-p` for `--publish`, `docker container ls` for `docker ps`. */
  readonly aliases?: readonly string[];
  readonly ko: LocalizedText;
  readonly en: LocalizedText;
  /** A small example, usually one of the notes' own. */
  readonly example?: string;
  /** The fence language of `example`; by default derived from the kind (and, for concepts, the example's shape). */
  readonly exampleLanguage?: ExampleLanguage;
  /** Mistakes the notes call out (or make), each with the right way. */
  readonly pitfalls?: readonly Bilingual[];
  /** Meanings of specific values: restart policies, network modes, mount types … */
  readonly values?: Readonly<Record<string, Bilingual>>;
  /** At least one: the note and section this entry draws on. */
  readonly sources: readonly NoteSource[];
  /** Docker's reference page for it. */
  readonly reference: string;
  /** Ids of concept entries that matter here. */
  readonly related?: readonly string[];
}
