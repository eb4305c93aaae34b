/** Near-misses: the instruction a mistyped keyword meant, and the name BuildKit suggests for an undefined one. */
import { instructionNames } from '../../dockerfile/catalogue';

/** The closest instruction name to a mistyped keyword (`EXPOSEE` → `EXPOSE`), if any is close. */
export function suggestInstruction(keyword: string): string | undefined {
  const upper = keyword.toUpperCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of instructionNames) {
    const distance = editDistance(upper, name);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best && bestDistance <= Math.min(2, Math.ceil(best.length / 3)) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
    }
  }
  return rows[a.length][b.length];
}

/** Levenshtein distance (insertions, deletions, substitutions), as BuildKit's suggestions measure it. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/**
 * BuildKit's "did you mean": the first of `options` closest to `name`, fewer than three edits
 * away; nothing when `name` is one of them.
 */
export function didYouMean(name: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    if (option === name) return undefined;
    if (Math.abs(option.length - name.length) >= bestDistance) continue;
    const distance = levenshtein(name, option);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = option;
    }
  }
  return best;
}
