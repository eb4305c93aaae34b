/** Near-misses: the instruction a mistyped keyword meant, and the name BuildKit suggests for an undefined one. */
import { instructionNames } from '../../dockerfile/catalogue';
import { closestWord, editDistance, levenshtein } from '../spelling';

/** The closest instruction name to a mistyped keyword (`EXPOSEE` → `EXPOSE`), if any is close. */
export function suggestInstruction(keyword: string): string | undefined {
  const upper = keyword.toUpperCase();
  const best = closestWord(upper, instructionNames, 2);
  // Two edits are too many for a three-letter name (`ADD` is not `AT`).
  return best && editDistance(upper, best) <= Math.min(2, Math.ceil(best.length / 3)) ? best : undefined;
}

/**
 * BuildKit's "did you mean": the first of `options` closest to `name`, fewer than three edits
 * away; nothing when `name` is one of them.
 */
export function didYouMean(name: string, options: Iterable<string>): string | undefined {
  const best = closestWord(name, options, 2, levenshtein);
  return best === name ? undefined : best;
}
