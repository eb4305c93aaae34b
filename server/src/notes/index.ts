/**
 * The user's own Markdown notes (setting `dockside.notes.folders`), indexed by heading and code
 * block so every hover can add "From your notes". The index lives in the ServiceContext: hovers
 * only read it; the folders are walked (asynchronously) when they are configured and again when a
 * file watcher reports a change under them, re-reading only the files whose mtime or size moved.
 */
import { type FSWatcher, watch } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { indexMarkdown, IndexedNote } from './markdown';

export interface NoteExcerpt {
  /** The matching text: a heading with the start of its section, or lines of a code block. */
  readonly excerpt: string;
  /** `file:///…` of the note. */
  readonly uri: string;
  /** 1-based line the excerpt starts on (links use `#L<line>`). */
  readonly line: number;
  /** `code` excerpts are shown fenced, in `language`. */
  readonly kind: 'heading' | 'code' | 'text';
  readonly language?: string;
}

/** What a feature may ask of the notes: the best excerpts about a term, from what is indexed now. */
export interface NotesLookup {
  excerpts(term: string, limit?: number): NoteExcerpt[];
}

/** No notes at all (no folders configured). */
export const noNotes: NotesLookup = { excerpts: () => [] };

const maxFiles = 2_000;
const maxFileBytes = 1_000_000;
const skippedDirectories = new Set(['node_modules', '.git', '.obsidian', '.trash']);
/** A burst of file events (an editor saving through a temporary file) costs one walk. */
const settleMs = 50;

interface CachedNote {
  readonly mtimeMs: number;
  readonly size: number;
  readonly note: IndexedNote;
}

export class NotesIndex implements NotesLookup {
  private folders: readonly string[] = [];
  private readonly notes = new Map<string, CachedNote>();
  private watchers: FSWatcher[] = [];
  /** The walks run one after another; this is the last one asked for. */
  private walking: Promise<void> = Promise.resolve();
  private pendingWalk: NodeJS.Timeout | undefined = undefined;
  /** Bumped by `configure`, so a walk of the folders before knows its results are no longer wanted. */
  private generation = 0;
  private readonly waitingForUpdate: (() => void)[] = [];

  /** Points the index at these folders (absolute, or starting with `~`); resolves once they are indexed. */
  configure(folders: readonly string[]): Promise<void> {
    const expanded = folders.map((folder) => resolve(folder.replace(/^~(?=$|[\\/])/, homedir())));
    if (expanded.join('\n') === this.folders.join('\n')) return this.settled();
    this.stopWatching();
    this.generation++;
    this.folders = expanded;
    this.notes.clear();
    for (const folder of expanded) this.watchFolder(folder);
    return this.walk();
  }

  /**
   * Excerpts of the notes about `term` (`docker run`, `--publish`, `RUN`, `restart`), best first:
   * a heading that names it, then code that uses it, then prose that mentions it.
   */
  excerpts(term: string, limit = 3): NoteExcerpt[] {
    if (this.notes.size === 0 || term.trim() === '') return [];
    const pattern = termPattern(term);
    const scored: { score: number; excerpt: NoteExcerpt }[] = [];
    for (const [path, { note }] of this.notes) {
      const uri = pathToFileURL(path).toString();
      for (const section of note.sections) {
        if (pattern.test(section.heading)) {
          // A heading that is nothing but the term beats one that mentions it.
          const exact = section.heading.replace(/[`*_]/g, '').trim().toLowerCase() === term.toLowerCase();
          const body = section.body.slice(0, 3).map((line) => line.text);
          scored.push({ score: exact ? 4 : 3, excerpt: { excerpt: [section.heading, ...body].join('\n'), uri, line: section.line + 1, kind: 'heading' } });
          continue;
        }
        const mention = section.body.find((line) => pattern.test(line.text));
        if (mention) scored.push({ score: 1, excerpt: { excerpt: mention.text, uri, line: mention.line + 1, kind: 'text' } });
      }
      for (const block of note.codeBlocks) {
        const index = block.lines.findIndex((line) => pattern.test(line));
        if (index < 0) continue;
        const from = Math.max(0, index - 1);
        const lines = block.lines.slice(from, index + 2);
        const headingBonus = pattern.test(block.heading) ? 1 : 0;
        scored.push({ score: 2 + headingBonus, excerpt: { excerpt: lines.join('\n'), uri, line: block.line + from + 1, kind: 'code', language: block.language } });
      }
    }
    return scored
      .sort((a, b) => b.score - a.score || a.excerpt.uri.localeCompare(b.excerpt.uri) || a.excerpt.line - b.excerpt.line)
      .slice(0, limit)
      .map((entry) => entry.excerpt);
  }

  /** Resolves when the index has taken in every change it has heard of. */
  settled(): Promise<void> {
    return this.pendingWalk ? this.nextUpdate() : this.walking;
  }

  /** Resolves once a walk that starts after this call (because of a change, or `configure`) is done. */
  nextUpdate(): Promise<void> {
    return new Promise((resolveUpdate) => this.waitingForUpdate.push(resolveUpdate));
  }

  dispose(): void {
    clearTimeout(this.pendingWalk);
    this.pendingWalk = undefined;
    this.stopWatching();
  }

  private watchFolder(folder: string): void {
    try {
      const watcher = watch(folder, { recursive: true }, () => this.walkSoon());
      // A folder removed or unreadable later simply stops reporting.
      watcher.on('error', () => watcher.close());
      this.watchers.push(watcher);
    } catch {
      // A folder that does not exist (yet) has no notes; configuring it again picks it up.
    }
  }

  private stopWatching(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }

  private walkSoon(): void {
    clearTimeout(this.pendingWalk);
    this.pendingWalk = setTimeout(() => {
      this.pendingWalk = undefined;
      void this.walk();
    }, settleMs);
  }

  private walk(): Promise<void> {
    const generation = this.generation;
    this.walking = this.walking.then(async () => {
      // Who waits for an update is answered by a walk that starts after they asked.
      const waiting = this.waitingForUpdate.splice(0);
      if (generation === this.generation) {
        const seen = new Set<string>();
        const found = new Map<string, CachedNote>();
        for (const folder of this.folders) await this.walkFolder(folder, seen, found);
        if (generation === this.generation) {
          for (const path of this.notes.keys()) if (!seen.has(path)) this.notes.delete(path);
          for (const [path, note] of found) this.notes.set(path, note);
        }
      }
      for (const resolveUpdate of waiting) resolveUpdate();
    });
    return this.walking;
  }

  /** Reads the notes under `directory` that are new or changed into `found`, and every note's path into `seen`. */
  private async walkFolder(directory: string, seen: Set<string>, found: Map<string, CachedNote>): Promise<void> {
    let names: string[];
    try {
      names = await readdir(directory);
    } catch {
      return; // A folder that doesn't exist (yet) simply has no notes.
    }
    for (const name of names) {
      if (seen.size >= maxFiles) return;
      const path = join(directory, name);
      let stats;
      try {
        stats = await stat(path);
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (!skippedDirectories.has(name)) await this.walkFolder(path, seen, found);
      } else if (/\.(?:md|markdown)$/i.test(name) && stats.size <= maxFileBytes) {
        seen.add(path);
        const cached = this.notes.get(path);
        if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) continue;
        try {
          found.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, note: indexMarkdown(await readFile(path, 'utf8')) });
        } catch {
          seen.delete(path);
        }
      }
    }
  }
}

/** The term as a whole word (a flag or command may be surrounded by anything but word characters). */
function termPattern(term: string): RegExp {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?:^|[^\\w-])${escaped}(?![\\w-])`, 'i');
}
