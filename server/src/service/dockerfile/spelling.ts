/** Near-misses: the instruction a mistyped keyword meant, and the name BuildKit suggests for an undefined one. */
import { instructionNames } from '../../dockerfile/catalogue';
import { editDistance, levenshtein } from '../editDistance';

/** The closest instruction name to a mistyped keyword (`EXPOSEE` → `EXPOSE`), if any is close. */
export function suggestInstruction(keyword: string): string | undefined {
  const upper = keyword.toUpperCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of instructionNames) {
    if (Math.abs(name.length - upper.length) > 2) continue;
    const distance = editDistance(upper, name);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best && bestDistance <= Math.min(2, Math.ceil(best.length / 3)) ? best : undefined;
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
