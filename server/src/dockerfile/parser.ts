/**
 * The Dockerfile parser: one hand-written, single pass over the text that follows BuildKit's own
 * reading rules (directives, the escape character, continuations that may contain comment and
 * empty lines, heredocs, flags, exec vs shell form, variables). It never throws: whatever it
 * cannot make sense of becomes an instruction the diagnostics can complain about. The seams are
 * modules of their own: lines and continuations (logicalLines), shell words and quotes
 * (shellWords), variables, heredocs, exec form, one instruction (instructions), and re-reading
 * only what an edit changed (incremental).
 */
import type { Comment, Directive, DockerfileAst, Instruction } from './ast';
import { heredocInstructions } from './catalogue';
import { readHeredocs } from './heredocs';
import { incrementalPlan, instructionStartingOn, setFirstLine } from './incremental';
import { InstructionReader } from './instructions';
import { DocumentLines, LogicalLine } from './logicalLines';
import { ParsedStage } from './parsedNodes';

/** `# name=value` at the top of the file, as BuildKit matches it. */
export const directivePattern = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const knownDirectives = new Set(['syntax', 'escape', 'check']);

export function parseDockerfile(text: string, uri = '', version = 0): DockerfileAst {
  return new Parser(text, uri, version).parse()!;
}

/**
 * Like parseDockerfile, but re-reads only what an edit changed when `previous` is the same
 * document's last parse; the result is the same as a full parse's.
 */
export function reparseDockerfile(previous: DockerfileAst, text: string, version: number): DockerfileAst {
  return new Parser(text, previous.uri, version).parse(previous) ?? parseDockerfile(text, previous.uri, version);
}

class Parser {
  private readonly lines: DocumentLines;
  private escapeChar: '\\' | '`' = '\\';
  private readonly directives: Directive[] = [];
  private readonly comments: Comment[] = [];
  private readonly instructions: Instruction[] = [];
  private readonly stages: ParsedStage[] = [];
  private readonly globalArgs: Instruction[] = [];
  private readonly stageInstructions: Instruction[][] = [];
  /** Made at the first instruction, once the directives have settled the escape character. */
  private reader: InstructionReader | undefined = undefined;
  /** Whether this parse takes over instructions from the document's previous one. */
  private incremental = false;

  constructor(
    private readonly text: string,
    private readonly uri: string,
    private readonly version: number,
  ) {
    this.lines = new DocumentLines(text);
  }

  /**
   * Parses the text, taking over what it can from `previous` (the same document's last parse).
   * Returns undefined when the edit needs a full parse after all.
   */
  parse(previous?: DockerfileAst): DockerfileAst | undefined {
    let directivesDone = false;
    let line = 0;
    const plan = previous && incrementalPlan(previous, this.text, this.lines.starts);
    if (previous && plan) {
      this.incremental = true;
      this.escapeChar = previous.escapeChar;
      this.directives.push(...previous.directives);
      for (const comment of previous.comments) if (comment.range.start.line < plan.resumeLine) this.comments.push(comment);
      for (let i = 0; i < plan.reused; i++) this.addInstruction(previous.instructions[i]);
      directivesDone = true;
      line = plan.resumeLine;
    }
    while (line < this.lines.count) {
      if (previous && plan && line > plan.lastChangedLine) {
        const resumed = this.resumeFrom(previous, line);
        if (resumed === 'mismatch') return undefined;
        if (resumed === 'done') break;
      }
      const content = this.lines.text(line);
      let indent = 0;
      if (line === 0 && content.charCodeAt(0) === 0xfeff) indent = 1;
      while (indent < content.length && (content[indent] === ' ' || content[indent] === '\t')) indent++;
      if (!directivesDone) {
        if (this.readDirective(line, content, indent)) {
          line++;
          continue;
        }
        directivesDone = true;
      }
      if (indent === content.length) {
        line++;
        continue;
      }
      if (content[indent] === '#') {
        this.comments.push({ text: content.slice(indent), range: this.lines.range(line, indent) });
        line++;
        continue;
      }
      line = this.readInstruction(line, indent);
    }
    this.closeStages();
    this.reader?.words.trim();
    return {
      uri: this.uri,
      version: this.version,
      text: this.text,
      lineStarts: this.lines.starts,
      escapeChar: this.escapeChar,
      directives: this.directives,
      comments: this.comments,
      instructions: this.instructions,
      stages: this.stages,
      globalArgs: this.globalArgs,
    };
  }

  /**
   * Past the edit, at the top level: when the previous parse had an instruction starting on this
   * line, everything from here on is the same as before, so its instructions and comments are taken over.
   */
  private resumeFrom(previous: DockerfileAst, line: number): 'continue' | 'done' | 'mismatch' {
    const index = instructionStartingOn(previous, line);
    if (index < 0) return 'continue';
    const first = previous.instructions[index];
    const stageHere = first.name === 'FROM' ? this.stages.length : this.stages.length - 1;
    // An edit that added or removed a FROM renumbers the stages of everything after it.
    if (first.stageIndex !== stageHere) return 'mismatch';
    for (let i = index; i < previous.instructions.length; i++) this.addInstruction(previous.instructions[i]);
    for (const comment of previous.comments) if (comment.range.start.line >= line) this.comments.push(comment);
    return 'done';
  }

  /** Records a parser directive; false when the line ends the directive block. */
  private readDirective(line: number, content: string, indent: number): boolean {
    const match = directivePattern.exec(content.slice(indent));
    if (!match || !knownDirectives.has(match[1].toLowerCase())) return false;
    const rawName = match[1];
    const value = match[2];
    const nameStart = indent + content.slice(indent).indexOf(rawName);
    const valueStart = value.length > 0 ? content.lastIndexOf(value) : content.length;
    const name = rawName.toLowerCase();
    const isFirst = !this.directives.some((d) => d.name === name);
    this.directives.push({
      name,
      value,
      range: this.lines.range(line, indent),
      nameRange: { start: { line, character: nameStart }, end: { line, character: nameStart + rawName.length } },
      valueRange: { start: { line, character: valueStart }, end: { line, character: valueStart + value.length } },
    });
    if (name === 'escape' && isFirst && (value === '`' || value === '\\')) this.escapeChar = value;
    return true;
  }

  /** Length of the content before a trailing escape character (plus blanks), or -1 when the line does not continue. */
  private continuationAt(content: string, from: number): number {
    let end = content.length;
    while (end > from && (content[end - 1] === ' ' || content[end - 1] === '\t')) end--;
    return end > from && content[end - 1] === this.escapeChar ? end - 1 : -1;
  }

  /** Reads one instruction (its continuation lines and heredocs); returns the next line to read. */
  private readInstruction(firstLine: number, indent: number): number {
    const lineCount = this.lines.count;
    const logical = new LogicalLine(firstLine, indent);
    let line = firstLine;
    let from = indent;
    for (;;) {
      const content = this.lines.text(line);
      const cut = this.continuationAt(content, from);
      logical.append(content.slice(from, cut < 0 ? content.length : cut), line, from);
      logical.endLine = line;
      logical.endCharacter = content.length;
      line++;
      if (cut < 0) break;
      // Inside a continuation, comment lines are dropped and empty lines skipped (BuildKit warns about the latter).
      while (line < lineCount) {
        const next = this.lines.text(line);
        const trimmed = next.trimStart();
        if (trimmed.startsWith('#')) {
          this.comments.push({ text: trimmed, range: this.lines.range(line, next.length - trimmed.length) });
        } else if (trimmed.length === 0) {
          (logical.emptyContinuationLines ??= []).push(line);
        } else break;
        line++;
      }
      if (line >= lineCount) break;
      from = 0;
    }
    // A whole document has about a word per 16 characters; a parse after an edit re-reads a few lines.
    this.reader ??= new InstructionReader(this.escapeChar, this.incremental ? 0 : this.text.length >> 4);
    const parsed = this.reader.read(logical, 0, this.stages.length - 1, this.stages.length);
    if (!parsed) return line;
    const wordsOwner = parsed.trigger ?? parsed;
    if (heredocInstructions.has(wordsOwner.name) && wordsOwner.form !== 'exec' && wordsOwner.argsText.includes('<<')) {
      const read = readHeredocs(this.lines, wordsOwner, line);
      line = read.nextLine;
      // The instruction is still ours alone: give it (and its trigger) the heredocs and the range they extend.
      if (read.heredocs.length > 0) {
        parsed.setHeredocs(read.heredocs, read.end);
        parsed.trigger?.setHeredocs(read.heredocs, read.end);
      }
    }
    if (parsed.keywordLine !== firstLine) setFirstLine(parsed, firstLine);
    this.addInstruction(parsed);
    return line;
  }

  private addInstruction(instruction: Instruction): void {
    this.instructions.push(instruction);
    if (instruction.name === 'FROM') {
      this.stages.push(new ParsedStage(this.stages.length, instruction));
      this.stageInstructions.push([instruction]);
    } else if (this.stages.length === 0) {
      if (instruction.name === 'ARG') this.globalArgs.push(instruction);
    } else {
      this.stageInstructions[this.stageInstructions.length - 1].push(instruction);
    }
  }

  /** Each stage runs from its FROM to the line before the next FROM, or the end of the file. */
  private closeStages(): void {
    const lastLine = this.lines.count - 1;
    for (let i = 0; i < this.stages.length; i++) {
      const next = this.stages[i + 1];
      const endLine = next ? Math.max(next.from.range.start.line - 1, this.stages[i].from.range.end.line) : lastLine;
      const end = next && endLine < this.stages[i].from.range.end.line ? this.stages[i].from.range.end : { line: endLine, character: this.lines.length(endLine) };
      this.stages[i].close(this.stageInstructions[i], { start: this.stages[i].from.range.start, end });
    }
  }
}
