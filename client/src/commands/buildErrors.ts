/**
 * Maps a failed build's output to the Dockerfile instruction that failed, so
 * the build command can reveal it and put a diagnostic on it. Pure: the
 * classic builder's `Step N/M : …` log (Podman's `STEP N/M: …`), its `parse error line N`, and the
 * BuildKit CLI's `Dockerfile:N` code frame and `[stage N/M] INSTR` headers.
 */

/** One instruction of a Dockerfile, with the lines it spans (zero-based, inclusive). */
export interface InstructionSpan {
  /** Upper-cased keyword, e.g. `RUN`. */
  readonly keyword: string;
  /** The instruction as one line: continuations joined, comment lines inside dropped. */
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
}

export interface BuildFailureLocation {
  /** Zero-based line range of the failing instruction. */
  readonly startLine: number;
  readonly endLine: number;
  /** The builder's error, the last thing it said. */
  readonly message: string;
}

/** A classic builder's `Step 3/7 : RUN make`, or Podman's (Buildah's) `STEP 3/7: RUN make`, `[2/2] STEP 1/3: …` per stage. */
export const classicStepLine = /^(?:\[\d+\/\d+\] )?(?:Step|STEP) (\d+)\/(\d+) ?: (.*)$/;

const heredocStart = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** The instructions of a Dockerfile in source order, as the builder counts its steps. */
export function scanInstructions(dockerfileText: string): InstructionSpan[] {
  const lines = dockerfileText.split(/\r?\n/);
  const escapeChar = detectEscapeChar(lines);
  const continuation = new RegExp(`${escapeChar === '`' ? '`' : '\\\\'}\\s*$`);
  const spans: InstructionSpan[] = [];
  let index = 0;
  while (index < lines.length) {
    const first = lines[index];
    const trimmed = first.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      index++;
      continue;
    }
    const startLine = index;
    const parts: string[] = [];
    let current = first;
    // Continuation lines; blank and comment lines inside them do not end the instruction.
    while (continuation.test(current) && index + 1 < lines.length) {
      parts.push(current.replace(continuation, ''));
      index++;
      current = lines[index];
      while (index + 1 < lines.length && /^\s*(#.*)?$/.test(current)) {
        index++;
        current = lines[index];
      }
    }
    parts.push(current);
    const text = parts.join('').trim();
    const keyword = (/^(\S+)/.exec(text)?.[1] ?? '').toUpperCase();
    // Heredoc bodies (`RUN <<EOF … EOF`) belong to the instruction.
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      for (const match of text.matchAll(heredocStart)) {
        const stripTabs = match[1] === '-';
        const terminator = match[3];
        while (index + 1 < lines.length) {
          index++;
          const body = stripTabs ? lines[index].replace(/^\t+/, '') : lines[index];
          if (body === terminator) break;
        }
      }
    }
    spans.push({ keyword, text, startLine, endLine: index });
    index++;
  }
  return spans;
}

function detectEscapeChar(lines: readonly string[]): '\\' | '`' {
  // Parser directives are only recognised at the very top, before any other line.
  for (const line of lines) {
    const directive = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
    if (!directive) break;
    if (directive[1].toLowerCase() === 'escape' && directive[2] === '`') return '`';
  }
  return '\\';
}

/**
 * Where a build failed, from its complete output (the streamed log followed by
 * the final error message). `undefined` when the output names no instruction,
 * e.g. when the context could not be sent.
 */
export function locateBuildFailure(dockerfileText: string, output: string): BuildFailureLocation | undefined {
  const spans = scanInstructions(dockerfileText);
  const outputLines = output.split(/\r?\n/).map((line) => line.trimEnd());
  const message = lastMeaningfulLine(outputLines);
  const at = (span: InstructionSpan | undefined): BuildFailureLocation | undefined =>
    span && { startLine: span.startLine, endLine: span.endLine, message };
  const spanAtLine = (oneBasedLine: number): InstructionSpan | undefined =>
    spans.find((span) => span.startLine <= oneBasedLine - 1 && oneBasedLine - 1 <= span.endLine);

  // BuildKit's code frame: `Dockerfile:12` followed by a `-----` rule. Its line is exact.
  for (let i = outputLines.length - 2; i >= 0; i--) {
    const frame = /^(?:ERROR: )?\S+:(\d+)$/.exec(outputLines[i]);
    if (frame && /^-{5,}$/.test(outputLines[i + 1])) {
      const line = Number(frame[1]);
      return at(spanAtLine(line)) ?? lineOnly(line, message);
    }
  }

  // Parse errors: classic `parse error line 3: …`, BuildKit `parse error on line 3: …`.
  const parseError = /parse error (?:on )?line (\d+)/i.exec(output);
  if (parseError) {
    const line = Number(parseError[1]);
    return at(spanAtLine(line)) ?? lineOnly(line, message);
  }

  // Classic builder: the last `Step N/M : INSTR …` (Podman: `STEP N/M: INSTR …`) is the step that failed.
  const steps = output.split(/\r?\n/).map((line) => classicStepLine.exec(line)).filter((match) => match !== null);
  const lastStep = steps.at(-1);
  if (lastStep) {
    const stepText = normalise(lastStep[3]);
    const byNumber = spans[Number(lastStep[1]) - 1];
    if (byNumber && normalise(byNumber.text) === stepText) return at(byNumber);
    return at(findLastByText(spans, stepText)) ?? at(byNumber);
  }

  // BuildKit progress without a code frame: ` > [stage 2/3] RUN make:` or `#7 [2/3] RUN make`.
  const headers = [...output.matchAll(/^(?:\s*> |#\d+ )\[[^\]]*\d+\/\d+\] (.*?):?$/gm)];
  const lastHeader = headers.at(-1);
  if (lastHeader) return at(findLastByText(spans, normalise(lastHeader[1])));
  return undefined;
}

function findLastByText(spans: readonly InstructionSpan[], text: string): InstructionSpan | undefined {
  for (let i = spans.length - 1; i >= 0; i--) if (normalise(spans[i].text) === text) return spans[i];
  return undefined;
}

/** Builders echo instructions with runs of whitespace kept or collapsed; compare without them. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^(\S+)/, (keyword) => keyword.toUpperCase());
}

function lineOnly(oneBasedLine: number, message: string): BuildFailureLocation {
  return { startLine: Math.max(0, oneBasedLine - 1), endLine: Math.max(0, oneBasedLine - 1), message };
}

function lastMeaningfulLine(lines: readonly string[]): string {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line !== '' && !/^-+$/.test(line)) return line.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '');
  }
  return '';
}

/** One edit of the Dockerfile: the lines it replaced (zero-based, inclusive) and how many line breaks its new text has. */
export interface LineEdit {
  readonly startLine: number;
  readonly endLine: number;
  readonly insertedLineBreaks: number;
}

/**
 * Where a failed instruction's lines are after an edit: moved along when the edit is above them,
 * unchanged when it is below, and `undefined` (the diagnostic no longer applies) when the edit
 * touches them.
 */
export function linesAfterEdit<T extends { readonly startLine: number; readonly endLine: number }>(lines: T, edit: LineEdit): T | undefined {
  if (edit.startLine > lines.endLine) return lines;
  if (edit.endLine >= lines.startLine) return undefined;
  const shift = edit.insertedLineBreaks - (edit.endLine - edit.startLine);
  return { ...lines, startLine: lines.startLine + shift, endLine: lines.endLine + shift };
}
