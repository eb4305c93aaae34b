/**
 * A user-facing message produced by a pure module that cannot import `vscode`:
 * an English template with `{0}`-style placeholders (the key in
 * l10n/bundle.l10n.ko.json) and its arguments. The command layer passes it to
 * `localize(text, ...args)` (client/src/l10n.ts); tests render it with `formatMessage`.
 */
export interface Localizable {
  readonly text: string;
  readonly args: readonly (string | number)[];
}

export function msg(text: string, ...args: (string | number)[]): Localizable {
  return { text, args };
}

/** The English rendering, as `vscode.l10n.t` does it without a translation. */
export function formatMessage(message: Localizable): string {
  return message.text.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = message.args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
