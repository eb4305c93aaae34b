/** Near-misses of `docker` and of its commands and flags. */
import { closestWord, editDistance } from '../spelling';

/** `docekr`, `docer`, `dokcer`, `dcoker`: one edit (or one swap) away from `docker`. */
export function isDockerMisspelling(word: string): boolean {
  return word !== 'docker' && /^d[a-z]{3,6}$/.test(word) && editDistance(word, 'docker') === 1;
}

/**
 * The candidate nearest to `word` (one edit for words up to five letters, two
 * for longer), if any. Callers ask only for words that are not candidates.
 * Words under four letters are too short to guess at: in prose, `docker is`
 * would otherwise become `docker ps`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const letters = word.replace(/^-+/, '').length;
  if (letters < 4) return undefined;
  return closestWord(word, candidates, letters <= 5 ? 1 : 2);
}
