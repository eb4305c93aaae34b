/**
 * "Did you mean": how far apart two words are, and the nearest of a list. Every mode's
 * suggestions go through `closestWord`; each mode's spelling module says how far it looks.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  // Three rolling rows are enough for swaps of neighbours.
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length];
}

/** Levenshtein distance (insertions, deletions, substitutions): a swap of neighbours counts two, as BuildKit counts. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * The first of `candidates` at the smallest distance from `word`, if that distance is at most
 * `within`. `distance` is `editDistance` unless a mode follows another tool's count (BuildKit's).
 */
export function closestWord(word: string, candidates: Iterable<string>, within: number, distance: (a: string, b: string) => number = editDistance): string | undefined {
  let best: string | undefined;
  let bestDistance = within + 1;
  for (const candidate of candidates) {
    // The difference in length is the least either distance can be.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const candidateDistance = distance(word, candidate);
    if (candidateDistance < bestDistance) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }
  return best;
}
