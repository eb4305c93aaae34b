/**
 * The client's messages with Korean particles that fit the words put into
 * them. Korean messages write a particle after a placeholder in its double
 * form (`{0}을(를) 빌드했습니다`), since the word is not known until then;
 * `localize` translates with `vscode.l10n.t` and then picks the form for the
 * word's last sound (`web을`, `nginx를`), as the language server does
 * (server/src/service/particles.ts). English text has no double forms and
 * passes unchanged. A test checks that every message whose Korean has one is
 * localized here.
 */
import * as vscode from 'vscode';
import { resolveParticles } from '../../server/src/service/particles';

export function localize(message: string, ...args: Array<string | number | boolean>): string {
  return resolveParticles(vscode.l10n.t(message, ...args));
}
