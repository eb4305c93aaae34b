/**
 * One Markdown note read into what we search: its headings (with the text of
 * their sections) and its fenced code blocks, each with the line it starts on.
 */

export interface NoteSection {
  readonly heading: string;
  /** 0-based line of the heading (or 0 for text before the first heading). */
  readonly line: number;
  /** The section's prose lines, headings and code excluded, with their 0-based line numbers. */
  readonly body: readonly { readonly text: string; readonly line: number }[];
}

export interface NoteCodeBlock {
  readonly language: string;
  /** 0-based line of the first line inside the fence. */
  readonly line: number;
  readonly lines: readonly string[];
  /** The heading of the section the block sits in. */
  readonly heading: string;
}

export interface IndexedNote {
  readonly sections: readonly NoteSection[];
  readonly codeBlocks: readonly NoteCodeBlock[];
}

export function indexMarkdown(text: string): IndexedNote {
  const sections: { heading: string; line: number; body: { text: string; line: number }[] }[] = [];
  const codeBlocks: NoteCodeBlock[] = [];
  let section = { heading: '', line: 0, body: [] as { text: string; line: number }[] };
  sections.push(section);
  let fence: { marker: string; language: string; line: number; lines: string[] } | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence.marker[0] && fenceMatch[1].length >= fence.marker.length && fenceMatch[2] === '') {
        codeBlocks.push({ language: fence.language, line: fence.line, lines: fence.lines, heading: section.heading });
        fence = undefined;
      } else {
        fence.lines.push(line);
      }
      return;
    }
    if (fenceMatch) {
      fence = { marker: fenceMatch[1], language: fenceMatch[2].toLowerCase(), line: index + 1, lines: [] };
      return;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      section = { heading: heading[1], line: index, body: [] };
      sections.push(section);
    } else if (line.trim() !== '') {
      section.body.push({ text: line.trim(), line: index });
    }
  });
  if (fence) codeBlocks.push({ language: fence.language, line: fence.line, lines: fence.lines, heading: section.heading });
  return { sections: sections.filter((s) => s.heading !== '' || s.body.length > 0), codeBlocks };
}
