/**
 * Completion for Dockerfiles: parser directives, the instructions valid where
 * the cursor is (each a snippet of its shape) and the snippets of
 * snippets/dockerfile.json that may start there, and variables in scope; what
 * follows an instruction's keyword (flags, their values, base images, …) is
 * completionArguments.ts. Answers from the parse: the instruction under the
 * cursor is found by binary search and only its own text is read.
 */
import { CompletionItem, CompletionItemKind, CompletionItemTag, CompletionList, InsertTextFormat, Position } from '../../lsp';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { buildChecks, InstructionSpec, instructionSpecs, parserDirectives, platformArgs, proxyArgs } from '../../dockerfile/catalogue';
import { comparePositions, instructionAt, instructionBefore, offsetAt, stageAt } from '../../dockerfile/positions';
import { inline, say } from '../localized';
import type { ServiceContext } from '../mode';
import { dockerfileSnippetList, Snippet, snippetBody, snippetItem } from '../snippets';
import { argumentItems } from './completionArguments';
import { CompletionContext, docsFor, rangeFrom, retrigger } from './completionContext';
import { variablesInScope } from './declarations';
import { localizedSyntax, markdown } from './docs';

export const completionTriggerCharacters = [' ', '-', '=', '$', '{', ',', '/'] as const;

/** Snippet bodies after the keyword; `$0` is where the cursor ends. */
const instructionSnippets: Readonly<Record<string, string>> = {
  ADD: '${1:src} ${2:dest}',
  ARG: '${1:NAME}${2:=${3:default}}',
  CMD: '["${1:executable}"${2:, "${3:param}"}]',
  COPY: '${1:src} ${2:dest}',
  ENTRYPOINT: '["${1:executable}"${2:, "${3:param}"}]',
  ENV: '${1:KEY}=${2:value}',
  EXPOSE: '${1:8080}',
  FROM: '${1:image}:${2:tag}',
  HEALTHCHECK: '--interval=${1:30s} --timeout=${2:5s} CMD ${3:curl -f http://localhost/ || exit 1}',
  LABEL: '${1:key}="${2:value}"',
  MAINTAINER: '${1:name}',
  ONBUILD: '${1:INSTRUCTION}',
  RUN: '${1:command}',
  SHELL: '["${1:/bin/sh}", "${2:-c}"]',
  STOPSIGNAL: '${1|SIGTERM,SIGINT,SIGQUIT,SIGKILL|}',
  USER: '${1:user}',
  VOLUME: '["${1:/data}"]',
  WORKDIR: '${1:/app}',
};

export async function completion(ast: DockerfileAst, position: Position, ctx: ServiceContext): Promise<CompletionList | null> {
  const lineStart = ast.lineStarts[position.line] ?? ast.text.length;
  const linePrefix = ast.text.slice(lineStart, offsetAt(ast, position));
  const word = /\S*$/.exec(linePrefix)![0];
  const context: CompletionContext = { ast, position, ctx, linePrefix, word, wordRange: rangeFrom(position, word.length) };
  const items = await itemsFor(context);
  return items ? { isIncomplete: false, items } : null;
}

async function itemsFor(context: CompletionContext): Promise<CompletionItem[] | null> {
  const { ast, position, linePrefix } = context;
  if (/^\s*#/.test(linePrefix)) return inDirectiveBlock(ast, position.line) ? directiveItems(context) : null;
  const instruction = instructionAt(ast, position) ?? continuedInstruction(ast, position);
  const onKeyword = !instruction || instruction.keywordRange.start.line === position.line;
  // A snippet's prefix may have a dash in it (`apt-get`, `multistage-node`).
  if (onKeyword && /^\s*(?:[A-Za-z][A-Za-z-]*)?$/.test(linePrefix)) return [...instructionItems(context, false), ...snippetItems(context)];
  if (onKeyword && /^\s*onbuild\s+[A-Za-z]*$/i.test(linePrefix)) return instructionItems(context, true);
  if (!instruction) return null;
  const variable = /(?<!\\)\$(\{?)([A-Za-z0-9_]*)$/.exec(linePrefix);
  if (variable) return variableItems(context, variable[1] === '{', variable[2].length);
  const target = instruction.trigger && comparePositions(position, instruction.trigger.keywordRange.end) > 0 ? instruction.trigger : instruction;
  return argumentItems(context, target, instruction);
}

/**
 * The instruction a line continues when the parse ends it earlier: `RUN apt-get \` followed by the
 * (blank) line being typed on, which the parser has no words for yet.
 */
function continuedInstruction(ast: DockerfileAst, position: Position): Instruction | undefined {
  const previous = instructionBefore(ast, position);
  if (!previous || previous.heredocs.length > 0) return undefined;
  const lineOf = (line: number) => ast.text.slice(ast.lineStarts[line], ast.lineStarts[line + 1] ?? ast.text.length).replace(/[\r\n]+$/, '');
  if (!lineOf(previous.range.end.line).trimEnd().endsWith(ast.escapeChar)) return undefined;
  for (let line = previous.range.end.line + 1; line < position.line; line++) {
    const text = lineOf(line).trim();
    if (text.length > 0 && !text.startsWith('#')) return undefined;
  }
  return previous;
}

// ---- Parser directives ------------------------------------------------------------------------------

/** Directives are only read at the very top, before any comment, blank line or instruction. */
function inDirectiveBlock(ast: DockerfileAst, line: number): boolean {
  return line <= ast.directives.length && ast.directives.every((directive, index) => directive.range.start.line === index);
}

function directiveItems(context: CompletionContext): CompletionItem[] | null {
  const { ast, linePrefix, position, ctx } = context;
  const name = /^\s*#\s*([A-Za-z]*)$/.exec(linePrefix);
  if (name) {
    const present = new Set(ast.directives.filter((d) => d.range.start.line !== position.line).map((d) => d.name));
    return parserDirectives
      .filter((directive) => !present.has(directive.name))
      .map((directive) => ({
        label: directive.name,
        kind: CompletionItemKind.Keyword,
        detail: directive.example,
        documentation: docsFor({ kind: 'directive', name: directive.name }, ctx.docsLanguage),
        textEdit: { range: rangeFrom(position, name[1].length), newText: `${directive.name}=` },
        command: retrigger,
      }));
  }
  const value = /^\s*#\s*(syntax|escape|check)\s*=\s*(.*)$/i.exec(linePrefix);
  if (!value) return null;
  const typed = value[2];
  const values = (labels: readonly string[], typedLength: number, kind: CompletionItemKind = CompletionItemKind.Value) =>
    labels.map((label) => ({ label, kind, textEdit: { range: rangeFrom(position, typedLength), newText: label } }));
  switch (value[1].toLowerCase()) {
    case 'syntax':
      return values(['docker/dockerfile:1', 'docker/dockerfile:1-labs'], typed.length);
    case 'escape':
      return values(['\\', '`'], typed.length);
    default: {
      const setting = typed.split(';').pop()!;
      const skip = /^skip=(.*)$/.exec(setting);
      if (skip) {
        const check = skip[1].split(',').pop()!;
        return values(['all', ...buildChecks.map((c) => c.name)], check.length, CompletionItemKind.EnumMember);
      }
      return values(['skip=', 'error=true', 'experimental='], setting.length, CompletionItemKind.Property);
    }
  }
}

// ---- Instructions -------------------------------------------------------------------------------------

/** The instructions that may start here: ARG and FROM before the first FROM, ONBUILD's triggers after it. */
function allowedInstructions(context: CompletionContext, afterOnbuild: boolean): InstructionSpec[] {
  const { ast, position } = context;
  const firstFrom = ast.stages[0]?.from.keywordRange.start;
  const beforeFirstFrom = !afterOnbuild && (!firstFrom || comparePositions(position, firstFrom) <= 0 || !stageAt(ast, position));
  return instructionSpecs.filter((spec) => (beforeFirstFrom ? spec.name === 'ARG' || spec.name === 'FROM' : !afterOnbuild || spec.allowedInOnbuild));
}

function instructionItems(context: CompletionContext, afterOnbuild: boolean): CompletionItem[] {
  const { word, ctx } = context;
  const lowerCase = word.length > 0 && word === word.toLowerCase();
  return allowedInstructions(context, afterOnbuild)
    .map((spec): CompletionItem => {
      const keyword = lowerCase ? spec.name.toLowerCase() : spec.name;
      return {
        label: spec.name,
        kind: CompletionItemKind.Keyword,
        detail: localizedSyntax(spec.syntax[0], ctx.docsLanguage),
        documentation: docsFor({ kind: 'instruction', name: spec.name }, ctx.docsLanguage),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: context.wordRange, newText: `${keyword} ${instructionSnippets[spec.name] ?? '$0'}` },
        filterText: keyword,
        ...(spec.deprecated ? { tags: [CompletionItemTag.Deprecated], sortText: `~${spec.name}` } : {}),
      };
    });
}

/**
 * The snippets that fit here: where a new instruction may start (not after
 * ONBUILD), and only those whose first instruction is allowed there, so
 * before the first FROM only the ones that start with FROM.
 */
function snippetItems(context: CompletionContext): CompletionItem[] {
  const { ctx } = context;
  const allowed = new Set(allowedInstructions(context, false).map((spec) => spec.name));
  return dockerfileSnippetList
    .filter((snippet) => allowed.has(firstInstruction(snippet)))
    .map((snippet) => snippetItem(snippet, ctx.docsLanguage, context.wordRange, snippetBody(snippet, ctx.docsLanguage).join('\n'), 'dockerfile'));
}

function firstInstruction(snippet: Snippet): string {
  const line = snippet.body.find((text) => text.trim() !== '' && !text.trimStart().startsWith('#')) ?? '';
  return /^\s*([A-Za-z]+)/.exec(line)?.[1].toUpperCase() ?? '';
}

// ---- Variables ------------------------------------------------------------------------------------------

function variableItems(context: CompletionContext, braced: boolean, typedLength: number): CompletionItem[] {
  const { ast, position, ctx } = context;
  const nextChar = ast.text[offsetAt(ast, position)];
  const close = braced && nextChar !== '}' ? '}' : '';
  const range = rangeFrom(position, typedLength);
  const items = new Map<string, CompletionItem>();
  const add = (name: string, kind: CompletionItemKind, detail: string, documentation?: string) => {
    if (!items.has(name)) items.set(name, { label: name, kind, detail, documentation: documentation && markdown(documentation), textEdit: { range, newText: name + close } });
  };
  const lang = ctx.docsLanguage;
  for (const [name, { declaration, imported }] of variablesInScope(ast, position)) {
    const value = declaration.value ?? imported?.value;
    const where = inline(lang, { en: `line ${declaration.nameRange.start.line + 1}`, ko: `${declaration.nameRange.start.line + 1}번째 줄` });
    add(name, declaration.kind === 'ENV' ? CompletionItemKind.Variable : CompletionItemKind.Constant, `${declaration.kind}${value !== undefined ? ` = ${value}` : ''} (${where})`);
  }
  for (const arg of platformArgs) add(arg.name, CompletionItemKind.Constant, inline(lang, { en: 'automatic platform ARG', ko: '자동 플랫폼 ARG' }), say(lang, arg.description));
  for (const name of proxyArgs) add(name, CompletionItemKind.Constant, inline(lang, { en: 'predefined proxy ARG', ko: '미리 정의된 프록시 ARG' }));
  return [...items.values()];
}
