/**
 * `.dockerignore` matching, shared by the language server (BuildKit's CopyIgnoredFile) and the
 * extension (what a build sends), so the two never disagree: @balena/dockerignore, a port of the
 * Docker CLI's own matcher (`filepath.Match` plus `**`, cleaned paths, `!` re-includes, the last
 * matching pattern wins, a pattern that matches a directory excludes what is under it).
 */
import ignore, { type Ignore } from '@balena/dockerignore';

export class DockerIgnore {
  private readonly matcher: Ignore;
  /** The `!` patterns, cleaned, to tell whether one may reach inside an ignored directory. */
  private readonly reincluded: readonly string[];

  constructor(text: string) {
    const patterns = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    // A pattern Go's filepath.Match rejects (`[a-`) makes the Docker CLI refuse the build; balena's
    // matcher throws on it when matching. It matches nothing here, and the other patterns still apply.
    this.matcher = ignore({ ignorecase: false }).add(patterns.filter(compiles));
    this.reincluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => cleanPath(pattern.slice(1).trim()));
  }

  /** Whether the context-relative, `/`-separated `path` is left out of the build context. */
  ignores(path: string): boolean {
    const cleaned = cleanPath(path);
    return cleaned !== '' && this.matcher.ignores(cleaned);
  }

  /** Whether any `!` pattern re-includes something. */
  get hasExclusions(): boolean {
    return this.reincluded.length > 0;
  }

  /**
   * Whether an ignored directory must still be walked because a `!` pattern could re-include
   * something inside it (then each file is judged alone).
   */
  mayReincludeUnder(directory: string): boolean {
    const cleaned = cleanPath(directory);
    if (cleaned === '.') return this.hasExclusions;
    const prefix = `${cleaned}/`;
    return this.reincluded.some((pattern) => pattern.startsWith(prefix) || /[*?[]/.test(pattern));
  }
}

/** Go's `filepath.Clean` on a `/` path, made relative: `./a//b/../c/` → `a/c`, `.` → `.`. */
function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : path === '' ? '' : '.';
}

function compiles(pattern: string): boolean {
  try {
    ignore({ ignorecase: false }).add(pattern).ignores('probe');
    return true;
  } catch {
    return false;
  }
}
