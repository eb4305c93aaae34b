/**
 * The user's own Markdown notes (setting `dockside.notes.folders`), indexed by
 * heading and code block so every hover can add "From your notes".
 *
 *   configureNotes(folders)          — the server calls this when settings change
 *   notesExcerpts('docker run')      — the best matching excerpts
 *   notesHoverSection(terms, lang)   — (./render) the ready-made Markdown block a hover appends
 *
 * Indexing is incremental: a lookup re-lists the folders at most every
 * `rescanIntervalMs` and re-reads only files whose mtime or size changed, so
 * an edited note shows up in the next hover without a watcher.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** How stale the folder listing may get before a lookup lists it again. */
const defaultRescanIntervalMs = 2_000;
const maxFiles = 2_000;
const maxFileBytes = 1_000_000;
const skippedDirectories = new Set(['node_modules', '.git', '.obsidian', '.trash']);

interface CachedNote {
  readonly mtimeMs: number;
  readonly size: number;
  readonly note: IndexedNote;
}

let folders: readonly string[] = [];
const notes = new Map<string, CachedNote>();
let lastScan = -Infinity;
let rescanIntervalMs = defaultRescanIntervalMs;

/** Points the index at these folders (absolute, or starting with `~`). */
export function configureNotes(newFolders: readonly string[], options: { rescanIntervalMs?: number } = {}): void {
  if (options.rescanIntervalMs !== undefined) rescanIntervalMs = options.rescanIntervalMs;
  const expanded = newFolders.map((folder) => resolve(folder.replace(/^~(?=$|[\\/])/, homedir())));
  if (expanded.join('\n') === folders.join('\n')) return;
  folders = expanded;
  notes.clear();
  lastScan = -Infinity;
}

/**
 * Excerpts of the user's notes about `term` (`docker run`, `--publish`, `RUN`,
 * `restart`), best first: a heading that names it, then code that uses it,
 * then prose that mentions it.
 */
export function notesExcerpts(term: string, limit = 3): NoteExcerpt[] {
  if (folders.length === 0 || term.trim() === '') return [];
  refresh();
  const pattern = termPattern(term);
  const scored: { score: number; excerpt: NoteExcerpt }[] = [];
  for (const [path, { note }] of notes) {
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

/** The term as a whole word (a flag or command may be surrounded by anything but word characters). */
function termPattern(term: string): RegExp {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?:^|[^\\w-])${escaped}(?![\\w-])`, 'i');
}

function refresh(): void {
  const now = Date.now();
  if (now - lastScan < rescanIntervalMs) return;
  lastScan = now;
  const seen = new Set<string>();
  for (const folder of folders) walk(folder, seen);
  for (const path of notes.keys()) if (!seen.has(path)) notes.delete(path);
}

function walk(directory: string, seen: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return; // A folder that doesn't exist (yet) simply has no notes.
  }
  for (const name of names) {
    if (seen.size >= maxFiles) return;
    const path = join(directory, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue;
    }
    if (stats.isDirectory()) {
      if (!skippedDirectories.has(name)) walk(path, seen);
    } else if (/\.(?:md|markdown)$/i.test(name) && stats.size <= maxFileBytes) {
      seen.add(path);
      const cached = notes.get(path);
      if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) continue;
      try {
        notes.set(path, { mtimeMs: stats.mtimeMs, size: stats.size, note: indexMarkdown(readFileSync(path, 'utf8')) });
      } catch {
        notes.delete(path);
      }
    }
  }
}
