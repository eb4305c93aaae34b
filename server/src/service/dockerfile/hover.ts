/**
 * Hover for Dockerfiles: the knowledge base on instructions, flags (and the
 * flag value under the cursor), directives and `AS`; what a variable holds and
 * where it is defined; where a stage is defined and what uses it; and, for a
 * FROM image the local engine has, its size, date, ports, entrypoint and cmd.
 */
import type { Hover, Position, Range } from 'vscode-languageserver';
import type { DockerfileAst, Stage } from '../../dockerfile/ast';
import { platformArgs, proxyArgs } from '../../dockerfile/catalogue';
import { instructionAt, rangeContains } from '../../dockerfile/positions';
import type { LocalImage } from '../../lspExt';
import type { ServiceContext } from '../mode';
import type { DocsLanguage } from '../settings';
import { declarationsIn, stageNamed, stageReferences, symbolAt, symbolNameAt, textOf, variablesInScope } from './declarations';
import { notesHoverSection } from '../../notes/render';
import { docTargetAt } from './docTargets';
import { entryOf, EntryRef, inline, Localized, markdown, megabytes, say, shortDocs } from './docs';
import { hoverExtras } from '../session';

export async function hover(ast: DockerfileAst, position: Position, ctx: ServiceContext): Promise<Hover | null> {
  const language = ctx.docsLanguage;
  const symbol = symbolNameAt(ast, position);
  if (symbol?.kind === 'stage') return { contents: markdown(stageHover(ast, symbol.name, language)), range: symbol.at };
  if (symbol?.kind === 'variable') return { contents: markdown(variableHover(ast, symbol.name, symbol.at, language)), range: symbol.at };
  const target = docTargetAt(ast, position);
  if (!target) return null;
  if (target.kind === 'image') {
    const text = await imageHover(target.reference, ctx);
    return text ? { contents: markdown(text), range: target.range } : null;
  }
  const text = shortDocs(target.ref, language, entryOf(target.ref) ? hoverExtras(ctx, ast.uri, position) : {});
  if (!text) return null;
  const fromNotes = userNotesFor(target.ref, ctx);
  return { contents: markdown(fromNotes ? `${text}\n\n---\n\n${fromNotes}` : text), range: target.range };
}

/** "From your notes": what the user's own notes say about this instruction or flag (none configured: nothing). */
function userNotesFor(ref: EntryRef, ctx: ServiceContext): string | undefined {
  if (ref.kind === 'instruction') return notesHoverSection(ctx.notes, [ref.name], ctx.docsLanguage);
  if (ref.kind === 'flag') return notesHoverSection(ctx.notes, [`--${ref.flag}`], ctx.docsLanguage);
  return undefined;
}

function lineOf(range: Range): number {
  return range.start.line + 1;
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\s+/g, ' ').slice(0, 80)}${fence}`;
}

function stageHover(ast: DockerfileAst, name: string, language: DocsLanguage): string {
  const stage: Stage | undefined = stageNamed(ast, name);
  const parts = [`**${inline(language, { en: 'Build stage', ko: '빌드 스테이지' })} \`${name}\`**`];
  if (stage) {
    const from = textOf(ast, stage.from.keywordRange.start.line === stage.from.range.end.line ? stage.from.range : stage.from.keywordRange);
    parts.push(say(language, {
      en: `Stage ${stage.index}, defined on line ${lineOf(stage.from.range)}: ${code(from)}`,
      ko: `${stage.index}번 스테이지, ${lineOf(stage.from.range)}번째 줄에서 정의: ${code(from)}`,
    }));
  }
  const uses = stageReferences(ast).filter((ref) => ref.name === name);
  if (uses.length === 0) {
    parts.push(say(language, { en: 'Nothing in this file uses it (it can still be built with `--target`).', ko: '이 파일에서 사용하는 곳이 없습니다 (`--target`으로 빌드할 수는 있습니다).' }));
  } else {
    const list = uses.slice(0, 10).map((ref) => `- ${inline(language, { en: `line ${lineOf(ref.range)}`, ko: `${lineOf(ref.range)}번째 줄` })}: ${code(textOf(ast, lineRangeOf(ast, ref.range.start.line)))}`);
    if (uses.length > 10) list.push(`- … (+${uses.length - 10})`);
    parts.push(`${inline(language, { en: 'Used by:', ko: '사용하는 곳:' })}\n${list.join('\n')}`);
  }
  return parts.join('\n\n');
}

function lineRangeOf(ast: DockerfileAst, line: number): Range {
  const start = ast.lineStarts[line];
  const next = line + 1 < ast.lineStarts.length ? ast.lineStarts[line + 1] : ast.text.length;
  const text = ast.text.slice(start, next).replace(/[\r\n]+$/, '');
  return { start: { line, character: 0 }, end: { line, character: text.length } };
}

function variableHover(ast: DockerfileAst, name: string, at: Range, language: DocsLanguage): string {
  const heading = `**\`${name}\`**`;
  const valueLine = (value: string | undefined) =>
    value === undefined
      ? say(language, { en: 'No default value: set it with `--build-arg`.', ko: '기본값 없음: `--build-arg`로 지정합니다.' })
      : `${inline(language, { en: 'Value', ko: '값' })}: ${value === '' ? '""' : code(value)}`;
  const instruction = instructionAt(ast, at.start);
  const declaredHere = instruction && declarationsIn(instruction).find((d) => rangeContains(d.nameRange, at.start));
  if (declaredHere) {
    const uses = symbolAt(ast, at.start)?.references.length ?? 0;
    return [heading, valueLine(declaredHere.value), say(language, {
      en: `Declared by this ${declaredHere.kind}; used ${uses} time(s).`,
      ko: `이 ${declaredHere.kind}에서 선언됨; ${uses}번 사용됨.`,
    })].join('\n\n');
  }
  const scoped = variablesInScope(ast, at.start).get(name);
  if (scoped) {
    const { declaration, imported } = scoped;
    const line = lineOf(declaration.nameRange);
    const definedBy = say(language, {
      en: `Defined by the ${declaration.kind} on line ${line}${imported ? ` (global ARG on line ${lineOf(imported.nameRange)})` : ''}.`,
      ko: `정의: ${line}번째 줄의 ${declaration.kind}${imported ? ` (${lineOf(imported.nameRange)}번째 줄의 전역 ARG)` : ''}.`,
    });
    return [heading, valueLine(declaration.value ?? imported?.value), definedBy].join('\n\n');
  }
  const platform = platformArgs.find((arg) => arg.name === name);
  if (platform) {
    return [heading, say(language, {
      en: `Automatic platform ARG set by BuildKit: ${platform.description.en} Usable in FROM; inside a stage, declare \`ARG ${name}\` first.`,
      ko: `BuildKit이 자동으로 정하는 플랫폼 ARG: ${platform.description.ko} FROM에서 쓸 수 있고, 스테이지 안에서는 먼저 \`ARG ${name}\`을(를) 선언해야 합니다.`,
    })].join('\n\n');
  }
  if (proxyArgs.includes(name)) {
    return [heading, say(language, { en: 'Predefined proxy ARG: set with `--build-arg`, not kept in the image history.', ko: '미리 정의된 프록시 ARG: `--build-arg`로 지정하며 이미지 히스토리에 남지 않습니다.' })].join('\n\n');
  }
  return [heading, say(language, { en: 'Not defined by an ARG or ENV before this line: it expands to an empty string unless the base image sets it.', ko: '이 줄 이전의 ARG나 ENV로 정의되지 않았습니다: 베이스 이미지가 정하지 않으면 빈 문자열이 됩니다.' })].join('\n\n');
}

/** `node` → `node:latest`; a digest or tag is kept as written. */
function normalizeReference(reference: string): string {
  if (reference.includes('@')) return reference;
  const lastSlash = reference.lastIndexOf('/');
  return reference.slice(lastSlash + 1).includes(':') ? reference : `${reference}:latest`;
}

async function imageHover(reference: string, ctx: ServiceContext): Promise<string | undefined> {
  const wanted = normalizeReference(reference);
  const images = await ctx.engine.localImages(wanted);
  const image: LocalImage | undefined = images.find((candidate) => candidate.tags.includes(wanted));
  if (!image) return undefined;
  const language = ctx.docsLanguage;
  const row = (label: Localized, value: string) => `| ${inline(language, label)} | ${value} |`;
  const list = (values: readonly string[] | null | undefined) => (values && values.length > 0 ? code(values.join(' ')) : '—');
  return [
    `**${wanted}** — ${inline(language, { en: 'on the local engine', ko: '로컬 엔진에 있음' })}`,
    ['| | |', '|---|---|',
      row({ en: 'Size', ko: '크기' }, megabytes(image.size)),
      row({ en: 'Created', ko: '생성' }, image.created.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')),
      row({ en: 'Exposed ports', ko: '노출 포트' }, image.exposedPorts && image.exposedPorts.length > 0 ? image.exposedPorts.join(', ') : '—'),
      row({ en: 'Entrypoint', ko: '엔트리포인트' }, list(image.entrypoint)),
      row({ en: 'Cmd', ko: 'CMD' }, list(image.cmd)),
      row({ en: 'ID', ko: 'ID' }, code(image.id.replace(/^sha256:/, '').slice(0, 12))),
    ].join('\n'),
  ].join('\n\n');
}
