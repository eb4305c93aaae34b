/**
 * Signature help for instruction arguments: Docker's syntax lines for the
 * instruction under the cursor, the exec (JSON) form chosen when it is used,
 * and the argument being typed highlighted.
 */
import type { ParameterInformation, Position, SignatureHelp, SignatureInformation } from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { instructionsByName } from '../../dockerfile/catalogue';
import { comparePositions, instructionAt } from '../../dockerfile/positions';
import type { ServiceContext } from '../mode';
import { localizedSyntax, markdown, shortDocs } from './docs';

export const signatureHelpTriggerCharacters = [' '] as const;

/** The parameters of a syntax line: every word after the keyword, as label offsets. */
function parametersOf(syntax: string): ParameterInformation[] {
  const parameters: ParameterInformation[] = [];
  const word = /\[[^\]]*\]|"[^"]*"|\S+/g;
  const keywordEnd = syntax.indexOf(' ');
  if (keywordEnd < 0) return parameters;
  word.lastIndex = keywordEnd;
  for (let match = word.exec(syntax); match; match = word.exec(syntax)) {
    if (match[0] === '...') continue;
    parameters.push({ label: [match.index, match.index + match[0].length] });
  }
  return parameters;
}

/** `[OPTIONS]` while on a flag; otherwise the argument being typed, the last one absorbing the rest. */
function activeParameter(instruction: Instruction, position: Position, parameterCount: number, hasOptions: boolean): number {
  const onFlag = instruction.flags.some((flag) => comparePositions(flag.range.start, position) <= 0 && comparePositions(position, flag.range.end) <= 0);
  if (hasOptions && onFlag) return 0;
  const argsBefore = instruction.args.filter((arg) => comparePositions(arg.range.end, position) < 0).length;
  return Math.min(argsBefore + (hasOptions ? 1 : 0), Math.max(parameterCount - 1, 0));
}

export function signatureHelp(ast: DockerfileAst, position: Position, ctx: ServiceContext): SignatureHelp | null {
  const outer = instructionAt(ast, position);
  if (!outer || comparePositions(position, outer.keywordRange.end) <= 0) return null;
  const instruction = outer.trigger && comparePositions(position, outer.trigger.keywordRange.end) > 0 ? outer.trigger : outer;
  if (instruction.heredocs.some((heredoc) => heredoc.contentRange.start.line <= position.line)) return null;
  const spec = instructionsByName.get(instruction.name);
  if (!spec) return null;
  const documentation = shortDocs({ kind: 'instruction', name: spec.name }, ctx.docsLanguage);
  const signatures: SignatureInformation[] = spec.syntax.map((syntax) => localizedSyntax(syntax, ctx.docsLanguage)).map((syntax) => ({
    label: syntax,
    documentation: documentation ? markdown(documentation) : undefined,
    parameters: parametersOf(syntax),
  }));
  const execIndex = spec.syntax.findIndex((syntax) => syntax.includes('["'));
  const activeSignature = instruction.form === 'exec' && execIndex >= 0 ? execIndex : Math.max(0, spec.syntax.findIndex((syntax) => !syntax.includes('["')));
  const signature = signatures[activeSignature];
  const hasOptions = spec.syntax[activeSignature].includes('[OPTIONS]') || spec.syntax[activeSignature].includes('[--');
  return {
    signatures,
    activeSignature,
    activeParameter: activeParameter(instruction, position, signature.parameters?.length ?? 0, hasOptions),
  };
}
