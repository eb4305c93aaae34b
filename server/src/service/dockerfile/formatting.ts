/**
 * Formatting for Dockerfiles (document, range and on-type): one indent for
 * continuation lines, a single space after the keyword, no indentation before
 * it, no trailing whitespace. Heredoc bodies and text inside a quoted string
 * that spans lines are never touched, and instruction casing is never changed.
 */
import type { FormattingOptions, Position, Range, TextEdit } from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { instructionAt } from '../../dockerfile/positions';

export const onTypeFormattingTriggerCharacters = ['\n'] as const;

const enum Role {
  Other,
  /** Inside a heredoc body or on its terminator: left exactly as written. */
  Verbatim,
  /** A continuation line of an instruction: indented by one unit. */
  Continuation,
  /** A continuation line that starts inside a quoted string: its leading blanks are content. */
  InString,
}

function indentUnit(options: FormattingOptions): string {
  return options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
}

function lineText(ast: DockerfileAst, line: number): string {
  const start = ast.lineStarts[line];
  let end = line + 1 < ast.lineStarts.length ? ast.lineStarts[line + 1] : ast.text.length;
  while (end > start && (ast.text[end - 1] === '\n' || ast.text[end - 1] === '\r')) end--;
  return ast.text.slice(start, end);
}

function replace(line: number, from: number, to: number, newText: string): TextEdit {
  const range: Range = { start: { line, character: from }, end: { line, character: to } };
  return { range, newText };
}

/** Whether each physical line of an instruction (before its heredoc bodies) ends inside a quote. */
function openQuoteAtLineEnds(ast: DockerfileAst, instruction: Instruction, lastLine: number): Map<number, boolean> {
  const open = new Map<number, boolean>();
  let quote: string | undefined;
  for (let line = instruction.range.start.line; line <= lastLine; line++) {
    const text = lineText(ast, line);
    if (quote === undefined && /^\s*#/.test(text) && line > instruction.range.start.line) {
      open.set(line, false);
      continue;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === ast.escapeChar && quote !== "'") i++;
      else if (quote === undefined && (ch === '"' || ch === "'")) quote = ch;
      else if (ch === quote) quote = undefined;
    }
    open.set(line, quote !== undefined);
  }
  return open;
}

function rolesOf(ast: DockerfileAst): Role[] {
  const roles: Role[] = new Array<Role>(ast.lineStarts.length).fill(Role.Other);
  for (const instruction of ast.instructions) {
    const firstBodyLine = instruction.heredocs.length > 0 ? instruction.heredocs[0].contentRange.start.line : instruction.range.end.line + 1;
    const lastArgLine = Math.min(firstBodyLine - 1, instruction.range.end.line);
    const quoted = lastArgLine > instruction.range.start.line ? openQuoteAtLineEnds(ast, instruction, lastArgLine) : undefined;
    for (let line = instruction.range.start.line + 1; line <= lastArgLine; line++) {
      roles[line] = quoted?.get(line - 1) ? Role.InString : Role.Continuation;
    }
    for (let line = firstBodyLine; line <= instruction.range.end.line; line++) roles[line] = Role.Verbatim;
  }
  return roles;
}

export function formatting(ast: DockerfileAst, options: FormattingOptions, range?: Range): TextEdit[] {
  const roles = rolesOf(ast);
  const indent = indentUnit(options);
  const firstLine = range?.start.line ?? 0;
  // A selection of whole lines ends at column 0 of the line after them: that line is not selected.
  const endLine = range && range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range?.end.line;
  const lastLine = Math.min(endLine ?? Number.MAX_SAFE_INTEGER, ast.lineStarts.length - 1);
  const edits: TextEdit[] = [];
  const keywordLines = new Map<number, Instruction>();
  for (const instruction of ast.instructions) keywordLines.set(instruction.keywordRange.start.line, instruction);

  for (let line = firstLine; line <= lastLine; line++) {
    const role = roles[line];
    if (role === Role.Verbatim) continue;
    const text = lineText(ast, line);
    // Only blanks count as indentation; a byte-order mark stays where it is.
    const bom = line === 0 && text.startsWith('\uFEFF') ? 1 : 0;
    const contentStart = bom + /^[ \t]*/.exec(text.slice(bom))![0].length;
    const contentEnd = text.length - /[ \t]*$/.exec(text)![0].length;
    if (contentEnd === 0) {
      if (text.length > 0) edits.push(replace(line, 0, text.length, ''));
      continue;
    }
    const instruction = keywordLines.get(line);
    if (instruction && instruction.keywordRange.start.character === contentStart) {
      if (contentStart > bom) edits.push(replace(line, bom, contentStart, ''));
      edits.push(...keywordSpacing(text, instruction, contentEnd));
    } else if (role === Role.Continuation && text.slice(0, contentStart) !== indent) {
      edits.push(replace(line, 0, contentStart, indent));
    }
    if (contentEnd < text.length) edits.push(replace(line, contentEnd, text.length, ''));
  }
  return edits;
}

/** One space between the keyword (and an ONBUILD's trigger keyword) and what follows on the line. */
function keywordSpacing(text: string, instruction: Instruction, contentEnd: number): TextEdit[] {
  const edits: TextEdit[] = [];
  const line = instruction.keywordRange.start.line;
  const keywordEnds = [instruction.keywordRange.end];
  if (instruction.trigger && instruction.trigger.keywordRange.start.line === line) keywordEnds.push(instruction.trigger.keywordRange.end);
  for (const end of keywordEnds) {
    if (end.line !== line) continue;
    let next = end.character;
    while (next < contentEnd && (text[next] === ' ' || text[next] === '\t')) next++;
    if (next < contentEnd && next > end.character && text.slice(end.character, next) !== ' ') edits.push(replace(line, end.character, next, ' '));
  }
  return edits;
}

/** After Enter: indent the new line under a continued instruction, or start it at column 0 after one. */
export function onTypeFormatting(ast: DockerfileAst, position: Position, ch: string, options: FormattingOptions): TextEdit[] {
  if (ch !== '\n' || position.line === 0) return [];
  const roles = rolesOf(ast);
  if (roles[position.line] === Role.Verbatim || roles[position.line] === Role.InString) return [];
  const previous = lineText(ast, position.line - 1);
  const trimmed = previous.trimEnd();
  const inInstruction = instructionAt(ast, { line: position.line - 1, character: 0 });
  if (roles[position.line - 1] === Role.Verbatim && inInstruction?.range.end.line !== position.line - 1) return [];
  const continued =
    (trimmed.endsWith(ast.escapeChar) && !/^\s*#/.test(trimmed)) || (/^\s*#/.test(trimmed) && roles[position.line - 1] === Role.Continuation);
  const text = lineText(ast, position.line);
  const leading = /^[ \t]*/.exec(text)![0].length;
  if (continued) {
    const indent = indentUnit(options);
    return text.slice(0, leading) === indent ? [] : [replace(position.line, 0, leading, indent)];
  }
  // The previous line ended an instruction: what comes next is a new one, at column 0.
  const endsInstruction = inInstruction !== undefined || trimmed.length === 0;
  return endsInstruction && leading > 0 && !/^\s*#/.test(trimmed) ? [replace(position.line, 0, leading, '')] : [];
}
