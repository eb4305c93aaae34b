/** Heredocs (`RUN <<EOF` … `EOF`): the markers among an instruction's words, and the bodies on the lines after it. */
import type { Position, Range } from 'vscode-languageserver';
import type { Heredoc } from './ast';
import type { DocumentLines } from './logicalLines';
import type { ParsedInstruction } from './parsedNodes';

/** A shell word that opens a heredoc: `<<EOF`, `<<-EOF`, `<<"EOF"`, `2<<EOF`. */
const heredocWord = /^\d*<<(-?)([^<]+)$/;

/**
 * Reads the bodies of the heredocs opened by an instruction's words, in order, from `line`. The
 * words are read from the word table: the parse makes no arguments.
 */
export function readHeredocs(lines: DocumentLines, instruction: ParsedInstruction, line: number): { heredocs: Heredoc[]; nextLine: number; end: Position } {
  const heredocs: Heredoc[] = [];
  let end: Position = { line: 0, character: 0 };
  for (let word = 0; word < instruction.argCount; word++) {
    const match = heredocWord.exec(instruction.argRaw(word));
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
    heredocs.push({ delimiter, stripTabs, quoted, markerRange: instruction.argRange(word)!, contentRange, terminatorRange: terminator });
  }
  return { heredocs, nextLine: line, end };
}
