/**
 * Completion for Dockerfiles: parser directives, the instructions valid where
 * the cursor is (each a snippet of its shape) and the snippets of
 * snippets/dockerfile.json that may start there, every flag (most used
 * first) and flag value (`RUN --mount`
 * types and keys included), stage names, variables in scope, EXPOSE
 * protocols, STOPSIGNAL signals and base images (local ones first). Answers
 * from the parse: the instruction under the cursor is found by binary search
 * and only its own text is read.
 */
import {
  CompletionItem,
  CompletionItemKind,
  CompletionItemTag,
  CompletionList,
  InsertTextFormat,
  Position,
  Range,
} from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import {
  buildChecks,
  FlagSpec,
  instructionsByName,
  InstructionSpec,
  instructionSpecs,
  MountKeySpec,
  mountTypes,
  mountTypesByName,
  parserDirectives,
  platformArgs,
  proxyArgs,
  signals,
} from '../../dockerfile/catalogue';
import { comparePositions, instructionAt, instructionBefore, offsetAt, stageAt } from '../../dockerfile/positions';
import type { ServiceContext } from '../mode';
import { dockerfileSnippetList, Snippet, snippetBody, snippetItem } from '../snippets';
import type { DocsLanguage } from '../settings';
import { stageDeclarations, variablesInScope } from './declarations';
import { EntryRef, inline, localizedSyntax, markdown, megabytes, say, shortDocs } from './docs';

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

/** Well-known Docker Official Images with a tag worth starting from. */
const officialImages: readonly [string, string][] = [
  ['alpine', '3.20'], ['busybox', '1.36'], ['debian', 'bookworm-slim'], ['ubuntu', '24.04'],
  ['node', '22-alpine'], ['python', '3.12-slim'], ['golang', '1.23'], ['rust', '1'], ['eclipse-temurin', '21-jre'],
  ['amazoncorretto', '21'], ['maven', '3.9-eclipse-temurin-21'], ['gradle', '8-jdk21'], ['php', '8.3-apache'],
  ['ruby', '3.3'], ['nginx', '1.27-alpine'], ['httpd', '2.4'], ['redis', '7-alpine'], ['postgres', '16'],
  ['mysql', '8.4'], ['mariadb', '11'], ['mongo', '7'], ['caddy', '2'], ['traefik', 'v3.1'], ['registry', '2'],
];

/** SHELL's usual arrays: bash with pipefail (so `a | b` fails when `a` does), sh, and Windows' two. */
const shells = ['["/bin/bash", "-o", "pipefail", "-c"]', '["/bin/sh", "-c"]', '["powershell", "-Command"]', '["cmd", "/S", "/C"]'];
const platforms = ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'windows/amd64'];
const flagValueExamples: Partial<Record<FlagSpec['kind'], readonly string[]>> = {
  boolean: ['true', 'false'],
  duration: ['5s', '10s', '30s', '1m', '5m'],
  integer: ['3'],
  chmod: ['755', '644', 'u+x'],
  checksum: ['sha256:'],
};

const docsMemo = new Map<string, string | undefined>();

function docsFor(ref: EntryRef, language: DocsLanguage): CompletionItem['documentation'] {
  const key = `${language}|${JSON.stringify(ref)}`;
  if (!docsMemo.has(key)) docsMemo.set(key, shortDocs(ref, language));
  const value = docsMemo.get(key);
  return value === undefined ? undefined : markdown(value);
}

interface Context {
  readonly ast: DockerfileAst;
  readonly position: Position;
  readonly ctx: ServiceContext;
  /** The line up to the cursor. */
  readonly linePrefix: string;
  /** The non-blank word that ends at the cursor. */
  readonly word: string;
  readonly wordRange: Range;
}

function rangeFrom(position: Position, length: number): Range {
  return { start: { line: position.line, character: position.character - length }, end: position };
}

export async function completion(ast: DockerfileAst, position: Position, ctx: ServiceContext): Promise<CompletionList | null> {
  const lineStart = ast.lineStarts[position.line] ?? ast.text.length;
  const linePrefix = ast.text.slice(lineStart, offsetAt(ast, position));
  const word = /\S*$/.exec(linePrefix)![0];
  const context: Context = { ast, position, ctx, linePrefix, word, wordRange: rangeFrom(position, word.length) };
  const items = await itemsFor(context);
  return items ? { isIncomplete: false, items } : null;
}

async function itemsFor(context: Context): Promise<CompletionItem[] | null> {
  const { ast, position, linePrefix } = context;
  if (/^\s*#/.test(linePrefix)) return inDirectiveBlock(ast, position.line) ? directiveItems(context) : null;
  const instruction = instructionAt(ast, position) ?? continuedInstruction(ast, position);
  const onKeyword = !instruction || instruction.keywordRange.start.line === position.line;
  // A snippet's prefix may have a dash in it (`apt-get`, `multistage-node`).
  if (onKeyword && /^\s*(?:[A-Za-z][A-Za-z-]*)?$/.test(linePrefix)) return [...instructionItems(context, false), ...snippetItems(context)];
  if (onKeyword && /^\s*onbuild\s+[A-Za-z]*$/i.test(linePrefix)) return instructionItems(context, true);
  if (!instruction) return null;
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

function directiveItems(context: Context): CompletionItem[] | null {
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

const retrigger = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

// ---- Instructions -------------------------------------------------------------------------------------

/** The instructions that may start here: ARG and FROM before the first FROM, ONBUILD's triggers after it. */
function allowedInstructions(context: Context, afterOnbuild: boolean): InstructionSpec[] {
  const { ast, position } = context;
  const firstFrom = ast.stages[0]?.from.keywordRange.start;
  const beforeFirstFrom = !afterOnbuild && (!firstFrom || comparePositions(position, firstFrom) <= 0 || !stageAt(ast, position));
  return instructionSpecs.filter((spec) => (beforeFirstFrom ? spec.name === 'ARG' || spec.name === 'FROM' : !afterOnbuild || spec.allowedInOnbuild));
}

function instructionItems(context: Context, afterOnbuild: boolean): CompletionItem[] {
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
function snippetItems(context: Context): CompletionItem[] {
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

// ---- Arguments ----------------------------------------------------------------------------------------

async function argumentItems(context: Context, target: Instruction, outer: Instruction): Promise<CompletionItem[] | null> {
  const { word, linePrefix } = context;
  const variable = /(?<!\\)\$(\{?)([A-Za-z0-9_]*)$/.exec(linePrefix);
  if (variable) return variableItems(context, variable[1] === '{', variable[2].length);

  const spec = instructionsByName.get(target.name);
  if (!spec) return null;
  const wordStart: Position = context.wordRange.start;
  const completedArgs = target.args.filter((arg) => comparePositions(arg.range.end, wordStart) <= 0);
  const inFlagRegion = completedArgs.length === 0;

  if (word.startsWith('--') && inFlagRegion) {
    const equals = word.indexOf('=');
    if (equals < 0) return flagItems(context, target, spec.flags);
    const flag = spec.flags.find((f) => f.name === word.slice(2, equals).toLowerCase());
    return flag ? flagValueItems(context, target, outer, flag, word.slice(equals + 1)) : null;
  }
  if (word.startsWith('-')) return inFlagRegion ? flagItems(context, target, spec.flags) : null;

  const items: CompletionItem[] = [];
  if (word === '' && inFlagRegion && spec.flags.length > 0) items.push(...flagItems(context, target, spec.flags));
  items.push(...(await valueItems(context, target, outer, completedArgs.length)));
  return items.length > 0 ? items : null;
}

/** Flags in the catalogue's order, the common ones first; experimental (labs) ones last, and marked so. */
function flagItems(context: Context, target: Instruction, flags: readonly FlagSpec[]): CompletionItem[] {
  const { ctx } = context;
  const language = ctx.docsLanguage;
  const used = new Set(target.flags.filter((f) => comparePositions(f.range.end, context.wordRange.start) <= 0).map((f) => f.name));
  const experimental = inline(language, { en: 'experimental', ko: '실험적' });
  return flags
    .filter((flag) => flag.repeatable || !used.has(flag.name))
    .map((flag) => {
      const rank = flags.indexOf(flag) + (flag.labs ? flags.length : 0);
      const choices = flag.kind === 'mount' ? mountTypes.map((m) => m.type) : flag.kind === 'enum' ? flag.values : undefined;
      const newText =
        flag.kind === 'boolean' ? `--${flag.name}` : choices ? `--${flag.name}=${flag.kind === 'mount' ? 'type=' : ''}\${1|${choices.join(',')}|}` : `--${flag.name}=`;
      const description = inline(language, flag.description);
      return {
        label: `--${flag.name}`,
        kind: CompletionItemKind.Property,
        detail: flag.labs ? `${description} (${experimental} · dockerfile:1-labs)` : description,
        ...(flag.labs ? { labelDetails: { description: experimental } } : {}),
        documentation: docsFor({ kind: 'flag', instruction: target.name, flag: flag.name }, language),
        sortText: String(rank).padStart(2, '0'),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: context.wordRange, newText },
        ...(flag.kind === 'boolean' || choices ? {} : { command: retrigger }),
      };
    });
}

function valueList(context: Context, labels: readonly string[], typedLength: number, kind: CompletionItemKind, detail?: string): CompletionItem[] {
  return labels.map((label) => ({ label, kind, detail, textEdit: { range: rangeFrom(context.position, typedLength), newText: label } }));
}

/** Names of the stages before the one `instruction` is in: what `--from` and `FROM` may refer to. */
function earlierStageNames(context: Context, instruction: Instruction): string[] {
  return context.ast.stages.filter((stage) => stage.index < instruction.stageIndex && stage.name).map((stage) => stage.name!);
}

function flagValueItems(context: Context, target: Instruction, outer: Instruction, flag: FlagSpec, typed: string): CompletionItem[] {
  const stageDetail = inline(context.ctx.docsLanguage, { en: 'build stage', ko: '빌드 스테이지' });
  switch (flag.kind) {
    case 'stage':
      return valueList(context, earlierStageNames(context, outer), typed.length, CompletionItemKind.Class, stageDetail);
    case 'platform':
      return valueList(context, platforms, typed.length, CompletionItemKind.Value);
    case 'enum':
      return flag.values ? enumItems(context, target.name, flag.name, flag.values, typed.length) : [];
    case 'mount':
      return mountItems(context, outer, typed);
    default:
      return valueList(context, flagValueExamples[flag.kind] ?? [], typed.length, CompletionItemKind.Value);
  }
}

function enumItems(context: Context, instruction: string, flag: string, values: readonly string[], typedLength: number): CompletionItem[] {
  return values.map((value) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    documentation: docsFor({ kind: 'flag', instruction, flag, value }, context.ctx.docsLanguage),
    textEdit: { range: rangeFrom(context.position, typedLength), newText: value },
  }));
}

/** `--mount=type=cache,ta|`: the keys of the mount's type, or the values of the key being typed. */
function mountItems(context: Context, outer: Instruction, typed: string): CompletionItem[] {
  const parts = typed.split(',');
  const current = parts.pop()!;
  const given = new Map(parts.map((part) => [part.split('=')[0].toLowerCase(), part.slice(part.indexOf('=') + 1)] as const));
  const type = mountTypesByName.get(given.get('type') ?? 'bind');
  const equals = current.indexOf('=');
  if (equals >= 0) {
    const key = current.slice(0, equals).toLowerCase();
    const typedValue = current.slice(equals + 1);
    if (key === 'type') return enumItems(context, 'RUN', 'mount', mountTypes.map((m) => m.type), typedValue.length);
    const spec = type?.keys.find((k) => k.name === key || k.aliases?.includes(key));
    if (!spec) return [];
    if (spec.kind === 'stage') return valueList(context, earlierStageNames(context, outer), typedValue.length, CompletionItemKind.Class);
    if (spec.kind === 'enum' && spec.values) return valueList(context, spec.values, typedValue.length, CompletionItemKind.EnumMember);
    if (spec.kind === 'boolean') return valueList(context, ['true', 'false'], typedValue.length, CompletionItemKind.Value);
    return [];
  }
  if (!type) return [];
  // `type` first: the keys that follow depend on it. Then the type's own keys, in the catalogue's order.
  const typeKey: MountKeySpec = {
    name: 'type',
    kind: 'enum',
    values: mountTypes.map((m) => m.type),
    description: { en: 'bind, cache, tmpfs, secret or ssh (default bind).', ko: 'bind, cache, tmpfs, secret, ssh 중 하나(기본 bind).' },
  };
  const keys = [...(given.has('type') ? [] : [typeKey]), ...type.keys.filter((k) => !given.has(k.name) && !k.aliases?.some((alias) => given.has(alias)))];
  return keys.map((key, index) => ({
    label: key.name,
    kind: CompletionItemKind.Property,
    detail: inline(context.ctx.docsLanguage, key.description),
    sortText: String(index).padStart(2, '0'),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: {
      range: rangeFrom(context.position, current.length),
      newText: key.kind === 'boolean' ? key.name : key.kind === 'enum' && key.values ? `${key.name}=\${1|${key.values.join(',')}|}` : `${key.name}=`,
    },
  }));
}

/** Completions for the words after the flags, by instruction. */
async function valueItems(context: Context, target: Instruction, outer: Instruction, argIndex: number): Promise<CompletionItem[]> {
  const { word, ctx, ast, position } = context;
  switch (target.name) {
    case 'FROM':
      if (argIndex === 0) return imageItems(context, outer);
      if (argIndex === 1) {
        const as = target.keyword === target.keyword.toLowerCase() ? 'as' : 'AS';
        return [{
          label: as,
          kind: CompletionItemKind.Keyword,
          documentation: docsFor({ kind: 'concept', id: 'concept.multi-stage' }, ctx.docsLanguage),
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: { range: context.wordRange, newText: `${as} \${1:name}` },
        }];
      }
      return [];
    case 'HEALTHCHECK':
      return argIndex === 0 ? valueList(context, ['CMD', 'NONE'], word.length, CompletionItemKind.Keyword) : [];
    case 'SHELL':
      return argIndex === 0 && (word === '' || word.startsWith('[')) ? valueList(context, shells, word.length, CompletionItemKind.Value) : [];
    case 'STOPSIGNAL':
      return argIndex === 0 ? valueList(context, signals, word.length, CompletionItemKind.EnumMember) : [];
    case 'EXPOSE': {
      const port = /^(\d+(?:-\d+)?)(\/[A-Za-z]*)?$/.exec(word);
      return port ? valueList(context, ['tcp', 'udp'].map((p) => `${port[1]}/${p}`), word.length, CompletionItemKind.Value) : [];
    }
    case 'ARG': {
      // Inside a stage, a bare `ARG NAME` brings in a global ARG or an automatic platform ARG.
      if (target.stageIndex < 0) return [];
      const detail = inline(ctx.docsLanguage, { en: 'global ARG', ko: '전역 ARG' });
      const inStage = new Set(stageDeclarations(ast, target.stageIndex).filter((d) => comparePositions(d.nameRange.end, position) < 0).map((d) => d.name));
      const globals = [...new Set(stageDeclarations(ast, -1).map((d) => d.name))].filter((name) => !inStage.has(name));
      return [
        ...valueList(context, globals, word.length, CompletionItemKind.Variable, detail),
        ...platformArgs.filter((arg) => !inStage.has(arg.name)).map((arg) => ({
          label: arg.name,
          kind: CompletionItemKind.Variable,
          detail: inline(ctx.docsLanguage, arg.description),
          textEdit: { range: context.wordRange, newText: arg.name },
        })),
      ];
    }
    default:
      return [];
  }
}

async function imageItems(context: Context, from: Instruction): Promise<CompletionItem[]> {
  const { ctx, word } = context;
  const items: CompletionItem[] = earlierStageNames(context, from).map((name) => ({
    label: name,
    kind: CompletionItemKind.Class,
    detail: inline(ctx.docsLanguage, { en: 'build stage', ko: '빌드 스테이지' }),
    sortText: `0${name}`,
    textEdit: { range: context.wordRange, newText: name },
  }));
  const local = new Set<string>();
  for (const image of await ctx.engine.localImages()) {
    for (const tag of image.tags) {
      if (local.has(tag) || tag.endsWith(':<none>')) continue;
      local.add(tag);
      items.push({
        label: tag,
        kind: CompletionItemKind.Module,
        detail: inline(ctx.docsLanguage, { en: `local image · ${megabytes(image.size)}`, ko: `로컬 이미지 · ${megabytes(image.size)}` }),
        sortText: `1${tag}`,
        textEdit: { range: context.wordRange, newText: tag },
      });
    }
  }
  const official = inline(ctx.docsLanguage, { en: 'Docker Official Image', ko: 'Docker 공식 이미지' });
  for (const [name, tag] of officialImages) {
    if (local.has(`${name}:${tag}`)) continue;
    items.push({
      label: name,
      kind: CompletionItemKind.Module,
      detail: official,
      labelDetails: { detail: `:${tag}` },
      filterText: word.includes(':') ? `${name}:${tag}` : name,
      sortText: `2${name}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: context.wordRange, newText: `${name}:\${1:${tag}}` },
    });
  }
  return items;
}


// ---- Variables ------------------------------------------------------------------------------------------

function variableItems(context: Context, braced: boolean, typedLength: number): CompletionItem[] {
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
