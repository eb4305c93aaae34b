/** Where `docker` commands can be in Markdown (shell-like code blocks, `$ ` lines) and in plain-text notes. */
import { isDockerMisspelling } from './spelling';

export interface Region {
  readonly start: number;
  readonly end: number;
}

interface Line {
  readonly text: string;
  readonly start: number;
  /** Offset just past the line's text, before its line break. */
  readonly end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

/** Fence info strings whose blocks are shell sessions or scripts. */
const shellFences = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'docker', 'shellsession', 'shell-session']);
const promptLine = /^(\s*)\$\s+/;

/** Markdown: whole shell-like fenced blocks (`console`: prompt lines only), and `$ ` lines in any other block. */
export function markdownRegions(text: string): Region[] {
  const regions: Region[] = [];
  let fence: { marker: string; info: string } | undefined;
  for (const line of linesOf(text)) {
    const fenceMatch = /^\s*(`{3,}|~{3,})\s*([^\s`{]*)/.exec(line.text);
    if (!fence) {
      if (fenceMatch) fence = { marker: fenceMatch[1], info: fenceMatch[2].toLowerCase() };
      continue;
    }
    if (fenceMatch && fenceMatch[1][0] === fence.marker[0] && fenceMatch[1].length >= fence.marker.length && fenceMatch[2] === '') {
      fence = undefined;
      continue;
    }
    const prompt = promptLine.exec(line.text);
    if (prompt) regions.push({ start: line.start + prompt[0].length, end: line.end });
    else if (shellFences.has(fence.info) && fence.info !== 'console' && fence.info !== 'shellsession') regions.push({ start: line.start, end: line.end });
  }
  return mergeContinuations(text, regions);
}

/**
 * Plain text (the notes themselves): a line whose first word, after list
 * markers, arrows, `ex)` and a `$`/`#` prompt, is `docker` or a misspelling of it.
 */
const plaintextLead = /^[ \t]*(?:(?:[-+*>\u2022]|\d+[.)]|->|=>|ex\)|\uC608\))[ \t]*)*(?:[$%#][ \t]+)?(?:sudo[ \t]+)?/;

export function plaintextRegions(text: string): Region[] {
  const regions: Region[] = [];
  for (const line of linesOf(text)) {
    const lead = plaintextLead.exec(line.text)![0];
    const firstWord = /^[\w-]+/.exec(line.text.slice(lead.length))?.[0];
    if (firstWord && (firstWord === 'docker' || firstWord === 'docker-compose' || isDockerMisspelling(firstWord))) {
      regions.push({ start: line.start + lead.length, end: line.end });
    }
  }
  return mergeContinuations(text, regions);
}

/** A region whose line ends in `\` runs on into the next line. */
function mergeContinuations(text: string, regions: Region[]): Region[] {
  const lines = linesOf(text);
  const lineEndingAt = new Map(lines.map((line, index) => [line.end, index]));
  return regions.map((region) => {
    let end = region.end;
    let index = lineEndingAt.get(end) ?? -1;
    while (index >= 0 && index + 1 < lines.length && /\\\s*$/.test(lines[index].text)) {
      index += 1;
      end = lines[index].end;
    }
    return { start: region.start, end };
  });
}
