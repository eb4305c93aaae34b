/** One instruction read from its logical line: keyword, flags, arguments (shell or exec form), variables, an ONBUILD trigger. */
import type { Arg, Flag, Instruction, VariableRef } from './ast';
import { instructionNames, jsonFormInstructions } from './catalogue';
import { parseExecForm } from './execForm';
import type { LogicalLine } from './logicalLines';
import { exactSize, LazyFlag, none, ParsedInstruction, RareParts } from './parsedNodes';
import { isSpaceAt, unquote, WordTable, wordEnd } from './shellWords';
import { scanVariables } from './variables';

/** The usual spellings of each keyword, mapped to one shared upper-case name. */
const canonicalNames = new Map(instructionNames.flatMap((name) => [[name, name], [name.toLowerCase(), name]] as const));
/** The same spellings, each mapped to one shared string, so instructions keep no copy of their keyword. */
const usualSpellings = new Map(instructionNames.flatMap((name) => [[name, name], [name.toLowerCase(), name.toLowerCase()]] as const));
/** Exec-form commands run without a shell, so nothing in them is expanded. */
const execNotExpanded = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

/** Reads a parse's instructions; made once the directives have settled the escape character. */
export class InstructionReader {
  readonly words: WordTable;

  constructor(
    readonly escapeChar: '\\' | '`',
    expectedWords: number,
  ) {
    this.words = new WordTable(escapeChar, expectedWords);
  }

  /**
   * The instruction that starts at `from` in a logical line (an ONBUILD trigger starts mid-line);
   * `nextStage` is the index a FROM here opens.
   */
  read(logical: LogicalLine, from: number, stageIndex: number, nextStage: number): ParsedInstruction | undefined {
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
    if (name === 'FROM' && from === 0) stageIndex = nextStage;

    if (name === 'ONBUILD') {
      const trigger = this.read(logical, p, stageIndex, nextStage);
      const start = argumentsStart(text, p);
      const end = argumentsEnd(text, start);
      const firstWord = this.addWords(text, start, end);
      return new ParsedInstruction(
        keyword, name, keywordStart, none, this.words, firstWord, this.words.count - firstWord,
        end > start ? 'shell' : 'none', trigger?.variables ?? none, stageIndex,
        logical, start, end, trigger && new RareParts(undefined, undefined, undefined, trigger),
      );
    }

    const flags: Flag[] = [];
    const variables: VariableRef[] = [];
    for (;;) {
      while (p < text.length && isSpaceAt(text, p)) p++;
      if (text[p] !== '-' || text[p + 1] !== '-' || p + 2 >= text.length || isSpaceAt(text, p + 2)) break;
      const end = wordEnd(text, p, this.escapeChar);
      const raw = text.slice(p, end);
      const equals = raw.indexOf('=');
      const flagName = equals < 0 ? raw.slice(2) : raw.slice(2, equals);
      const valueStart = p + equals + 1;
      const value = equals < 0 ? undefined : unquote(raw.slice(equals + 1), this.escapeChar);
      flags.push(new LazyFlag(flagName, value, logical, p, end, equals < 0 ? -1 : valueStart));
      if (equals >= 0) scanVariables(logical, valueStart, end, this.escapeChar, variables);
      p = end;
    }

    const start = argumentsStart(text, p);
    const end = argumentsEnd(text, start);
    const firstWord = this.addWords(text, start, end);
    const wordCount = this.words.count - firstWord;
    let form: Instruction['form'] = end > start ? 'shell' : 'none';
    let execArgs: readonly Arg[] | undefined;
    let malformedExec: true | undefined;
    let execNotStrings: true | undefined;
    if (jsonFormInstructions.has(name) && end > start) {
      let jsonStart = start;
      if (name === 'HEALTHCHECK') {
        const firstEnd = wordCount > 0 ? this.words.end(firstWord) : start;
        const first = unquote(text.slice(start, firstEnd), this.escapeChar);
        jsonStart = first.toUpperCase() === 'CMD' ? firstEnd : -1;
        while (jsonStart >= 0 && jsonStart < end && isSpaceAt(text, jsonStart)) jsonStart++;
      }
      if (jsonStart >= 0 && text[jsonStart] === '[') {
        const exec = parseExecForm(logical, jsonStart, end);
        if (exec === 'notStrings') execNotStrings = true;
        else if (exec) {
          execArgs = exactSize(exec);
          form = 'exec';
        } else malformedExec = true;
      }
    }
    if (form !== 'exec' || !execNotExpanded.has(name)) scanVariables(logical, start, end, this.escapeChar, variables);

    // Empty lists are shared: only what survives the parse costs the collector.
    return new ParsedInstruction(
      keyword, name, keywordStart, exactSize(flags), this.words, firstWord, wordCount,
      form, exactSize(variables), stageIndex, logical, start, end,
      execArgs || malformedExec || execNotStrings ? new RareParts(execArgs, malformedExec, execNotStrings, undefined) : undefined,
    );
  }

  /**
   * Adds the shell words between `start` and `end` to the word table and returns the index of the
   * first. Numbers, not an object: this runs for every instruction of a parse.
   */
  private addWords(text: string, start: number, end: number): number {
    const firstWord = this.words.count;
    let q = start;
    while (q < end) {
      while (q < end && isSpaceAt(text, q)) q++;
      if (q >= end) break;
      const next = Math.min(wordEnd(text, q, this.escapeChar), end);
      this.words.add(q, next);
      q = next;
    }
    return firstWord;
  }
}

/** Where an instruction's arguments start: the first non-blank from `p`. */
function argumentsStart(text: string, p: number): number {
  while (p < text.length && isSpaceAt(text, p)) p++;
  return p;
}

/** Where the arguments starting at `start` end: trailing blanks are not theirs. */
function argumentsEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return end;
}
