/**
 * Signature help that never opens together with completion: the keystroke
 * that brings up the completion list (a space after `COPY`, `--` after `RUN`)
 * does not also bring up the syntax above it. Where completion has nothing to
 * offer (`COPY src ` → `<dest>`), signature help shows as usual, and asked for
 * explicitly (Ctrl+Shift+Space, or by a client that gives no trigger) it
 * always answers.
 */
import { Position, SignatureHelp, SignatureHelpContext, SignatureHelpTriggerKind } from '../lsp';
import type { AnyLanguageMode, ServiceContext } from './mode';

export async function signatureHelpBesideCompletion(
  mode: AnyLanguageMode,
  parsed: unknown,
  position: Position,
  trigger: SignatureHelpContext | undefined,
  ctx: ServiceContext,
): Promise<SignatureHelp | null> {
  if (!mode.signatureHelp) return null;
  // A client that does not say what triggered the request gets an answer, as if asked.
  if (trigger && trigger.triggerKind !== SignatureHelpTriggerKind.Invoked) {
    const completion = await mode.completion?.(parsed, position, ctx);
    if (completion && completion.items.length > 0) return null;
  }
  return mode.signatureHelp(parsed, position, ctx);
}
