/** Heredocs (`RUN <<EOF` … `EOF`): the markers among an instruction's words, and the bodies on the lines after it. */
import type { Position, Range } from 'vscode-languageserver';
import type { Arg, Heredoc } from './ast';
import type { DocumentLines } from './logicalLines';

/** A shell word that opens a heredoc: `<<EOF`, `<<-EOF`, `<<"EOF"`, `2<<EOF`. */
const heredocWord = /^\d*<<(-?)([^<]+)$/;

/** Reads the bodies of the heredocs opened by an instruction's words, in order, from `line`. */
export function readHeredocs(lines: DocumentLines, words: readonly Arg[], line: number): { heredocs: Heredoc[]; nextLine: number; end: Position } {
  const heredocs: Heredoc[] = [];
  let end: Position = { line: 0, character: 0 };
  for (const word of words) {
    const match = heredocWord.exec(word.raw);
    if (!match) continue;
    const stripTabs = match[1] === '-';
    const quoted = /["']/.test(match[2]);
    const delimiter = quoted ? match[2].replace(/["']/g, '') : match[2];
    if (delimiter.length === 0) continue;
    const bodyStart = line;
    let terminator: Range | undefined;
    while (line < lines.count) {
      const content = lines.text(line);
      if ((stripTabs ? content.replace(/^\t+/, '') : content) === delimiter) {
        terminator = lines.range(line);
        line++;
        break;
      }
      line++;
    }
    const lastBodyLine = (terminator ? terminator.start.line : line) - 1;
    const contentRange: Range =
      lastBodyLine >= bodyStart
        ? { start: { line: bodyStart, character: 0 }, end: { line: lastBodyLine, character: lines.length(lastBodyLine) } }
        : { start: { line: bodyStart, character: 0 }, end: { line: bodyStart, character: 0 } };
    end = terminator ? terminator.end : contentRange.end;
    heredocs.push({ delimiter, stripTabs, quoted, markerRange: word.range, contentRange, terminatorRange: terminator });
  }
  return { heredocs, nextLine: line, end };
}
