/**
 * `.dockerignore` matching with the Docker CLI's rules: one pattern a line,
 * `#` comments, `!` re-includes, Go `filepath.Match` syntax plus `**`, paths
 * cleaned and made relative, the last matching pattern wins, and a pattern
 * that matches a directory excludes everything under it. Pure.
 */

interface Rule {
  readonly regex: RegExp;
  readonly exclusion: boolean;
  /** The cleaned pattern text, to tell whether a re-include may reach inside a directory. */
  readonly pattern: string;
}

export class DockerIgnore {
  private readonly rules: readonly Rule[];

  constructor(text: string) {
    this.rules = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => {
        const exclusion = line.startsWith('!');
        const pattern = cleanPath(exclusion ? line.slice(1).trim() : line);
        return { regex: patternToRegex(pattern), exclusion, pattern };
      })
      .filter((rule) => rule.pattern !== '' && rule.pattern !== '.');
  }

  /** Whether the context-relative, `/`-separated `path` is left out of the build context. */
  ignores(path: string): boolean {
    const cleaned = cleanPath(path);
    const parents = parentPaths(cleaned);
    let ignored = false;
    for (const rule of this.rules) {
      if (rule.exclusion !== ignored) continue; // only a rule of the other kind can change the verdict
      if (rule.regex.test(cleaned) || parents.some((parent) => rule.regex.test(parent))) ignored = !rule.exclusion;
    }
    return ignored;
  }

  /**
   * Whether an ignored directory must still be walked because a `!` rule
   * could re-include something inside it (then each file is judged alone).
   */
  mayReincludeUnder(directory: string): boolean {
    const prefix = `${cleanPath(directory)}/`;
    return this.rules.some((rule) => rule.exclusion && (rule.pattern.startsWith(prefix) || /[*?[]/.test(rule.pattern)));
  }
}

/** Go's `filepath.Clean` on a `/` path, made relative: `./a//b/../c/` → `a/c`. */
function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function parentPaths(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** A pattern as an anchored regex: `*` within a segment, `?` one character, `**` any depth, `[...]` classes. */
function patternToRegex(pattern: string): RegExp {
  let regex = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` also matches zero directories.
        if (pattern[i + 1] === '/') {
          i++;
          regex += '(?:.*/)?';
        } else {
          regex += '.*';
        }
      } else {
        regex += '[^/]*';
      }
    } else if (char === '?') {
      regex += '[^/]';
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        regex += '\\[';
        continue;
      }
      const body = pattern.slice(i + 1, end).replace(/^\^|^!/, '^').replace(/\\/g, '\\\\');
      regex += `[${body}]`;
      i = end;
    } else if (char === '\\' && i + 1 < pattern.length) {
      i++;
      regex += escapeRegex(pattern[i]);
    } else {
      regex += escapeRegex(char);
    }
  }
  return new RegExp(`^${regex}$`);
}

function escapeRegex(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}
