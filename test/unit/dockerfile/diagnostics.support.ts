/** Shared by the Dockerfile diagnostics and code action tests: a context and cursor markers. */
import type { Diagnostic, Position } from 'vscode-languageserver';
import type { DockerfileAst } from '../../../server/src/dockerfile/ast';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { noNotes } from '../../../server/src/notes/index';
import type { ServiceContext } from '../../../server/src/service/mode';
import { dockerfileDiagnostics } from '../../../server/src/service/dockerfile/diagnostics';
import { defaultSettings } from '../../../server/src/service/settings';

export const dockerfileUri = 'file:///project/Dockerfile';

/** A context whose workspace holds exactly `files` (uri → content). */
export function contextWith(files: Record<string, string> = {}): ServiceContext {
  return {
    settings: defaultSettings,
    docsLanguage: 'en',
    workspace: { readFile: (uri) => files[uri], exists: (uri) => uri in files },
    engine: { localImages: () => Promise.resolve([]) },
    notes: noNotes,
  };
}

/** Removes every `|` marker; returns the text (lines joined with `eol`) and the markers' positions. */
export function withCursors(source: string, eol = '\n'): { text: string; cursors: Position[] } {
  const cursors: Position[] = [];
  const lines = source.split('\n').map((line, index) => {
    let out = '';
    for (const ch of line) {
      if (ch === '|') cursors.push({ line: index, character: out.length });
      else out += ch;
    }
    return out;
  });
  return { text: lines.join(eol), cursors };
}

export function diagnose(source: string, eol = '\n', files: Record<string, string> = {}): { ast: DockerfileAst; diagnostics: Diagnostic[]; cursors: Position[] } {
  const { text, cursors } = withCursors(source, eol);
  const ast = parseDockerfile(text, dockerfileUri, 1);
  return { ast, diagnostics: dockerfileDiagnostics(ast, contextWith(files)), cursors };
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** The codes of the diagnostics that start exactly at `position`. */
export function codesAt(diagnostics: readonly Diagnostic[], position: Position): string[] {
  return diagnostics.filter((d) => d.range.start.line === position.line && d.range.start.character === position.character).map((d) => String(d.code));
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
