/** A word with its variables replaced, as BuildKit's shell lexer expands what FROM reads (`$V`, `${V}`, `${V:-d}`, `${V:+a}`). */

const reference = /\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\})/g;

/** `valueOf` gives a variable's value, `undefined` when it is not set. */
export function expandWord(word: string, valueOf: (name: string) => string | undefined): string {
  return word.replace(reference, (_all, plain: string | undefined, braced: string | undefined, operator: string | undefined, alternative: string | undefined) => {
    const value = valueOf((plain ?? braced)!);
    switch (operator) {
      case ':-':
        return value ? value : (alternative ?? '');
      case '-':
        return value ?? alternative ?? '';
      case ':+':
        return value ? (alternative ?? '') : '';
      case '+':
        return value !== undefined ? (alternative ?? '') : '';
      default:
        return value ?? '';
    }
  });
}
