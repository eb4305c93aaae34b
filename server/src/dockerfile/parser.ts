/**
 * The Dockerfile parser: one hand-written, single pass over the text that
 * follows BuildKit's own reading rules (directives, the escape character,
 * continuations that may contain comment and empty lines, heredocs, flags,
 * exec vs shell form, variables). It never throws: whatever it cannot make
 * sense of becomes an instruction the diagnostics can complain about.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { Arg, Comment, Directive, DockerfileAst, Flag, Heredoc, Instruction, Stage, VariableRef } from './ast';
import { heredocInstructions, instructionNames, jsonFormInstructions } from './catalogue';

/** `# name=value` at the top of the file, as BuildKit matches it. */
const directivePattern = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const knownDirectives = new Set(['syntax', 'escape', 'check']);
/** A shell word that opens a heredoc: `<<EOF`, `<<-EOF`, `<<"EOF"`, `2<<EOF`. */
const heredocWord = /^\d*<<(-?)([^<]+)$/;
/** The usual spellings of each keyword, mapped to one shared upper-case name. */
const canonicalNames = new Map(instructionNames.flatMap((name) => [[name, name], [name.toLowerCase(), name]] as const));
/** The same spellings, each mapped to one shared string, so instructions keep no copy of their keyword. */
const usualSpellings = new Map(instructionNames.flatMap((name) => [[name, name], [name.toLowerCase(), name.toLowerCase()]] as const));
/**
 * The first line of the few instructions whose keyword is not on it (a line of only `\` before
 * the keyword): where an incremental parse must restart or take over such an instruction.
 */
const physicalFirstLines = new WeakMap<Instruction, number>();
const firstLineOf = (instruction: Instruction) => physicalFirstLines.get(instruction) ?? instruction.range.start.line;
/**
 * A list built by pushing, at its exact size (a pushed-to array keeps room for 16 more), or the
 * shared empty list: a large file's parse holds tens of thousands of these.
 */
function exactSize<T>(items: T[]): readonly T[] {
  return items.length > 0 ? items.slice() : none;
}
/** Shared by every instruction without heredocs, empty continuation lines or variables (most of them). */
const none: readonly never[] = Object.freeze([]);
const execNotExpanded = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const variableOperators = [':-', ':+', ':?', '##', '%%', '//', '-', '+', '?', '#', '%', '/'];

/** Where one piece of a logical line (one physical line, continuation removed) came from. */
interface Segment {
  /** Offset of the piece in the joined logical line. */
  readonly joinedStart: number;
  readonly line: number;
  readonly character: number;
}

/** An instruction's physical lines joined the way BuildKit joins them. */
class LogicalLine {
  text = '';
  emptyContinuationLines: number[] | undefined = undefined;
  /** Where the last physical line ends, as numbers: the tree keeps one logical line per instruction. */
  endLine = 0;
  endCharacter = 0;
  private started = false;
  /** Where the pieces after the first (one per continuation line) come from; most instructions have none. */
  private continuations: Segment[] | undefined = undefined;

  /** The first piece starts at (`firstLine`, `firstCharacter`). */
  constructor(
    private readonly firstLine: number,
    private readonly firstCharacter: number,
  ) {}

  append(piece: string, line: number, character: number): void {
    if (this.started) (this.continuations ??= []).push({ joinedStart: this.text.length, line, character });
    this.started = true;
    this.text += piece;
  }

  endPosition(): Position {
    return { line: this.endLine, character: this.endCharacter };
  }

  /** The document position of a joined offset, at the start of the piece that holds it. */
  positionAt(offset: number): Position {
    return this.position(offset, false);
  }

  /** Like positionAt, but an offset at a piece boundary stays at the end of the earlier piece. */
  endPositionAt(offset: number): Position {
    return this.position(offset, true);
  }

  /** The line of a joined offset, without making a position (most logical lines are one line). */
  lineAt(offset: number): number {
    return this.continuations ? this.positionAt(offset).line : this.firstLine;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: end > start ? this.endPositionAt(end) : this.positionAt(start) };
  }

  private position(offset: number, preferEarlier: boolean): Position {
    const pieces = this.continuations;
    let found = -1;
    if (pieces) {
      let low = 0;
      let high = pieces.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const start = pieces[mid].joinedStart;
        if (start < offset || (!preferEarlier && start === offset)) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
    }
    if (found < 0) return { line: this.firstLine, character: this.firstCharacter + offset };
    const piece = pieces![found];
    return { line: piece.line, character: piece.character + offset - piece.joinedStart };
  }
}

/**
 * An argument (made from the word table on each read, or an exec-form element) whose range is
 * worked out when first asked for: most readers look at a handful of ranges, if any.
 */
class LazyArg implements Arg {
  private computed: Range | undefined = undefined;

  constructor(
    readonly raw: string,
    readonly value: string,
    private readonly logical: LogicalLine,
    /** Where `raw` starts in the logical line (it ends `raw.length` later). */
    private readonly start: number,
  ) {}

  get range(): Range {
    return (this.computed ??= this.logical.range(this.start, this.start + this.raw.length));
  }
}

/**
 * Where the shell words of a parse's instructions are, as pairs of offsets into their logical
 * lines, in one typed array: a 12,800-line file has ~28,000 words, and an object per word that
 * lives as long as the parse is most of what the collector copies while a large file is read.
 * An instruction's `args` are made from here each time they are asked for, and die young.
 */
class WordTable {
  private used = 0;
  private offsets: Int32Array;

  /** Room for `expectedWords` at first, doubled whenever there are more. */
  constructor(readonly escapeChar: '\\' | '`', expectedWords: number) {
    this.offsets = new Int32Array(2 * Math.max(32, expectedWords));
  }

  add(start: number, end: number): void {
    if (this.used + 2 > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.used++] = start;
    this.offsets[this.used++] = end;
  }

  get count(): number {
    return this.used / 2;
  }

  /**
   * Gives back the room the words did not use. A parse after an edit re-reads a few lines, and the
   * instructions it takes over keep the tables of the parses that read them: each must be its words' size.
   */
  trim(): void {
    if (this.used < this.offsets.length) this.offsets = this.offsets.slice(0, this.used);
  }

  end(index: number): number {
    return this.offsets[2 * index + 1];
  }

  /** The words `first` to `first + count - 1` of a logical line, as arguments. */
  args(logical: LogicalLine, first: number, count: number): readonly Arg[] {
    if (count === 0) return none;
    // Pushed, not preallocated: a preallocated array is holey, and features that also see
    // pushed arrays (exec-form arguments) would then meet two kinds of array at the same spot.
    const args: Arg[] = [];
    const text = logical.text;
    for (let i = first; i < first + count; i++) {
      const start = this.offsets[2 * i];
      const raw = text.slice(start, this.offsets[2 * i + 1]);
      args.push(new LazyArg(raw, unquote(raw, this.escapeChar), logical, start));
    }
    return args;
  }
}

/**
 * A build stage. Made when its FROM is read and closed once the parse knows where it ends, so that
 * every stage has the same shape (features reading stages stay monomorphic).
 */
class ParsedStage implements Stage {
  instructions: readonly Instruction[] = none;
  range: Range;

  constructor(
    readonly index: number,
    readonly from: Instruction,
    readonly image: Arg | undefined,
    readonly name: string | undefined,
    readonly nameRange: Range | undefined,
  ) {
    this.range = from.range;
  }

  close(instructions: readonly Instruction[], range: Range): void {
    this.instructions = instructions;
    this.range = range;
  }
}

/** What few instructions have, kept apart so that the others do not carry a field for each. */
class RareParts {
  heredocs: readonly Heredoc[] = none;
  /** Where the last heredoc ends, when there is one. */
  heredocEnd: Position | undefined = undefined;

  constructor(
    readonly execArgs: readonly Arg[] | undefined,
    readonly malformedExec: boolean | undefined,
    readonly trigger: ParsedInstruction | undefined,
  ) {}
}

/**
 * An instruction as small as a large file's parse can keep it: its arguments come from the word
 * table, its text and ranges from its logical line when asked for (only the whole range, which
 * position lookups read again and again, is kept once made), and what few instructions have is
 * in one `RareParts`.
 */
class ParsedInstruction implements Instruction {
  private computedRange: Range | undefined = undefined;
  private rare: RareParts | undefined;

  constructor(
    readonly keyword: string,
    readonly name: string,
    private readonly keywordStart: number,
    readonly flags: readonly Flag[],
    private readonly words: WordTable,
    private readonly firstWord: number,
    readonly argCount: number,
    readonly form: 'exec' | 'shell' | 'none',
    readonly variables: readonly VariableRef[],
    readonly stageIndex: number,
    private readonly logical: LogicalLine,
    /** Where the arguments start and end in the logical line. */
    private readonly argsStart: number,
    private readonly argsEnd: number,
    rare: RareParts | undefined,
  ) {
    this.rare = rare;
  }

  /** Made afresh from the word table on each read: keep the array while you need it. */
  get args(): readonly Arg[] {
    return this.words.args(this.logical, this.firstWord, this.argCount);
  }

  get argsText(): string {
    return this.logical.text.slice(this.argsStart, this.argsEnd);
  }

  get execArgs(): readonly Arg[] | undefined {
    return this.rare?.execArgs;
  }

  get malformedExec(): boolean | undefined {
    return this.rare?.malformedExec;
  }

  get trigger(): ParsedInstruction | undefined {
    return this.rare?.trigger;
  }

  get heredocs(): readonly Heredoc[] {
    return this.rare?.heredocs ?? none;
  }

  /** While the instruction is still the parser's alone: its heredocs, and where the last one ends. */
  setHeredocs(heredocs: readonly Heredoc[], end: Position): void {
    this.rare ??= new RareParts(undefined, undefined, undefined);
    this.rare.heredocs = heredocs;
    this.rare.heredocEnd = end;
  }

  get emptyContinuationLines(): readonly number[] {
    return this.logical.emptyContinuationLines ?? none;
  }

  get keywordRange(): Range {
    return this.logical.range(this.keywordStart, this.keywordStart + this.keyword.length);
  }

  get range(): Range {
    return (this.computedRange ??= { start: this.keywordRange.start, end: this.rare?.heredocEnd ?? this.logical.endPosition() });
  }

  /** The line the keyword is on, without making its range. */
  get keywordLine(): number {
    return this.logical.lineAt(this.keywordStart);
  }

  get argsRange(): Range | undefined {
    return this.argsEnd > this.argsStart ? this.logical.range(this.argsStart, this.argsEnd) : undefined;
  }
}

/** A blank at `index` of `text` (space, tab, \n, \v, \f, \r); false past the end. By code, not by one-character string. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 32 || (code >= 9 && code <= 13);
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/** The lines of a text: where each starts and where its content ends (before `\n`, `\r\n` or `\r`). */
function splitLines(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  // The next \n and the next \r, each found by a native search and looked for again only once passed.
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  let from = 0;
  for (;;) {
    if (lineFeed >= 0 && lineFeed < from) lineFeed = text.indexOf('\n', from);
    if (carriageReturn >= 0 && carriageReturn < from) carriageReturn = text.indexOf('\r', from);
    const end = lineFeed < 0 ? carriageReturn : carriageReturn < 0 ? lineFeed : Math.min(lineFeed, carriageReturn);
    if (end < 0) break;
    ends.push(end);
    from = end + (end === carriageReturn && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    starts.push(from);
  }
  ends.push(text.length);
  return { starts, ends };
}

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

/**
 * Parses documents, each incrementally from its own last parse. The last parses are held
 * weakly: whoever keeps a document's parse alive (the server's document cache, while the
 * document is open) keeps it available here, and a closed document's parse can be collected.
 */
export function createDockerfileParser(capacity = 64): (text: string, uri: string, version: number) => DockerfileAst {
  const lastParses = new Map<string, WeakRef<DockerfileAst>>();
  return (text, uri, version) => {
    const previous = lastParses.get(uri)?.deref();
    const ast = previous ? reparseDockerfile(previous, text, version) : parseDockerfile(text, uri, version);
    lastParses.delete(uri);
    lastParses.set(uri, new WeakRef(ast));
    if (lastParses.size > capacity) lastParses.delete(lastParses.keys().next().value!);
    return ast;
  };
}

/** The line holding `offset`. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

class Parser {
  private readonly lineStarts: number[];
  private readonly lineEnds: number[];
  private escapeChar: '\\' | '`' = '\\';
  private readonly directives: Directive[] = [];
  private readonly comments: Comment[] = [];
  private readonly instructions: Instruction[] = [];
  private readonly stages: ParsedStage[] = [];
  private readonly globalArgs: Instruction[] = [];
  private readonly stageInstructions: Instruction[][] = [];
  /** Made at the first instruction, once the directives have settled the escape character. */
  private wordTable: WordTable | undefined = undefined;
  /** Whether this parse takes over instructions from the document's previous one. */
  private incremental = false;

  constructor(
    private readonly text: string,
    private readonly uri: string,
    private readonly version: number,
  ) {
    const { starts, ends } = splitLines(text);
    this.lineStarts = starts;
    this.lineEnds = ends;
  }

  /**
   * Parses the text. With `previous` (the same document's last parse), only the lines around
   * an edit that kept the line count are re-read: the instructions before it, and those after
   * it once the parse is back in step, are the previous parse's own (their positions have not
   * moved). Returns undefined when the edit needs a full parse after all.
   */
  parse(previous?: DockerfileAst): DockerfileAst | undefined {
    const lineCount = this.lineStarts.length;
    let directivesDone = false;
    let line = 0;
    const plan = previous && this.incrementalPlan(previous);
    if (previous && plan) {
      this.incremental = true;
      this.escapeChar = previous.escapeChar;
      this.directives.push(...previous.directives);
      for (const comment of previous.comments) if (comment.range.start.line < plan.resumeLine) this.comments.push(comment);
      for (let i = 0; i < plan.reused; i++) this.addInstruction(previous.instructions[i]);
      directivesDone = true;
      line = plan.resumeLine;
    }
    while (line < lineCount) {
      if (previous && plan && line > plan.lastChangedLine) {
        const resumed = this.resumeFrom(previous, line);
        if (resumed === 'mismatch') return undefined;
        if (resumed === 'done') break;
      }
      const content = this.lineText(line);
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
        this.comments.push({ text: content.slice(indent), range: this.lineRange(line, indent) });
        line++;
        continue;
      }
      line = this.readInstruction(line, indent);
    }
    this.closeStages();
    this.wordTable?.trim();
    return {
      uri: this.uri,
      version: this.version,
      text: this.text,
      lineStarts: this.lineStarts,
      escapeChar: this.escapeChar,
      directives: this.directives,
      comments: this.comments,
      instructions: this.instructions,
      stages: this.stages,
      globalArgs: this.globalArgs,
    };
  }

  /**
   * Where an incremental parse restarts: one instruction before the first one the edit may touch
   * (an instruction left open by a continuation reaches into the lines after it), and only when
   * the edit kept the line count and lies past the first instruction (so past the directives).
   */
  private incrementalPlan(previous: DockerfileAst): { reused: number; resumeLine: number; lastChangedLine: number } | undefined {
    if (previous.lineStarts.length !== this.lineStarts.length) return undefined;
    const before = previous.text;
    const after = this.text;
    const shorter = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    const firstChangedLine = lineOf(this.lineStarts, prefix);
    const lastChangedLine = Math.max(lineOf(this.lineStarts, after.length - suffix), lineOf(previous.lineStarts, before.length - suffix));
    const instructions = previous.instructions;
    // The first instruction that ends on or after the line before the edit (end lines only grow).
    let low = 0;
    let high = instructions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (instructions[mid].range.end.line >= firstChangedLine - 1) high = mid;
      else low = mid + 1;
    }
    const reused = low - 1;
    if (reused < 1) return undefined;
    return { reused, resumeLine: firstLineOf(instructions[reused]), lastChangedLine };
  }

  /**
   * Past the edit, at the top level: when the previous parse had an instruction starting on this
   * line, everything from here on is the same as before, so its instructions and comments are taken over.
   */
  private resumeFrom(previous: DockerfileAst, line: number): 'continue' | 'done' | 'mismatch' {
    const instructions = previous.instructions;
    let low = 0;
    let high = instructions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const start = firstLineOf(instructions[mid]);
      if (start === line) {
        const first = instructions[mid];
        const stageHere = first.name === 'FROM' ? this.stages.length : this.stages.length - 1;
        // An edit that added or removed a FROM renumbers the stages of everything after it.
        if (first.stageIndex !== stageHere) return 'mismatch';
        for (let i = mid; i < instructions.length; i++) this.addInstruction(instructions[i]);
        for (const comment of previous.comments) if (comment.range.start.line >= line) this.comments.push(comment);
        return 'done';
      }
      if (start < line) low = mid + 1;
      else high = mid - 1;
    }
    return 'continue';
  }

  private lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnds[line]);
  }

  private lineLength(line: number): number {
    return this.lineEnds[line] - this.lineStarts[line];
  }

  private lineRange(line: number, from = 0): Range {
    return { start: { line, character: from }, end: { line, character: this.lineLength(line) } };
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
      range: this.lineRange(line, indent),
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
    const lineCount = this.lineStarts.length;
    const logical = new LogicalLine(firstLine, indent);
    let line = firstLine;
    let from = indent;
    for (;;) {
      const content = this.lineText(line);
      const cut = this.continuationAt(content, from);
      logical.append(content.slice(from, cut < 0 ? content.length : cut), line, from);
      logical.endLine = line;
      logical.endCharacter = content.length;
      line++;
      if (cut < 0) break;
      // Inside a continuation, comment lines are dropped and empty lines skipped (BuildKit warns about the latter).
      while (line < lineCount) {
        const next = this.lineText(line);
        const trimmed = next.trimStart();
        if (trimmed.startsWith('#')) {
          this.comments.push({ text: trimmed, range: this.lineRange(line, next.length - trimmed.length) });
        } else if (trimmed.length === 0) {
          (logical.emptyContinuationLines ??= []).push(line);
        } else break;
        line++;
      }
      if (line >= lineCount) break;
      from = 0;
    }
    const parsed = this.parseInstruction(logical, 0, this.stages.length - 1);
    if (!parsed) return line;
    const wordsOwner = parsed.trigger ?? parsed;
    if (heredocInstructions.has(wordsOwner.name) && wordsOwner.form !== 'exec' && wordsOwner.argsText.includes('<<')) {
      const read = this.readHeredocs(wordsOwner.args, line);
      line = read.nextLine;
      // The instruction is still ours alone: give it (and its trigger) the heredocs and the range they extend.
      if (read.heredocs.length > 0) {
        parsed.setHeredocs(read.heredocs, read.end);
        parsed.trigger?.setHeredocs(read.heredocs, read.end);
      }
    }
    if (parsed.keywordLine !== firstLine) physicalFirstLines.set(parsed, firstLine);
    this.addInstruction(parsed);
    return line;
  }

  private addInstruction(instruction: Instruction): void {
    this.instructions.push(instruction);
    if (instruction.name === 'FROM') {
      const args = instruction.args;
      const hasName = args.length >= 3 && args[1].value.toLowerCase() === 'as';
      this.stages.push(new ParsedStage(this.stages.length, instruction, args[0], hasName ? args[2].value.toLowerCase() : undefined, hasName ? args[2].range : undefined));
      this.stageInstructions.push([instruction]);
    } else if (this.stages.length === 0) {
      if (instruction.name === 'ARG') this.globalArgs.push(instruction);
    } else {
      this.stageInstructions[this.stageInstructions.length - 1].push(instruction);
    }
  }

  /** Each stage runs from its FROM to the line before the next FROM, or the end of the file. */
  private closeStages(): void {
    const lastLine = this.lineStarts.length - 1;
    for (let i = 0; i < this.stages.length; i++) {
      const next = this.stages[i + 1];
      const endLine = next ? Math.max(next.from.range.start.line - 1, this.stages[i].from.range.end.line) : lastLine;
      const end = next && endLine < this.stages[i].from.range.end.line ? this.stages[i].from.range.end : { line: endLine, character: this.lineLength(endLine) };
      this.stages[i].close(this.stageInstructions[i], { start: this.stages[i].from.range.start, end });
    }
  }

  /** Reads the bodies of the heredocs opened by an instruction's words, in order, from `line`. */
  private readHeredocs(words: readonly Arg[], line: number): { heredocs: Heredoc[]; nextLine: number; end: Position } {
    const heredocs: Heredoc[] = [];
    const lineCount = this.lineStarts.length;
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
      while (line < lineCount) {
        const content = this.lineText(line);
        if ((stripTabs ? content.replace(/^\t+/, '') : content) === delimiter) {
          terminator = this.lineRange(line);
          line++;
          break;
        }
        line++;
      }
      const lastBodyLine = (terminator ? terminator.start.line : line) - 1;
      const contentRange: Range =
        lastBodyLine >= bodyStart
          ? { start: { line: bodyStart, character: 0 }, end: { line: lastBodyLine, character: this.lineLength(lastBodyLine) } }
          : { start: { line: bodyStart, character: 0 }, end: { line: bodyStart, character: 0 } };
      end = terminator ? terminator.end : contentRange.end;
      heredocs.push({ delimiter, stripTabs, quoted, markerRange: word.range, contentRange, terminatorRange: terminator });
    }
    return { heredocs, nextLine: line, end };
  }

  /** Parses the instruction that starts at `from` in a logical line (an ONBUILD trigger starts mid-line). */
  private parseInstruction(logical: LogicalLine, from: number, stageIndex: number): ParsedInstruction | undefined {
    const text = logical.text;
    let p = from;
    while (p < text.length && isSpaceAt(text, p)) p++;
    const keywordStart = p;
    while (p < text.length && !isSpaceAt(text, p)) p++;
    if (p === keywordStart) return undefined;
    const written = text.slice(keywordStart, p);
    const keyword = usualSpellings.get(written) ?? written;
    const name = canonicalNames.get(keyword) ?? keyword.toUpperCase();
    // A FROM opens the stage it belongs to (an ONBUILD trigger never does).
    if (name === 'FROM' && from === 0) stageIndex = this.stages.length;

    if (name === 'ONBUILD') {
      const trigger = this.parseInstruction(logical, p, stageIndex);
      const rest = this.restOf(logical, p);
      return new ParsedInstruction(
        keyword, name, keywordStart, none, rest.words, rest.firstWord, rest.wordCount,
        rest.end > rest.start ? 'shell' : 'none', trigger?.variables ?? none, stageIndex,
        logical, rest.start, rest.end, trigger && new RareParts(undefined, undefined, trigger),
      );
    }

    const flags: Flag[] = [];
    const variables: VariableRef[] = [];
    for (;;) {
      while (p < text.length && isSpaceAt(text, p)) p++;
      if (text[p] !== '-' || text[p + 1] !== '-' || p + 2 >= text.length || isSpaceAt(text, p + 2)) break;
      const wordEnd = this.wordEnd(text, p);
      const raw = text.slice(p, wordEnd);
      const equals = raw.indexOf('=');
      const flagName = equals < 0 ? raw.slice(2) : raw.slice(2, equals);
      const valueStart = p + equals + 1;
      const value = equals < 0 ? undefined : unquote(raw.slice(equals + 1), this.escapeChar);
      flags.push(new LazyFlag(flagName, value, logical, p, wordEnd, equals < 0 ? -1 : valueStart));
      if (equals >= 0) this.scanVariables(logical, valueStart, wordEnd, variables);
      p = wordEnd;
    }

    const rest = this.restOf(logical, p);
    let form: Instruction['form'] = rest.end > rest.start ? 'shell' : 'none';
    let execArgs: Arg[] | undefined;
    let malformedExec: boolean | undefined;
    if (jsonFormInstructions.has(name) && rest.end > rest.start) {
      let jsonStart = rest.start;
      if (name === 'HEALTHCHECK') {
        const firstEnd = rest.wordCount > 0 ? rest.words.end(rest.firstWord) : rest.start;
        const first = unquote(text.slice(rest.start, firstEnd), this.escapeChar);
        jsonStart = first.toUpperCase() === 'CMD' ? firstEnd : -1;
        while (jsonStart >= 0 && jsonStart < rest.end && isSpaceAt(text, jsonStart)) jsonStart++;
      }
      if (jsonStart >= 0 && text[jsonStart] === '[') {
        execArgs = parseJsonStrings(logical, jsonStart, rest.end);
        if (execArgs) form = 'exec';
        else malformedExec = true;
      }
    }
    // Exec-form commands run without a shell, so nothing in them is expanded.
    if (form !== 'exec' || !execNotExpanded.has(name)) this.scanVariables(logical, rest.start, rest.end, variables);

    // Empty lists are shared: only what survives the parse costs the collector.
    return new ParsedInstruction(
      keyword, name, keywordStart, exactSize(flags), rest.words, rest.firstWord, rest.wordCount,
      form, exactSize(variables), stageIndex, logical, rest.start, rest.end,
      execArgs || malformedExec ? new RareParts(execArgs && exactSize(execArgs), malformedExec, undefined) : undefined,
    );
  }

  /** The arguments from `p` to the end of the logical line, split into shell words. */
  private restOf(logical: LogicalLine, p: number) {
    const text = logical.text;
    let start = p;
    while (start < text.length && isSpaceAt(text, start)) start++;
    let end = text.length;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    // A whole document has about a word per 16 characters; a parse after an edit re-reads a few lines.
    const words = (this.wordTable ??= new WordTable(this.escapeChar, this.incremental ? 0 : this.text.length >> 4));
    const firstWord = words.count;
    let q = start;
    while (q < end) {
      while (q < end && isSpaceAt(text, q)) q++;
      if (q >= end) break;
      const wordEnd = Math.min(this.wordEnd(text, q), end);
      words.add(q, wordEnd);
      q = wordEnd;
    }
    return { start, end, words, firstWord, wordCount: words.count - firstWord };
  }

  /** The end of the shell word at `p`: the first blank outside quotes. */
  private wordEnd(text: string, p: number): number {
    const escape = this.escapeChar.charCodeAt(0);
    /** The open quote's code (`"` 34, `'` 39), or 0 outside quotes. */
    let quote = 0;
    while (p < text.length) {
      const code = text.charCodeAt(p);
      if (quote !== 0) {
        if (code === quote) quote = 0;
        else if (code === escape && quote === 34) p++;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === escape) p++;
      else if (isSpaceAt(text, p)) break;
      p++;
    }
    return Math.min(p, text.length);
  }

  /** Collects `$V` and `${V…}` references between `start` and `end`, outside single quotes. */
  private scanVariables(logical: LogicalLine, start: number, end: number, into: VariableRef[]): void {
    const text = logical.text;
    // Most arguments have no `$` at all: one native search rules them out.
    const dollar = text.indexOf('$', start);
    if (dollar < 0 || dollar >= end) return;
    let inSingle = false;
    let inDouble = false;
    for (let p = start; p < end; p++) {
      const ch = text[p];
      if (inSingle) {
        if (ch === "'") inSingle = false;
        continue;
      }
      if (ch === this.escapeChar) {
        p++;
        continue;
      }
      if (ch === "'" && !inDouble) inSingle = true;
      else if (ch === '"') inDouble = !inDouble;
      else if (ch === '$') {
        const ref = readVariable(logical, p, end);
        if (ref) {
          into.push(ref.variable);
          p = ref.end - 1;
        }
      }
    }
  }
}

/** A `--name=value` flag whose ranges, like an argument's, are worked out when first asked for. */
class LazyFlag implements Flag {
  private computed: { range: Range; nameRange: Range; valueRange: Range | undefined } | undefined = undefined;

  constructor(
    readonly name: string,
    readonly value: string | undefined,
    private readonly logical: LogicalLine,
    private readonly start: number,
    private readonly end: number,
    /** -1 for a bare `--link`. */
    private readonly valueStart: number,
  ) {}

  get range(): Range {
    return this.ranges().range;
  }

  get nameRange(): Range {
    return this.ranges().nameRange;
  }

  get valueRange(): Range | undefined {
    return this.ranges().valueRange;
  }

  private ranges() {
    return (this.computed ??= {
      range: this.logical.range(this.start, this.end),
      nameRange: this.logical.range(this.start, this.start + 2 + this.name.length),
      valueRange: this.valueStart < 0 ? undefined : this.logical.range(this.valueStart, this.end),
    });
  }
}

/** A variable reference whose ranges, like an argument's, are worked out when first asked for. */
class LazyVariable implements VariableRef {
  private computedRange: Range | undefined = undefined;
  private computedNameRange: Range | undefined = undefined;

  constructor(
    readonly name: string,
    private readonly logical: LogicalLine,
    private readonly start: number,
    private readonly end: number,
    private readonly nameStart: number,
    readonly operator: string | undefined,
    readonly word: string | undefined,
    readonly malformed: boolean | undefined,
  ) {}

  get range(): Range {
    return (this.computedRange ??= this.logical.range(this.start, this.end));
  }

  get nameRange(): Range {
    return (this.computedNameRange ??= this.logical.range(this.nameStart, this.nameStart + this.name.length));
  }
}

/** Reads the variable reference at `p` (a `$`) and returns it with the offset after it; undefined for a lone `$`. */
function readVariable(logical: LogicalLine, p: number, end: number): { variable: VariableRef; end: number } | undefined {
  const text = logical.text;
  if (text[p + 1] !== '{') {
    let q = p + 1;
    if (q >= end || !isNameStart(text.charCodeAt(q))) return undefined;
    while (q < end && isNameChar(text.charCodeAt(q))) q++;
    return { variable: new LazyVariable(text.slice(p + 1, q), logical, p, q, p + 1, undefined, undefined, undefined), end: q };
  }
  const nameStart = p + 2;
  let q = nameStart;
  while (q < end && isNameChar(text.charCodeAt(q))) q++;
  const name = text.slice(nameStart, q);
  // The closing brace, skipping nested `${…}` in the modifier's word.
  let depth = 1;
  let close = -1;
  for (let r = q; r < end; r++) {
    if (text[r] === '$' && text[r + 1] === '{') {
      depth++;
      r++;
    } else if (text[r] === '}' && --depth === 0) {
      close = r;
      break;
    }
  }
  const reference = (refEnd: number, operator?: string, word?: string, malformed?: boolean) =>
    ({ variable: new LazyVariable(name, logical, p, refEnd, nameStart, operator, word, malformed), end: refEnd });
  if (close < 0) return reference(end, undefined, undefined, true);
  if (name.length === 0 || !isNameStart(name.charCodeAt(0))) return reference(close + 1, undefined, undefined, true);
  if (q === close) return reference(close + 1);
  const operator = variableOperators.find((op) => text.startsWith(op, q));
  if (!operator) return reference(close + 1, undefined, undefined, true);
  return reference(close + 1, operator, text.slice(q + operator.length, close));
}

/** A shell word without its quotes, with escapes resolved. */
export function unquote(raw: string, escapeChar: string): string {
  // Most words have no quote or escape: one pass to find the first, and the word itself when there is none.
  const escapeCode = escapeChar.charCodeAt(0);
  let plain = 0;
  while (plain < raw.length) {
    const code = raw.charCodeAt(plain);
    if (code === 34 || code === 39 || code === escapeCode) break;
    plain++;
  }
  if (plain === raw.length) return raw;
  let value = raw.slice(0, plain);
  let quote: string | undefined;
  for (let i = plain; i < raw.length; i++) {
    const ch = raw[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && ch === escapeChar && i + 1 < raw.length && '"$`\\'.includes(raw[i + 1])) value += raw[++i];
      else value += ch;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === escapeChar && i + 1 < raw.length) value += raw[++i];
    else value += ch;
  }
  return value;
}

/** The elements of a JSON array of strings starting at `start`, or undefined when it is not one. */
function parseJsonStrings(logical: LogicalLine, start: number, end: number): Arg[] | undefined {
  const text = logical.text;
  const args: Arg[] = [];
  let p = start + 1;
  const skipSpace = () => {
    while (p < end && isSpaceAt(text, p)) p++;
  };
  skipSpace();
  if (text[p] === ']') {
    p++;
    skipSpace();
    return p === end ? args : undefined;
  }
  for (;;) {
    skipSpace();
    if (text[p] !== '"') return undefined;
    let q = p + 1;
    while (q < end && text[q] !== '"') q += text[q] === '\\' ? 2 : 1;
    if (q >= end) return undefined;
    const raw = text.slice(p, q + 1);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof value !== 'string') return undefined;
    args.push(new LazyArg(raw, value, logical, p));
    p = q + 1;
    skipSpace();
    if (text[p] === ',') {
      p++;
      continue;
    }
    if (text[p] !== ']') return undefined;
    p++;
    skipSpace();
    return p === end ? args : undefined;
  }
}
