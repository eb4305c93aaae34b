/** Shared by the Dockerfile editor-feature tests: parse a source with `|` cursor markers, and a context. */
import type { Position } from 'vscode-languageserver';
import type { DockerfileAst } from '../../../server/src/dockerfile/ast';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import type { LocalImage } from '../../../server/src/lspExt';
import { noNotes, type NotesLookup } from '../../../server/src/notes/index';
import type { ServiceContext } from '../../../server/src/service/mode';
import type { ReaderSession } from '../../../server/src/service/session';
import { defaultSettings, DocsLanguage } from '../../../server/src/service/settings';
import { dockerfileUri, withCursors } from './diagnostics.support';

export { dockerfileUri };

export const eols = [['LF', '\n'], ['CRLF', '\r\n']] as const;

export interface Parsed {
  readonly ast: DockerfileAst;
  readonly text: string;
  /** The first `|` marker. */
  readonly cursor: Position;
  readonly cursors: Position[];
}

export function parse(source: string, eol = '\n'): Parsed {
  const { text, cursors } = withCursors(source, eol);
  return { ast: parseDockerfile(text, dockerfileUri, 1), text, cursor: cursors[0], cursors };
}

export interface ContextOptions {
  readonly language?: DocsLanguage;
  readonly images?: readonly LocalImage[];
  readonly files?: readonly string[];
  /** The server's reader session (hover links, what was said before); none by default, as outside the server. */
  readonly session?: ReaderSession;
  readonly notes?: NotesLookup;
}

/** A context with a local engine holding `images`, a workspace holding `files` (URIs), and the user's `notes`. */
export function context(options: ContextOptions = {}): ServiceContext & { readonly inspected: (string | undefined)[] } {
  const inspected: (string | undefined)[] = [];
  return {
    settings: defaultSettings,
    docsLanguage: options.language ?? 'en',
    session: options.session,
    workspace: { readFile: () => undefined, exists: (uri) => (options.files ?? []).includes(uri) },
    engine: {
      localImages: (inspect) => {
        inspected.push(inspect);
        return Promise.resolve(options.images ?? []);
      },
    },
    notes: options.notes ?? noNotes,
    inspected,
  };
}

/** The text a range covers, in a text joined with either line ending. */
export function textAt(text: string, range: { start: Position; end: Position }): string {
  const lines = text.split(/\r?\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}
