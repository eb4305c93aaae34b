/** Compose's "did you mean": keys and names compared without case, looking further for longer words. */
import { closestWord, editDistance } from '../spelling';

/** The candidate nearest to `word`, if it is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return closestWord(word.toLowerCase(), candidates, allowed, (lower, candidate) => editDistance(lower, candidate.toLowerCase()));
}
