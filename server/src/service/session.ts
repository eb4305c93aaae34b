/**
 * What a hover may offer beyond the document, and what it has already told
 * the reader in this session: "More…" opens the full entry in the Explain view
 * (when the client can follow a `command:` link), and the first hover that
 * cites the bundled notes says in one line what they are.
 */
import type { Position } from 'vscode-languageserver';
import type { RenderOptions } from '../knowledge/render';
import { ClientCommands } from '../lspExt';
import type { ServiceContext } from './mode';

export interface ReaderSession {
  /** A link that opens "Dockside: Explain" at a position; undefined when the client cannot follow one. */
  explainLink(uri: string, position: Position): string | undefined;
  /** True the first time it is asked in a session. */
  introduceNotesOnce(): boolean;
}

export function createReaderSession(clientFollowsExplainLinks: boolean): ReaderSession {
  let notesIntroduced = false;
  return {
    explainLink: (uri, position) =>
      clientFollowsExplainLinks ? `command:${ClientCommands.explain}?${encodeURIComponent(JSON.stringify([{ uri, position }]))}` : undefined,
    introduceNotesOnce: () => {
      const first = !notesIntroduced;
      notesIntroduced = true;
      return first;
    },
  };
}

/** The hover's "More…" link and, once a session, the line about the notes; nothing without a session. */
export function hoverExtras(ctx: ServiceContext, uri: string, position: Position): Pick<RenderOptions, 'more' | 'introduceNotes'> {
  if (!ctx.session) return {};
  return { more: ctx.session.explainLink(uri, position), introduceNotes: ctx.session.introduceNotesOnce() };
}
