/**
 * Dockerfile completion after an instruction's keyword: its flags (most used first, labs ones
 * last), their values (stages, platforms, enumerations, `--mount` types and keys), and its
 * arguments by instruction: base images (stages, local images, official ones), `AS`, HEALTHCHECK,
 * SHELL, STOPSIGNAL, EXPOSE and ARG.
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat, Position } from '../../lsp';
import type { Instruction } from '../../dockerfile/ast';
import { FlagSpec, instructionsByName, MountKeySpec, mountTypes, mountTypesByName, platformArgs, signals } from '../../dockerfile/catalogue';
import { comparePositions } from '../../dockerfile/positions';
import { inline } from '../localized';
import { CompletionContext, docsFor, rangeFrom, retrigger } from './completionContext';
import { stageDeclarations } from './declarations';
import { megabytes } from './docs';

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

/** The words after an instruction's keyword: its flags, their values, and its arguments. */
export async function argumentItems(context: CompletionContext, target: Instruction, outer: Instruction): Promise<CompletionItem[] | null> {
  const { word } = context;
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
function flagItems(context: CompletionContext, target: Instruction, flags: readonly FlagSpec[]): CompletionItem[] {
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

function valueList(context: CompletionContext, labels: readonly string[], typedLength: number, kind: CompletionItemKind, detail?: string): CompletionItem[] {
  return labels.map((label) => ({ label, kind, detail, textEdit: { range: rangeFrom(context.position, typedLength), newText: label } }));
}

/** Names of the stages before the one `instruction` is in: what `--from` and `FROM` may refer to. */
function earlierStageNames(context: CompletionContext, instruction: Instruction): string[] {
  return context.ast.stages.filter((stage) => stage.index < instruction.stageIndex && stage.name).map((stage) => stage.name!);
}

function flagValueItems(context: CompletionContext, target: Instruction, outer: Instruction, flag: FlagSpec, typed: string): CompletionItem[] {
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

function enumItems(context: CompletionContext, instruction: string, flag: string, values: readonly string[], typedLength: number): CompletionItem[] {
  return values.map((value) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    documentation: docsFor({ kind: 'flag', instruction, flag, value }, context.ctx.docsLanguage),
    textEdit: { range: rangeFrom(context.position, typedLength), newText: value },
  }));
}

/** `--mount=type=cache,ta|`: the keys of the mount's type, or the values of the key being typed. */
function mountItems(context: CompletionContext, outer: Instruction, typed: string): CompletionItem[] {
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
async function valueItems(context: CompletionContext, target: Instruction, outer: Instruction, argIndex: number): Promise<CompletionItem[]> {
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

async function imageItems(context: CompletionContext, from: Instruction): Promise<CompletionItem[]> {
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
