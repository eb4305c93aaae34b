/** Near-misses of `docker` and of its commands and flags. */
import { editDistance } from '../editDistance';

/** `docekr`, `docer`, `dokcer`, `dcoker`: one edit (or one swap) away from `docker`. */
export function isDockerMisspelling(word: string): boolean {
  return word !== 'docker' && /^d[a-z]{3,6}$/.test(word) && editDistance(word, 'docker') === 1;
}

/**
 * The candidate nearest to `word` (one edit for words up to five letters, two
 * for longer), if any. Words under four letters are too short to guess at:
 * in prose, `docker is` would otherwise become `docker ps`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const letters = word.replace(/^-+/, '').length;
  if (letters < 4) return undefined;
  const limit = letters <= 5 ? 1 : 2;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance > 0 && distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
